// Test-only dev-server routes that misbehave on purpose, for the loader's failure kinds:
//   /__fault/status/<code>        answers with that HTTP status
//   /__fault/slow/<ms>/<path>     serves <path> after a delay
//   /__fault/hang                 never answers (until the client gives up)
//   /__fault/count/<key>/<path>   serves <path> and counts requests under <key>
//   /__fault/counts/<key>         how many requests <key> has seen, as JSON
//   /__fault/flaky/<key>/<path>   fails with 503 the first time, then serves <path>
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const counts = new Map();
const root = resolve('.');

async function serveFile(ctx, path) {
  const file = resolve(root, path);
  if (!file.startsWith(root + '/')) {
    ctx.status = 403;
    return;
  }
  ctx.type = file.endsWith('.json') ? 'application/json' : file.endsWith('.html') ? 'text/html' : 'text/plain';
  ctx.body = await readFile(file);
}

export async function faultMiddleware(ctx, next) {
  const m = /^\/__fault\/([a-z]+)\/?(.*)$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, rest] = m;
  if (kind === 'status') {
    ctx.status = Number(rest) || 500;
    ctx.body = `status ${ctx.status}`;
  } else if (kind === 'slow') {
    const [, ms, path] = /^(\d+)\/(.*)$/.exec(rest) ?? [];
    await new Promise((r) => setTimeout(r, Number(ms)));
    await serveFile(ctx, path);
  } else if (kind === 'hang') {
    await new Promise((r) => setTimeout(r, 20000));
    ctx.status = 504;
  } else if (kind === 'count') {
    const [, key, path] = /^([^/]+)\/(.*)$/.exec(rest) ?? [];
    counts.set(key, (counts.get(key) ?? 0) + 1);
    await serveFile(ctx, path);
  } else if (kind === 'counts') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(rest) ?? 0 });
  } else if (kind === 'flaky') {
    const [, key, path] = /^([^/]+)\/(.*)$/.exec(rest) ?? [];
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n === 1) {
      ctx.status = 503;
      ctx.body = 'try again';
    } else await serveFile(ctx, path);
  } else return next();
}
