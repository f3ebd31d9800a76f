// The one-tag embed (dist/ngo-widgets.js): finds its data files beside the script itself.
import { setDataFolder } from './data/url.js';
import { currentScript } from './data/safe-dom.js';

/**
 * This script's own URL, which markup in the page cannot change: the running <script> read through
 * Document.prototype (an <img name="currentScript"> shadows `document.currentScript`), else, where
 * there is none (type="module", import(), a snippet inside a shadow root), the first frame of a
 * stack trace, which is this file's own code. Never the page's URL; null when neither tells.
 */
function ownUrl(): string | null {
  const src = currentScript()?.src;
  if (src && /^https?:/.test(src)) return src;
  const frame = /(https?:\/\/[^\s()@]+?)(?::\d+){1,2}\)?(?:\s|$)/.exec(new Error().stack ?? '');
  return frame ? frame[1]! : null;
}

const url = ownUrl();
setDataFolder(url ? new URL('data/', url).href : null);
if (!url) console.error('ngo-report-widgets: the URL of ngo-widgets.js is unknown: load it with <script src>.');

// Registered after the data's location is known, so the first render already loads the right files.
import './define/all.js';
