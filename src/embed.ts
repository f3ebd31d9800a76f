// The one-tag embed (dist/ngo-widgets.js): finds the bundled dataset beside the script itself.
import { setDefaultDatasetUrl } from './data/url.js';

function scriptUrl(): string | undefined {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.src) return current.src;
  // Loaded with type="module" or injected late there is no currentScript: find our own tag.
  const tags = document.querySelectorAll<HTMLScriptElement>('script[src]');
  for (const s of tags) if (/\/ngo-widgets(?:\.min)?\.js(?:[?#]|$)/.test(s.src)) return s.src;
  return undefined;
}

const src = scriptUrl();
if (src) setDefaultDatasetUrl(new URL('data/ngo-reports.json', src).href);

// Registered after the dataset URL is known, so the first render already fetches the right file.
import './define/all.js';
