import { webdriverLauncher } from '@web/test-runner-webdriver';
import { base, chromiumOnly } from './web-test-runner.config.mjs';

// WebKitGTK's MiniBrowser through WebKitWebDriver (started by scripts/test-webkit.sh under Xvfb).
export default {
  ...base,
  // The demo pages' tests run in Chromium and Firefox only: WebKitGTK 2.50.6 (Debian 12) hangs,
  // now and then, while a test page holds the demo in frames (at the session's starting commit too),
  // which stalls the whole run. Every element, embed, iframe and security test still runs here.
  files: [...base.files, `!${chromiumOnly}`, '!test/demo/**'],
  browsers: [
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      logLevel: 'warn',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
  ],
};
