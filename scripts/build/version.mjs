// The package version in the code (VERSION in src/base/define.ts) is package.json's "version".
//
// Every element class carries VERSION (static version), so that a second copy of the widgets on a
// page (the embed pasted twice, or next to the npm build) can tell whether it is another release
// and warn. The value is a literal in the source rather than stamped into the output, because the
// literal reaches more than rollup's output: the ES modules and the embed (rollup), the .d.ts
// (tsc: `VERSION = "x.y.z"`), custom-elements.json (the analyzer reads the source) and the tests
// that run the sources. So the build checks that it equals package.json's version and fails when
// it does not, and this script updates it:
//
//   node scripts/build/version.mjs           check (exit 1 when they differ)
//   node scripts/build/version.mjs --write   set VERSION to package.json's version
//
// After a version bump: run it with --write, then `npm run analyze` (the manifest records the value).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
export const DEFINE_TS = 'src/base/define.ts';
const LITERAL = /^(export const VERSION = )'([^'\\\n]*)';$/m;

/** package.json's version. */
export function packageVersion() {
  return JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version;
}

/** The VERSION literal of src/base/define.ts; throws when the declaration has changed shape. */
export function sourceVersion(text = readFileSync(new URL(DEFINE_TS, ROOT), 'utf8')) {
  const m = LITERAL.exec(text);
  if (!m) throw new Error(`${DEFINE_TS}: no line "export const VERSION = '…';" (scripts/build/version.mjs reads it)`);
  return m[2];
}

const mismatch = (pkg, src) => `package.json has version ${pkg} but ${DEFINE_TS} has VERSION = '${src}': run \`node scripts/build/version.mjs --write\`, then \`npm run analyze\``;

/**
 * A rollup plugin: fails the build when VERSION and package.json's version differ, and checks
 * that the output holding src/base/define.ts has the version in it.
 */
export function versionInSync() {
  let version;
  return {
    name: 'ngo-version',
    buildStart() {
      version = packageVersion();
      const src = sourceVersion();
      if (src !== version) this.error(mismatch(version, src));
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !Object.keys(chunk.modules).some((id) => id.replaceAll('\\', '/').endsWith(DEFINE_TS))) continue;
        if (!chunk.code.includes(`'${version}'`) && !chunk.code.includes(`"${version}"`)) this.error(`${chunk.fileName}: the version ${version} is not in the output`);
      }
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pkg = packageVersion();
  const path = new URL(DEFINE_TS, ROOT);
  const text = readFileSync(path, 'utf8');
  const src = sourceVersion(text);
  if (src === pkg) {
    console.log(`version: ${DEFINE_TS} has VERSION = '${pkg}', as package.json`);
  } else if (process.argv.includes('--write')) {
    writeFileSync(path, text.replace(LITERAL, `$1'${pkg}';`));
    console.log(`version: ${DEFINE_TS} VERSION '${src}' → '${pkg}'; now run npm run analyze`);
  } else {
    console.error(`version: ${mismatch(pkg, src)}`);
    process.exit(1);
  }
}
