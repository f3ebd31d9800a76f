import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faultMiddleware } from './test/server/faults.mjs';
import { secondOriginPlugin } from './test/server/second-origin.mjs';
import { memoryCommandPlugin } from './test/server/memory-command.mjs';

// Prints one plain "N passed, N failed" line at the end, for CI log readers. A test file that
// fails to load counts as a failure (web-test-runner's own summary says 0 failed then).
function countReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (s) => {
        for (const t of s.tests) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        s.suites.forEach(walk);
      };
      for (const s of sessions) {
        const before = failed;
        if (s.testResults) walk(s.testResults);
        if (!s.passed && failed === before) failed++;
      }
      console.log(`${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
    },
  };
}

export const base = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Binds one loopback address only; 'localhost' would make the dev server listen on every interface.
  hostname: '127.0.0.2',
  rootDir: '.',
  middleware: [faultMiddleware],
  // The second origin (127.0.0.1, a free port) serves cross-origin datasets, with and without CORS.
  // memoryCommandPlugin: forced GC and DOM counters over the DevTools protocol (Chromium only).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' }), secondOriginPlugin(), memoryCommandPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};

/** Files that need Chromium alone (the DevTools protocol for forced GC and DOM counters): the other configs leave them out. */
export const chromiumOnly = 'test/**/*.chromium.test.ts';

export default {
  ...base,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-component-update', '--disable-quic', '--disable-background-networking'],
      },
    }),
  ],
};
