// A static file server for the demo (npm start): serves the project folder on 127.0.0.1 only,
// so demo/ and dist/ sit side by side as they would on any static host. No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const firstPort = Number(process.env.PORT || 8080);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/** `nodeModules`: also serve node_modules/ (pages that load their own copy of Lit from there). */
export function createStaticServer({ nodeModules = false } = {}) {
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/') {
        res.writeHead(302, { Location: '/demo/' }).end();
        return;
      }
      let path = normalize(join(root, decodeURIComponent(url.pathname)));
      const parts = path.split(sep);
      if (!path.startsWith(root) || (!nodeModules && parts.includes('node_modules')) || parts.includes('.git')) {
        res.writeHead(403).end('Forbidden');
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address().port));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = createStaticServer();
  let port = firstPort;
  for (;;) {
    try {
      port = await listen(server, port);
      break;
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || port > firstPort + 20) throw e;
      port++;
    }
  }
  console.log(`ngo-report-widgets demo: http://${host}:${port}/demo/  (Ctrl+C to stop)`);
}
