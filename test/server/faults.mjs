// Test-only dev-server routes that misbehave on purpose, for the loader's failure kinds:
//   /__fault/status/<code>             answers with that HTTP status
//   /__fault/slow/<ms>?file=<path>     serves <path> after a delay
//   /__fault/hang                      never answers (until the client gives up)
//   /__fault/count/<key>?file=<path>   serves <path> and counts requests under <key>
//   /__fault/counts/<key>              how many requests <key> has seen, as JSON
//   /__fault/flaky/<key>?file=<path>   fails with 503 the first time, then serves <path>
// The paths have no file extension on purpose: web-test-runner marks responses to such paths
// cacheable for a year, and these answers must reach the server every time.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const counts = new Map();
const root = resolve('.');

async function serveFile(ctx, path) {
  const file = resolve(root, String(path ?? ''));
  if (!file.startsWith(root + '/')) {
    ctx.status = 403;
    return;
  }
  ctx.type = file.endsWith('.json') ? 'application/json' : file.endsWith('.html') ? 'text/html' : 'text/plain';
  ctx.body = await readFile(file);
}

export async function faultMiddleware(ctx, next) {
  const m = /^\/__fault\/([a-z]+)\/?([^/]*)$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, rest] = m;
  await handle(ctx, kind, rest, next);
  // These answers change from one request to the next: the browser must not reuse them.
  ctx.set('Cache-Control', 'no-store');
}

async function handle(ctx, kind, rest, next) {
  if (kind === 'status') {
    ctx.status = Number(rest) || 500;
    ctx.body = `status ${ctx.status}`;
  } else if (kind === 'slow') {
    await new Promise((r) => setTimeout(r, Number(rest)));
    await serveFile(ctx, ctx.query.file);
  } else if (kind === 'hang') {
    await new Promise((r) => setTimeout(r, 20000));
    ctx.status = 504;
  } else if (kind === 'count') {
    counts.set(rest, (counts.get(rest) ?? 0) + 1);
    await serveFile(ctx, ctx.query.file);
  } else if (kind === 'counts') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(rest) ?? 0 });
  } else if (kind === 'flaky') {
    const n = (counts.get(rest) ?? 0) + 1;
    counts.set(rest, n);
    if (n === 1) {
      ctx.status = 503;
      ctx.body = 'try again';
    } else await serveFile(ctx, ctx.query.file);
  } else return next();
}
