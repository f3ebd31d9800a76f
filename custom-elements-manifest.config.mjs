// Settings for `npm run analyze` (writes custom-elements.json) and `npm run manifest:check`,
// which runs the same analyzer with these settings and compares.
import { defineHelperCalls, dropInternalMembers, litStateIsNotAttribute, publishedPaths } from './scripts/manifest/plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  // The IIFE entries are not modules of the package: the embed ships as dist/ngo-widgets.js, the
  // iframe page's scripts as dist/embed-frame.js and dist/embed-resize.js.
  exclude: ['src/embed.ts', 'src/frame/**'],
  litelement: true,
  // package.json's "customElements" is written by hand; the analyzer would rewrite the whole file.
  packagejson: false,
  plugins: [litStateIsNotAttribute(), defineHelperCalls(), dropInternalMembers(), publishedPaths()],
};
