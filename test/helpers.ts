import type { Dataset } from '../src/data/types.js';
import { loadDataset } from '../src/data/load.js';

declare global {
  interface Window {
    /** The canary hostile data would set if any of it ever ran as script. */
    __pwned?: number;
  }
}

/**
 * The test fixture: a frozen copy of the 2023–2025 dataset (test/fixtures/README.md). Component,
 * demo and data-layer tests run on it with literal expectations, so adding a year to the real data
 * breaks none of them.
 */
export const DATASET_URL = new URL('/test/fixtures/dataset.json', location.href).href;

/** The built, published dataset (npm test builds it first): only the smoke tests of the real data read it. */
export const REAL_DATASET_URL = new URL('/dist/data/ngo-reports.json', location.href).href;

export const fixture = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;
export const fault = (path: string) => new URL(`/__fault/${path}`, location.href).href;

/** The fixture dataset (what the elements under test load by default). */
export function fixtureDataset(): Promise<Dataset> {
  return loadDataset(DATASET_URL);
}

export function realDataset(): Promise<Dataset> {
  return loadDataset(REAL_DATASET_URL);
}

/** A unique key so that counting routes and caches do not mix between tests. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export async function requestCount(key: string): Promise<number> {
  const res = await fetch(fault(`counts/${key}`));
  return ((await res.json()) as { count: number }).count;
}

/** Resolves to the rejection of `p`, failing if it resolves. */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected the promise to reject');
}
