import { waitUntil } from '@open-wc/testing';

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

/** Waits until every ngo-* element in `root` shows its title. */
export async function allRendered(root: ParentNode): Promise<Element[]> {
  const els = [...root.querySelectorAll('ngo-report-region, ngo-theme-list, ngo-report-map, ngo-report-compare')];
  await waitUntil(() => els.every((el) => el.shadowRoot?.querySelector('[part="title"]')), 'not every widget rendered', { timeout: 8000 });
  return els;
}

export function datasetRequests(): number {
  return performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === '/dist/data/ngo-reports.json').length;
}
