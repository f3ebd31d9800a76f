// The iframe page's script (dist/embed-frame.js): reads which element to show from the page's
// hash or query (embed.html#ngo-report-region?region=sichuan&year=2026, or
// embed.html?element=ngo-report-region&region=sichuan), creates it with only the attributes that
// element observes, and tells the host page its height (dist/embed-resize.js sizes the iframe).
import { TAGS, parseFrameUrl, HEIGHT_MESSAGE } from './protocol.js';

function widget(): HTMLElement | null {
  const { tag, attrs } = parseFrameUrl(location.href);
  const ctor = tag ? customElements.get(tag) : undefined;
  if (!tag || !ctor) return null;
  const allowed = new Set((ctor as unknown as { observedAttributes?: string[] }).observedAttributes ?? []);
  allowed.delete('for');
  const el = document.createElement(tag);
  for (const [k, v] of attrs) if (allowed.has(k)) el.setAttribute(k, v);
  return el;
}

/** The page's height, posted to the host whenever it changes (the card grows when a row opens). */
function reportHeight(): void {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // The height is no secret: any host may learn it. The host checks who sent it (embed-resize.js).
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

const main = document.getElementById('widget')!;
// ngo-widgets.js (deferred before this script) has defined the elements by now.
const el = TAGS.some((t) => customElements.get(t)) ? widget() : null;
if (el) {
  document.documentElement.lang = el.getAttribute('lang') ?? 'en';
  main.replaceChildren(el);
} else {
  const p = document.createElement('p');
  p.textContent = `Name a widget: embed.html#${TAGS[0]}?region=sichuan`;
  main.replaceChildren(p);
}
reportHeight();
