// Packs the project with `npm pack` and unpacks the tarball where a consumer would have it:
// <tmp>/node_modules/ngo-report-widgets, next to links to the runtime dependencies only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${(r.stdout + r.stderr).slice(-4000)}`);
  return r.stdout;
}

/** Every file under `dir`, as sorted posix paths relative to it. */
export function walk(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name)).split(path.sep).join('/')]))
    .sort();
}

/** The runtime dependencies and theirs, as installed in the project's node_modules. */
function dependencyClosure(names, seen = new Set()) {
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'));
    dependencyClosure(Object.keys(pkg.dependencies ?? {}), seen);
  }
  return seen;
}

/**
 * `npm pack` runs the "prepack" script (clean, then build), so the tarball never holds files
 * left in dist/ by an earlier build. Returns the unpacked package's folder and its file list.
 */
export function packAndUnpack() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ngo-pack-'));
  run('npm', ['pack', '--pack-destination', tmp], root);
  const [tgz] = fs.readdirSync(tmp).filter((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack wrote no .tgz into ${tmp}`);
  const modules = path.join(tmp, 'node_modules');
  fs.mkdirSync(modules);
  run('tar', ['-xzf', path.join(tmp, tgz), '-C', modules], root);
  const dir = path.join(modules, 'ngo-report-widgets');
  fs.renameSync(path.join(modules, 'package'), dir);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const dep of dependencyClosure(Object.keys(pkg.dependencies ?? {}))) {
    fs.mkdirSync(path.dirname(path.join(modules, dep)), { recursive: true });
    fs.symlinkSync(path.join(root, 'node_modules', dep), path.join(modules, dep), 'dir');
  }
  return { tmp, dir, tgz: path.join(tmp, tgz), files: walk(dir), pkg, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

/** Runs a script file with Node from inside the consumer folder; returns its JSON output. */
export function runInConsumer(tmp, script) {
  const target = path.join(tmp, path.basename(script));
  fs.copyFileSync(script, target);
  return JSON.parse(run(process.execPath, [target], tmp));
}
