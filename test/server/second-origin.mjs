// A second origin for cross-origin tests: a node:http server on 127.0.0.1 (loopback only, a free
// port), started and stopped with the test runner's dev server (which runs on 127.0.0.2, so the
// two are different origins). The browser learns its address from /__fault/origin.
//   /nocors?file=<path>             serves <path> without CORS headers: a browser must refuse it
//   /cors?file=<path>               serves <path> with Access-Control-Allow-Origin: *
//   /corslater/<key>?file=<path>    the first request without CORS headers, later ones with them
//   /static/<path>                  <path> as a plain static host serves it: by path, typed by extension, no CORS
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve('.');
const seen = new Map();
let origin;

/** The second origin ("http://127.0.0.1:PORT"), once the server is up. */
export const secondOrigin = () => origin;

async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const [, route, key] = url.pathname.split('/');
  if (route === 'static') return serveStatic(res, resolve(root, decodeURIComponent(url.pathname.slice('/static/'.length))));
  const file = resolve(root, url.searchParams.get('file') ?? '');
  let cors = route === 'cors';
  if (route === 'corslater') {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    cors = n > 1;
  } else if (route !== 'nocors' && route !== 'cors') {
    res.writeHead(404).end();
    return;
  }
  if (!file.startsWith(root + '/')) {
    res.writeHead(403).end();
    return;
  }
  const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
  if (cors) headers['Access-Control-Allow-Origin'] = '*';
  try {
    const body = await readFile(file);
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, headers).end();
  }
}

const TYPES = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.csv': 'text/csv' };

/** A plain static host: no CORS header, no special header at all beyond the content type. */
async function serveStatic(res, file) {
  if (!file.startsWith(root + '/')) return void res.writeHead(403).end();
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}

/** A web-test-runner plugin that runs the second origin for as long as the dev server runs. */
export function secondOriginPlugin() {
  const server = createServer((req, res) => handle(req, res).catch(() => res.writeHead(500).end()));
  return {
    name: 'second-origin',
    serverStart() {
      return new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(0, '127.0.0.1', () => {
          origin = `http://127.0.0.1:${server.address().port}`;
          done();
        });
      });
    },
    serverStop() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
