// The benchmark's own static server: 127.0.0.1 only, on a free port, serving dist/ and the
// baseline under scripts/bench/ from disk and the generated benchmark pages from memory.
// Responses are gzip-compressed (level 6, what common static hosts and CDNs use) when the browser
// asks for it, so "bytes transferred" means bytes over the wire, not bytes on disk.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};
// Only what a benchmark page may load; anything else is a 404 (and a bug in a page).
const PUBLIC = ['dist/', 'scripts/bench/'];
// The baseline takes the design tokens' defaults from the package's one source, as built
// (dist/esm/base/tokens.js, from src/base/tokens.ts): served with its `TOKENS` line filled in.
const BASELINE = 'scripts/bench/baseline.js';
const TOKENS_LINE = 'const TOKENS = null; /* @tokens */';

/** The baseline's text with the tokens filled in (the same .card declarations as ours). */
export async function baselineScript(root) {
  const { cardTokens, RADIUS, FONT_FAMILY } = await import(pathToFileURL(join(root, 'dist/esm/base/tokens.js')).href);
  const text = await readFile(join(root, BASELINE), 'utf8');
  if (!text.includes(TOKENS_LINE)) throw new Error(`${BASELINE}: no "${TOKENS_LINE}" line to fill in`);
  return text.replace(TOKENS_LINE, `const TOKENS = ${JSON.stringify({ card: cardTokens(), radius: RADIUS, font: FONT_FAMILY })};`);
}

/**
 * Starts the server. `pages` maps a path ("/bench/x.html") to its text, typed by its extension.
 * Resolves to { origin, close() }; close() also drops keep-alive connections so the process can exit.
 */
export async function startServer(root, pages) {
  const cache = new Map();
  const gzipped = new Map();
  const server = createServer((req, res) =>
    respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    }),
  );
  async function respond(req, res) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body;
    let type;
    if (pages.has(url.pathname)) {
      body = Buffer.from(pages.get(url.pathname));
      type = TYPES[extname(url.pathname)] ?? TYPES['.html'];
    } else {
      const rel = normalize(decodeURIComponent(url.pathname)).replace(/^[/\\]+/, '');
      const path = join(root, rel);
      if (!path.startsWith(root) || !PUBLIC.some((p) => rel.split(sep).join('/').startsWith(p))) {
        res.writeHead(404).end();
        return;
      }
      body = cache.get(path) ?? (rel.split(sep).join('/') === BASELINE ? Buffer.from(await baselineScript(root)) : await readFile(path).catch(() => null));
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      cache.set(path, body);
      type = TYPES[extname(path)] ?? 'application/octet-stream';
    }
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      // Keyed by the page's text (pages may be replaced between loads) or the file's path.
      const key = pages.get(url.pathname) ?? url.pathname;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      body = gzipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  }
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
