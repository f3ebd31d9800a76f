import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faultMiddleware } from './test/server/faults.mjs';

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
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'auto' })],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 240000,
};

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
