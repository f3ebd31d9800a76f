import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/build/minify-templates.mjs';
import { trustedTypesPolicy } from './scripts/build/trusted-types.mjs';
import { unshadowedDocument } from './scripts/build/unshadowed-document.mjs';

const ts = () => typescript({ tsconfig: './tsconfig.json', include: ['src/**/*.ts'], noEmit: false, sourceMap: true, inlineSources: true, declaration: false });

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
  // ES modules for bundler users: one file per source module, lit and @lit/task left as imports.
  {
    input: ['src/index.ts', 'src/define/all.ts', 'src/define/ngo-report-region.ts', 'src/define/ngo-theme-list.ts', 'src/define/ngo-report-map.ts', 'src/define/ngo-report-compare.ts'],
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts()],
  },
];
