/** Adds a <script> for the built embed and waits for it to run. */
export function addScript(src: string, attrs: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    for (const [k, v] of Object.entries(attrs)) s.setAttribute(k, v);
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(s);
  });
}

/** How often each file of dist/data/ was requested so far: the embed's data files, one request each per page. */
export function dataRequests(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of performance.getEntriesByType('resource')) {
    const path = new URL(e.name).pathname;
    if (path.startsWith('/dist/data/')) counts[path.slice('/dist/data/'.length)] = (counts[path.slice('/dist/data/'.length)] ?? 0) + 1;
  }
  return counts;
}
