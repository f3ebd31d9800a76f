// The bundled dataset for the demo's own lists and counts. The data modules of dist/esm/ have no
// imports of lit, so a browser loads them as they are; and they share one request per URL with
// the embed (a registry on globalThis), so the page fetches the JSON once.
import { loadDataset } from '../dist/esm/data/load.js';

export const DATASET_URL = new URL('../dist/data/ngo-reports.json', import.meta.url).href;
export const dataset = loadDataset(DATASET_URL);
