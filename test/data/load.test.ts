import { expect } from '@open-wc/testing';
import { loadDataset, clearDatasetCache } from '../../src/data/load.js';
import { DataError } from '../../src/data/types.js';
import { DATASET_URL, HOSTILE_URL, fixture, fault, uniqueKey, requestCount, rejection } from '../helpers.js';

async function failure(url: string, timeout?: number): Promise<DataError> {
  const e = await rejection(loadDataset(url, timeout === undefined ? {} : { timeout }));
  expect(e).to.be.instanceOf(DataError);
  return e as DataError;
}

describe('loadDataset', () => {
  it('loads and validates a dataset: 31 regions and the national report', async () => {
    const ds = await loadDataset(DATASET_URL);
    expect(ds.regions.filter((r) => r.type !== 'national')).to.have.length(31);
    expect(ds.regions.filter((r) => r.type === 'national').map((r) => r.id)).to.deep.equal(['china']);
    expect(ds.reports).to.have.length(96);
    expect(ds.themes.map((t) => t.id)).to.include.members(['charity', 'five-social', 'cross-strait']);
  });

  it('makes one request however many callers ask at once', async () => {
    const key = uniqueKey('many');
    const url = fault(`count/${key}?file=test/fixtures/minimal.json`);
    const results = await Promise.all(Array.from({ length: 12 }, () => loadDataset(url)));
    expect(new Set(results).size, 'every caller gets the same validated object').to.equal(1);
    await loadDataset(url);
    expect(await requestCount(key)).to.equal(1);
  });

  it('shares the request with a second copy of the loader module', async () => {
    const key = uniqueKey('copies');
    const url = fault(`count/${key}?file=test/fixtures/minimal.json`);
    // The query string makes the browser evaluate the module a second time, as a second <script> would.
    const specifier = '../../src/data/load.ts?second-copy';
    const copy = (await import(specifier)) as typeof import('../../src/data/load.js');
    expect(copy.loadDataset).not.to.equal(loadDataset);
    const [a, b] = await Promise.all([loadDataset(url), copy.loadDataset(url)]);
    expect(a.title).to.equal('Minimal test dataset');
    expect(b.title).to.equal('Minimal test dataset');
    expect(await requestCount(key)).to.equal(1);
  });

  it('fails with kind "network" when the server cannot be reached', async () => {
    const e = await failure('http://127.0.0.1:9/unreachable.json');
    expect(e.kind).to.equal('network');
  });

  it('fails with kind "network" when the request times out', async () => {
    const e = await failure(fault(`hang?${uniqueKey('t')}`), 300);
    expect(e.kind).to.equal('network');
    expect(e.message).to.match(/No answer within 300 ms/);
  });

  it('fails with kind "http" and the status for a missing file', async () => {
    const e = await failure(fixture('no-such-file.json'));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
  });

  it('fails with kind "http" and the status for a server error', async () => {
    const e = await failure(fault(`status/500?${uniqueKey('s')}`));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(500);
    expect(e.message).to.contain('500');
  });

  it('fails with kind "format" for an HTML page', async () => {
    const e = await failure(fixture('page.html'));
    expect(e.kind).to.equal('format');
    expect(e.message).to.match(/Not valid JSON/);
  });

  it('fails with kind "format" for truncated JSON', async () => {
    expect((await failure(fixture('truncated.json'))).kind).to.equal('format');
  });

  it('fails with kind "format" naming the bad field', async () => {
    const e = await failure(fixture('wrong-shape.json'));
    expect(e.kind).to.equal('format');
    expect(e.message).to.contain('reports[0].highlights[0].themes[0]');
    expect(e.message).to.contain('expected one of charity');
  });

  it('fetches again after a failure, so Retry can recover', async () => {
    const key = uniqueKey('flaky');
    const url = fault(`flaky/${key}?file=test/fixtures/minimal.json`);
    const first = await failure(url);
    expect(first.kind).to.equal('http');
    expect(first.status).to.equal(503);
    const ds = await loadDataset(url);
    expect(ds.regions.map((r) => r.id)).to.deep.equal(['sichuan', 'tianjin']);
    expect(await requestCount(key)).to.equal(2);
  });

  it('clears its cache on request', async () => {
    const key = uniqueKey('clear');
    const url = fault(`count/${key}?file=test/fixtures/minimal.json`);
    await loadDataset(url);
    clearDatasetCache(url);
    await loadDataset(url);
    expect(await requestCount(key)).to.equal(2);
  });

  it('keeps hostile keys inert: no prototype is polluted', async () => {
    // The hostile dataset has __proto__ and constructor keys in every object, as JSON text.
    const json = (await (await fetch(HOSTILE_URL)).json()) as { title: string };
    const ds = await loadDataset(HOSTILE_URL);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(ds)).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(ds.themes[0])).to.equal(Object.prototype);
    expect(Object.getPrototypeOf(ds.regions[0])).to.equal(Object.prototype);
    // Text stays text; URLs are kept as data and only ever linked through safeUrl().
    expect(ds.title).to.equal(json.title);
    expect(ds.title).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(ds.reports[0]!.url).to.equal('javascript:window.__pwned=1');
  });
});
