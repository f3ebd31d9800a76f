/** `href` only for http(s) URLs: data is untrusted, and Lit does not sanitize attribute bindings. */
export function safeUrl(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url, base ?? document.baseURI);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

let defaultUrl: string | undefined;

/**
 * The bundled dataset's URL, relative to the code's own URL, never the page's, so a copy of dist/
 * on any host just works. The one-tag embed sets it from its <script src> at load; ES modules
 * find it from import.meta.url (dist/esm/data/ → dist/data/).
 */
export function defaultDatasetUrl(): string {
  return (defaultUrl ??= new URL('../../data/ngo-reports.json', import.meta.url).href);
}

export function setDefaultDatasetUrl(url: string): void {
  defaultUrl = url;
}
