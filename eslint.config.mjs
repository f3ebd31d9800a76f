// ESLint 9 flat config. `npm run lint` runs this, then `prettier --check .` (formatting is
// prettier's alone: eslint-config-prettier, last, turns off every rule that would disagree with it).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as lit } from 'eslint-plugin-lit';
import { configs as wc } from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const TS = ['src/**/*.ts', 'test/**/*.ts'];

/** What src/ must never use: every way of turning a string into markup or an inline style. */
const NO_MARKUP_SINKS = {
  imports: {
    paths: [
      { name: 'lit', importNames: ['unsafeCSS'], message: 'No CSS from strings in src/: write it in a css`` literal.' },
      { name: 'lit/static-html.js', importNames: ['unsafeStatic'], message: 'No unsafeStatic in src/: one literal template per variant (see src/base/heading.ts).' },
    ],
    patterns: [
      {
        group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
        message: 'No unsafeHTML/unsafeSVG/unsafeMathML in src/: build the DOM with templates (the widgets promise no markup sinks).',
      },
      {
        group: ['lit/directives/style-map*', 'lit-html/directives/style-map*'],
        message: 'No styleMap in src/: inline styles break a strict style-src CSP; use a class or a custom property set in CSS.',
      },
    ],
  },
  properties: ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'setHTMLUnsafe', 'createContextualFragment', 'srcdoc'].map((property) => ({
    property,
    message: 'No markup sinks in src/: build the DOM with templates or createElement/textContent.',
  })),
  syntax: [
    {
      // `style="${x}"`, `style="color: ${x}"` or `.style=${x}` in an html`` or svg`` template.
      selector: 'TaggedTemplateExpression[tag.name=/^(html|svg)$/] > TemplateLiteral > TemplateElement[tail=false][value.raw=/\\s\\.?style\\s*=\\s*(["\'][^"\']*)?$/i]',
      message: 'No style bindings in src/ templates: inline styles break a strict style-src CSP; use a class or a custom property set in CSS.',
    },
    {
      selector: 'CallExpression[callee.object.name="document"][callee.property.name=/^write(ln)?$/]',
      message: 'No document.write in src/.',
    },
  ],
};

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/', 'custom-elements.json', 'data/'],
  },

  js.configs.recommended,
  {
    rules: {
      // `const { a, ...rest } = x` is how this code drops a key from a copy.
      'no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // TypeScript, type-aware, with tsconfig.json (src/ and test/).
  {
    files: TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { a, ...rest } = x` is how this code drops a key from a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // The code is written for noUncheckedIndexedAccess (`years[0]!`, `match[1]!`: tsc with it
      // finds 5 errors, all in tests), which tsconfig.json does not set yet; without it 208 of this
      // rule's 220 findings are such deliberate `!`s, which --fix would strip. Turn it back on
      // together with noUncheckedIndexedAccess (12 findings remain then).
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // `interface HTMLElementEventMap extends NgoEventMap {}` is how src/base/events.ts adds the
      // events to the DOM's global maps (declaration merging); an empty interface with no base, or
      // with several, is still an error.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff declares chai's `equal` as returning a Promise (for its `.dom`
      // snapshots); the `.to.equal(…)` assertions the tests make are synchronous.
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] }],
      // chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expression statements by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Not yet fixed in the tests (a follow-up): oneEvent() and fetch().json() give `any` (a typed
      // event helper would clear the no-unsafe-* findings); tests keep console.warn, fetch and
      // the like to put them back (unbound-method); the clipboard stubs are async without await.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      'lit/attribute-value-entities': 'off',
    },
  },
  // Type declarations beside plain JavaScript (demo/config.d.ts) and the consumer project, which
  // sees the package only through dist/ (npm run test:consumer type-checks it after a build): the
  // syntactic rules only, so that linting does not depend on a build.
  {
    files: ['demo/**/*.d.ts', 'test/consumer/**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['test/consumer/**/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Lit and custom elements. NgoElement extends LitElement.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'scripts/bench/*.js'],
    ...lit['flat/recommended'],
    settings: { lit: { elementBaseClasses: ['NgoElement'] } },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'scripts/bench/*.js'],
    ...wc['flat/recommended'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'NgoElement'] } },
  },

  // The forbidden markup and style sinks, in the shipped code only.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', NO_MARKUP_SINKS.imports],
      'no-restricted-properties': ['error', ...NO_MARKUP_SINKS.properties],
      'no-restricted-syntax': ['error', ...NO_MARKUP_SINKS.syntax],
    },
  },
  // The base stylesheet splices in the token defaults of src/base/tokens.ts (our constants, never
  // data) with unsafeCSS: the one file allowed it.
  {
    files: ['src/base/styles.ts'],
    rules: {
      'no-restricted-imports': ['error', { ...NO_MARKUP_SINKS.imports, paths: NO_MARKUP_SINKS.imports.paths.filter((p) => !p.importNames.includes('unsafeCSS')) }],
    },
  },

  // Browser code: the tests (they run in the browser), the demo, the pages' own scripts.
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'demo/**/*.js', 'scripts/bench/*.js', 'scripts/screenshots/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Node: the build, data and check scripts, the configs, the Node tests and the test server plugins.
  {
    files: ['*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },

  prettier,
);
