// Published size figures of other embeds, printed beside ours. Not measured by the benchmark:
// quoted as published, from the project's research notes (/work/shared/design/anchors.md §3.1 and
// §3.2), each with its original source. Units differ (over the wire, minified, min+gzip): each
// row says which.

export const REFERENCES = [
  {
    what: 'X/Twitter embedded post (widgets.js and what it loads)',
    size: '≈ 600 kB over the wire, ≈ 1.6 MB of JS, ≈ 27 requests',
    source: 'published: builder.io blog, "How To Embed Tweets Without a Performance Penalty" (2023)',
  },
  {
    what: 'X/Twitter embedded post, another measurement',
    size: '≈ 460 kB transferred, ≈ 1.4 MB uncompressed',
    source: 'published: blog.kevmo314.com/faster-twitter.html (2022)',
  },
  {
    what: 'YouTube embedded player (vs a click-to-load facade)',
    size: '≈ 540 kB (facade ≈ 3 kB)',
    source: 'published: web.dev/third-party-facades (Lighthouse "third-party facades")',
  },
  {
    what: 'Observable runtime in an iframe (observable-jupyter)',
    size: '≈ 100 kB',
    source: 'published: thomasballinger/observable-jupyter ARCHITECTURE.md',
  },
  {
    what: 'Material Web, every component (all.js, Lit excluded)',
    size: '72.1 kB min+gzip',
    source: 'published: material-components/material-web docs/size.md (2025-08-20)',
  },
  {
    what: 'Flourish embed loader (embedded.js, SDK copy)',
    size: '≈ 3.5–3.7 kB minified (not gzipped)',
    source: 'published: @flourish/sdk site/embedded.js on unpkg',
  },
  {
    what: '@newswire/frames (responsive-iframe helper)',
    size: '≈ 2.1 kB minified',
    source: 'published: rdmurphy/frames',
  },
  {
    what: 'Lit 3 core alone (LitElement, html, css)',
    size: '6.0 kB min+gzip',
    source: 'measured for this project: anchors.md §3.1 (esbuild --minify, gzip -9)',
  },
  {
    what: 'Shoelace <sl-card> with Lit',
    size: '8.9 kB min+gzip',
    source: 'measured for this project: anchors.md §3.1 (esbuild --minify, gzip -9)',
  },
];
