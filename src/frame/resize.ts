// The optional host-page script (dist/embed-resize.js) for the iframe embed: sets each widget
// iframe's height from the height its page posts. It trusts a message only from the contentWindow
// of one of this page's widget iframes (event.source) and from that iframe's own origin
// (event.origin), with the expected shape and a sane number: any other window's message, or a
// page the iframe navigated to elsewhere, is ignored (as pym.js learned to do).
import { HEIGHT_MESSAGE, MAX_HEIGHT } from './protocol.js';

const KEY = Symbol.for('ngo-report-widgets.resizer');
const g = globalThis as unknown as Record<symbol, boolean>;

if (!g[KEY]) {
  g[KEY] = true;
  addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
    const height = data.height;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    for (const frame of Document.prototype.querySelectorAll.call(document, 'iframe[data-ngo-widgets]') as NodeListOf<HTMLIFrameElement>) {
      if (frame.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(frame.src).origin;
      } catch {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
}
