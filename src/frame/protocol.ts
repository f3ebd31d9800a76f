// What the iframe page and the host's resizer agree on: the elements, the URL form, the message.

import { TAGS } from '../elements.js';

export { TAGS };

/** The `type` of the height message the iframe page posts to its host. */
export const HEIGHT_MESSAGE = 'ngo-widgets:height';

/** A height no card reaches: anything larger is not ours. */
export const MAX_HEIGHT = 100000;

/**
 * The element and attributes a frame URL names: `#<tag>?<attributes>` (the hash wins), else the
 * query with `element=<tag>`. Unknown tags give null.
 */
export function parseFrameUrl(url: string): { tag: string | null; attrs: [string, string][] } {
  const u = new URL(url);
  const hash = /^#([a-z-]+)(?:\?(.*))?$/.exec(u.hash);
  const tag = hash ? hash[1]! : u.searchParams.get('element');
  const params = hash ? new URLSearchParams(hash[2] ?? '') : u.searchParams;
  const attrs = [...params].filter(([k]) => k !== 'element' && /^[a-z][a-z-]*$/.test(k));
  return { tag: (TAGS as readonly string[]).includes(tag ?? '') ? tag : null, attrs };
}
