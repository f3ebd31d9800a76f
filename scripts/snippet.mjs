// npm run snippet -- --region sichuan --year 2026 --lang zh
// Prints the snippet the demo's configurator gives, for editors who prefer a terminal: the script
// tag and the element with its fallback content (the card's facts as plain HTML, src/snippet.ts).
//   --element <tag> (one of src/elements.ts; default: ngo-report-region)
//   any element attribute as --name value (--region, --year, --lang, --theme, --regions, --years,
//   --themes, --heading-level, --color-scheme …); --script <url of ngo-widgets.js>
//   --iframe prints the iframe snippet instead (dist/embed.html)
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './data/files.mjs';
import { readElements } from './elements/read.mjs';

const args = process.argv.slice(2);
const opts = {};
for (let i = 0; i < args.length; i++) {
  const m = /^--([a-z-]+)$/.exec(args[i]);
  if (!m) {
    console.error(`unexpected ${JSON.stringify(args[i])}: options are --name value`);
    process.exit(2);
  }
  opts[m[1]] = args[i + 1] === undefined || args[i + 1].startsWith('--') ? '' : args[++i];
}
const { element = 'ngo-report-region', script = 'https://cdn.example.org/ngo-report-widgets/dist/ngo-widgets.js', iframe, ...attrs } = opts;
const TAGS = (await readElements()).map((e) => e.tag);
if (!TAGS.includes(element)) {
  console.error(`--element takes ${TAGS.join(', ')}`);
  process.exit(2);
}
if (element === 'ngo-report-region' && !attrs.region) attrs.region = 'sichuan';

// The built ES modules and dataset: build them once if this checkout has none yet.
if (!existsSync(join(ROOT, 'dist/esm/snippet.js')) || !existsSync(join(ROOT, 'dist/data/ngo-reports.json'))) {
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { validateDataset } = await import(join(ROOT, 'dist/esm/data/validate.js'));
const { elementWithFallback, iframeSnippet } = await import(join(ROOT, 'dist/esm/snippet.js'));
const ds = validateDataset(JSON.parse(readFileSync(join(ROOT, 'dist/data/ngo-reports.json'), 'utf8')));
const pairs = Object.entries(attrs);
if (iframe !== undefined) console.log(iframeSnippet(new URL('embed.html', script).href, element, pairs, ds));
else console.log(`<script src="${script.replace(/"/g, '&quot;')}" defer></script>\n${elementWithFallback(ds, element, pairs)}`);
