import { readFile } from 'node:fs/promises';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { trustedTypesPolicy } from './scripts/build/trusted-types.mjs';
import { unshadowedDocument } from './scripts/build/unshadowed-document.mjs';
import { versionInSync } from './scripts/build/version.mjs';
import { generate } from './scripts/elements/generate.mjs';

// The element list (src/elements.ts): the generated all-files, and one define entry per element.
const ELEMENTS = await generate();

/**
 * TypeScript for the four builds below, compiled once. @rollup/plugin-typescript compiles the
 * whole program (every file of src/) in buildStart, into a map of emitted files that its load
 * hook reads, and closes the program in buildEnd; one instance per build made that four
 * compilations of the same files with the same options. Here the first build compiles and closes
 * at once, and the others read what it emitted. Under `rollup --watch` each build keeps a program
 * of its own, as before, so that changes are picked up.
 */
function typescriptOnce(options) {
  const shared = typescript(options);
  let compiled = false;
  return () => {
    let own = null;
    const delegate = {};
    for (const [hook, fn] of Object.entries(shared)) {
      if (typeof fn === 'function')
        delegate[hook] = function (...args) {
          return (own ?? shared)[hook].apply(this, args);
        };
    }
    return {
      ...delegate,
      name: shared.name,
      buildStart(inputOptions) {
        if (this.meta.watchMode) return (own ??= typescript(options)).buildStart.call(this, inputOptions);
        if (compiled) return;
        compiled = true;
        shared.buildStart.call(this, inputOptions);
        shared.buildEnd.call(this);
      },
      buildEnd(...args) {
        if (own) return own.buildEnd.apply(this, args);
      },
    };
  };
}

const ts = typescriptOnce({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, sourceMap: true, inlineSources: true, declaration: false });

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
    plugins: [nodeResolve({ exportConditions: ['production'] }), ts(), minifyTemplates(), trustedTypesPolicy(), unshadowedDocument(), versionInSync()],
  },
  // The iframe embed for hosts that strip <script>: dist/embed.html, its script, and the optional
  // resizer a host page may add.
  smallScript('src/frame/page.ts', 'dist/embed-frame.js', [framePage()]),
  smallScript('src/frame/resize.ts', 'dist/embed-resize.js'),
  // ES modules for bundler users: one file per source module, lit and @lit/task left as imports.
  {
    input: ['src/index.ts', 'src/snippet.ts', 'src/define/all.ts', 'src/components/all.ts', ...ELEMENTS.map((e) => `src/define/${e.tag}.ts`)],
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts(), versionInSync()],
  },
];
