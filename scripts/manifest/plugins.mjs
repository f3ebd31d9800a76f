// Plugins for @custom-elements-manifest/analyzer 0.11 (see custom-elements-manifest.config.mjs).
// Each one works around something the analyzer gets wrong for this code base; the manifest
// check (scripts/manifest/check.mjs) fails when one of them stops doing its job.
import path from 'node:path';

const classesOf = (manifest) => manifest.modules.flatMap((m) => m.declarations.filter((d) => d.kind === 'class'));

/**
 * Lit's `{ state: true }` properties have no attribute, but the analyzer's Lit plugin lists one
 * for every entry of `static properties` that lacks `attribute: false`.
 */
export function litStateIsNotAttribute() {
  return {
    name: 'ngo: lit state properties are not attributes',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const props = node.members.find((m) => m.name?.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword));
      const entries = props?.initializer && ts.isObjectLiteralExpression(props.initializer) ? props.initializer.properties : [];
      const isState = (options) =>
        options && ts.isObjectLiteralExpression(options) && options.properties.some((o) => o.name?.getText() === 'state' && o.initializer?.kind === ts.SyntaxKind.TrueKeyword);
      const states = entries.filter((e) => ts.isPropertyAssignment(e) && isState(e.initializer)).map((e) => e.name.getText());
      const doc = moduleDoc.declarations.find((d) => d.name === node.name.getText());
      if (!doc || !states.length) return;
      doc.attributes = (doc.attributes ?? []).filter((a) => !states.includes(a.fieldName ?? a.name));
      for (const m of doc.members ?? []) if (states.includes(m.name)) (delete m.attribute, delete m.reflects);
    },
  };
}

/**
 * Elements are registered with `define('ngo-…', Class)` (src/base/define.ts tolerates a name that
 * is taken), not `customElements.define`: record those calls as custom-element-definition exports.
 * The analyzer's own definition for the `customElements.define(name, ctor)` inside that helper
 * names no real class and is dropped.
 */
export function defineHelperCalls() {
  return {
    name: 'ngo: define() helper registrations',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteral(tag) || !ts.isIdentifier(ctor)) return;
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: ctor.text } });
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const classes = classesOf(manifest);
      for (const mod of manifest.modules) {
        mod.exports = mod.exports.filter((e) => {
          if (e.kind !== 'custom-element-definition') return true;
          const owner = manifest.modules.find((m) => m.declarations.some((d) => d.kind === 'class' && d.name === e.declaration.name));
          if (!owner) return false;
          e.declaration.module = owner.path;
          const klass = classes.find((c) => c.name === e.declaration.name);
          klass.tagName ??= e.name;
          klass.customElement = true;
          return true;
        });
      }
    },
  };
}

/** Members named with a trailing underscore are internal (the embed build mangles them), as are private ones; long variable values are dropped. */
export function dropInternalMembers() {
  return {
    name: 'ngo: internal members',
    packageLinkPhase({ customElementsManifest: manifest }) {
      for (const klass of classesOf(manifest)) {
        if (klass.members) klass.members = klass.members.filter((m) => m.privacy !== 'private' && !m.name.endsWith('_'));
      }
      // Long literal values (stylesheets, the generated shape table) are implementation detail:
      // keeping them would make every CSS or data edit a manifest change.
      for (const mod of manifest.modules) {
        for (const d of mod.declarations ?? []) if (d.kind === 'variable' && typeof d.default === 'string' && d.default.length > 120) delete d.default;
      }
    },
  };
}

/**
 * The manifest describes the published package, which ships dist/esm/*.js and not src/*.ts:
 * point every module path there. Also resolves the analyzer's relative re-export paths
 * ("./data/load.js"), its "/src/….js" superclass paths, and re-exports of an imported class that
 * it attributes to the re-exporting module. Modules are sorted by path, because the glob order
 * follows the file system's directory order and would differ between machines.
 */
export function publishedPaths() {
  const toDist = (ref, from) => {
    const p = ref.startsWith('.') ? path.posix.join(path.posix.dirname(from), ref) : ref.replace(/^\//, '');
    return p.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
  };
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((v) => rewrite(v, from));
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'module' && typeof v === 'string') value[k] = toDist(v, from);
      else rewrite(v, from);
    }
  };
  return {
    name: 'ngo: published module paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const declaring = (name) => manifest.modules.filter((m) => m.declarations.some((d) => d.name === name));
      for (const mod of manifest.modules) {
        for (const e of mod.exports ?? []) {
          const d = e.declaration;
          if (e.kind === 'js' && d?.module === mod.path && !mod.declarations.some((x) => x.name === d.name)) {
            const owners = declaring(d.name);
            if (owners.length === 1) d.module = owners[0].path;
          }
        }
      }
      for (const mod of manifest.modules) {
        const from = mod.path;
        rewrite(mod, from);
        mod.path = toDist(from, from);
      }
      manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}
