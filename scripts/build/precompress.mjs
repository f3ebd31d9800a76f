// Writes <file>.gz (gzip -9) and <file>.br (brotli q11) beside every file a page loads from dist/
// (the embed, the iframe page and its scripts, the data files), for static hosts that serve a
// precompressed file when the browser accepts it (nginx gzip_static/brotli_static, many CDNs).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { ROOT } from '../data/files.mjs';

const DIST = join(ROOT, 'dist');
const served = /\.(js|html|css|json|csv)$/;
let n = 0;
for (const dir of [DIST, join(DIST, 'data')]) {
  for (const name of await readdir(dir)) {
    if (!served.test(name)) continue;
    const body = await readFile(join(dir, name));
    await writeFile(join(dir, `${name}.gz`), gzipSync(body, { level: 9 }));
    await writeFile(join(dir, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
    n++;
  }
}
console.log(`precompress: .gz and .br beside ${n} files of dist/`);
