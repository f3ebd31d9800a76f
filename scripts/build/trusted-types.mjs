// A rollup plugin for the one-tag embed: renames the Trusted Types policy of the Lit it bundles
// from "lit-html" to "ngo-lit-html", and lets a refused policy fail softly.
//
// Why: every bundled copy of Lit calls trustedTypes.createPolicy('lit-html') when its module
// runs. On a page that already runs Lit under a CSP with `trusted-types lit-html` (no
// 'allow-duplicates'), a second policy of that name throws, and the whole embed with it. Under
// its own name the embed coexists with the page's Lit; a host enforcing Trusted Types lists
// `ngo-lit-html` in its trusted-types directive. If the host does not, createPolicy throws here,
// we log one clear message and define no element (src/base/define.ts), so the author's fallback
// content stays in place; the page is unaffected. Copies of the embed share one policy through a
// Symbol.for key on globalThis, since a second createPolicy of the same name would be refused.

export const POLICY = 'ngo-lit-html';

// The same policy passes the data files' URLs (src/data/bundle.ts DATA_FILE) as script sources,
// and nothing else, so it is no general-purpose script-URL gadget for the page.
const SCRIPT_URL = `u=>{if(/^https?:\\/\\/[^?#]*\\/(?:index|counts|(?:reports-\\d{4}(?:-\\d{4})?|region-[a-z][a-z0-9-]{0,63})\\.(?:en|zh))\\.js$/.test(u))return u;throw new TypeError("ngo-report-widgets: not a data file")}`;

const PATTERN = /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/;

export function trustedTypesPolicy() {
  return {
    name: 'ngo-trusted-types',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!PATTERN.test(code)) this.error(`lit-html's createPolicy call has changed shape; update ${import.meta.url}`);
      const replaced = code.replace(
        PATTERN,
        (_, tt, options) =>
          `(()=>{const g=globalThis,k=Symbol.for("ngo-report-widgets.policy");if(k in g)return g[k];try{return g[k]=${tt}.createPolicy("${POLICY}",${options.replace(/\}$/, `,createScriptURL:${SCRIPT_URL}}`)})}catch(e){g[k]=void 0;console.error('ngo-report-widgets: this page\\'s Content-Security-Policy does not allow the Trusted Types policy "${POLICY}", so the widgets keep showing their fallback content. Add ${POLICY} to its trusted-types directive.')}})()`,
      );
      return { code: replaced, map: null };
    },
  };
}
