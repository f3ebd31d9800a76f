// A test-runner command for test/security/memory.chromium.test.ts, Chromium only: forces full
// garbage collections through the DevTools protocol, then returns the page's live DOM node and
// event listener counts and its JS heap size. Exact numbers, unlike performance.memory.
export function memoryCommandPlugin() {
  return {
    name: 'memory-after-gc-command',
    async executeCommand({ command, session }) {
      if (command !== 'memory-after-gc') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) {
        throw new Error(`memory-after-gc needs Chromium's DevTools protocol, not ${session.browser.name}: run *.chromium.test.ts files with the Chromium config`);
      }
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        return { nodes, listeners: jsEventListeners, heap: usedSize };
      } finally {
        await cdp.detach();
      }
    },
  };
}
