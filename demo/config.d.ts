// Types of config.js, for the TypeScript tests that import the model directly.
import type { Tag } from '../src/elements.js';

export type { Tag };

export interface ConfigState {
  element: Tag;
  region: string;
  theme: string;
  regions: string[];
  compareMode: 'regions' | 'years';
  years: string[];
  year: string;
  lang: '' | 'en' | 'zh';
  scheme: 'auto' | 'light' | 'dark';
  level: string;
  compact: boolean;
  limit: string;
  sort: 'count' | 'name';
  linked: boolean;
  perRegion: boolean;
  accent: string;
  font: string;
}

export interface Widget {
  tag: string;
  attrs: [string, string][];
}

export interface Known {
  regions: string[];
  themes: string[];
  years: string[];
}

export const DEFAULTS: Readonly<ConfigState>;
export const LINKED_CARD_ID: string;
export const ACCENT_PATTERN: RegExp;
export const FONT_PATTERN: RegExp;
export function widgets(s: ConfigState): Widget[];
export function customProperties(s: ConfigState): [string, string][];
export function elementHtml(w: Widget): string;
export function snippet(s: ConfigState, scriptUrl: string): string;
export function toQuery(s: ConfigState): URLSearchParams;
export function fromQuery(params: URLSearchParams, known: Known): ConfigState;
export function isLimit(v: string): boolean;
