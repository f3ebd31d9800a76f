// Where the dataset's source files live, and how they are written (stable, reviewable diffs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DATA_DIR = join(ROOT, 'data');
export const REGIONS_DIR = join(DATA_DIR, 'regions');
export const DATASET_FILE = join(DATA_DIR, 'dataset.json');
export const SCHEMA_DIR = join(DATA_DIR, 'schema');
export const DIST_DATA_DIR = join(ROOT, 'dist', 'data');

export async function writeJson(path, value) {
  await writeFile(path, JSON.stringify(value, null, 2) + '\n');
}

export async function readJson(path) {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Every region source file, sorted by name, as [fileName, parsed JSON]. */
export async function readRegionFiles() {
  const names = (await readdir(REGIONS_DIR)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(names.map(async (n) => [n, await readJson(join(REGIONS_DIR, n))]));
}
