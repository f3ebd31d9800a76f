import { readFile } from 'node:fs/promises';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { trustedTypesPolicy } from './scripts/build/trusted-types.mjs';
import { unshadowedDocument } from './scripts/build/unshadowed-document.mjs';

const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, sourceMap: true, inlineSources: true, declaration: false });

/** Copies the iframe page and its stylesheet (src/frame/) into dist/ beside the embed. */
const framePage = () => ({
  name: 'ngo-frame-page',
  async generateBundle() {
    for (const name of ['embed.html', 'embed.css']) this.emitFile({ type: 'asset', fileName: name, source: await readFile(`src/frame/${name}`, 'utf8') });
  },
});

/** A small classic script of its own (the iframe page's, the host's resizer), minified. */
const smallScript = (input, file, extra = []) => ({
  input,
  output: { file, format: 'iife', sourcemap: true, plugins: [terser({ ecma: 2021, format: { comments: false } })] },
  plugins: [ts(), ...extra],
});

export default [
  // The one-tag embed: a classic script with Lit bundled in (production build), minified.
  {
    input: 'src/embed.ts',
    output: {
      file: 'dist/ngo-widgets.js',
      format: 'iife',
      sourcemap: true,
      // Members named with a trailing underscore are internal: the embed may rename them.
      plugins: [terser({ ecma: 2021, format: { comments: false }, compress: { passes: 3 }, mangle: { properties: { regex: /_$/ } } })],
    },
    plugins: [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), trustedTypesPolicy(), unshadowedDocument()],
  },
  // The iframe embed for hosts that strip <script>: dist/embed.html, its script, and the optional
  // resizer a host page may add.
  smallScript('src/frame/page.ts', 'dist/embed-frame.js', [framePage()]),
  smallScript('src/frame/resize.ts', 'dist/embed-resize.js'),
  // ES modules for bundler users: one file per source module, lit and @lit/task left as imports.
  {
    input: ['src/index.ts', 'src/snippet.ts', 'src/define/all.ts', 'src/define/ngo-report-region.ts', 'src/define/ngo-theme-list.ts', 'src/define/ngo-report-map.ts', 'src/define/ngo-report-compare.ts', 'src/define/ngo-theme-trend.ts'],
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts()],
  },
];
