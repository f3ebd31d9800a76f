import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { base, chromiumOnly } from './web-test-runner.config.mjs';

// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver, no download).
export default {
  ...base,
  files: [...base.files, `!${chromiumOnly}`],
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore.default ?? puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
    }),
  ],
};
