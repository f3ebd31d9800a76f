import { nothing } from 'lit';
import type { NgoErrorReason } from './events.js';

/**
 * What an element's `renderContent_()` gives the base class: the state the card shows. The base
 * records it once per render and turns it into events (ngo-load for `loaded` and `empty`, ngo-error
 * for the others), so no subclass fires them or marks itself loaded.
 */
export type Outcome = Shown | Refusal;

/** Data rendered: `key` names what is shown, so that showing something else fires ngo-load again. */
export interface Shown {
  readonly state: 'loaded' | 'empty';
  readonly key: string;
  readonly content: unknown;
}

/**
 * No data rendered: the reader's `message` and optional `extra` content (Retry, suggestions) in the
 * card's message box; `detail` is the developer's message, for ngo-error only (default: `message`).
 */
export interface Refusal {
  readonly state: 'not-found' | 'error';
  readonly reason: NgoErrorReason;
  readonly message: string;
  readonly extra: unknown;
  readonly detail?: string;
}

/** The card shows data. */
export const loaded = (key: string, content: unknown): Shown => ({ state: 'loaded', key, content });

/** The card shows data, but it holds nothing to list (a report without a highlight, a filter that matches none): it says so. */
export const empty = (key: string, content: unknown): Shown => ({ state: 'empty', key, content });

/** What an attribute asks for is not in the data (a region, theme or year). */
export const notFound = (message: string, extra: unknown = nothing): Refusal => ({ state: 'not-found', reason: 'not-found', message, extra });

/** A required attribute is missing or unusable (or the data cannot be drawn: `reason`). */
export const failed = (reason: NgoErrorReason, message: string, extra: unknown = nothing, detail?: string): Refusal =>
  detail === undefined ? { state: 'error', reason, message, extra } : { state: 'error', reason, message, extra, detail };

/**
 * Thrown by the base's resolvers (`year_`, `region_`, `theme_`) when the attribute names nothing
 * the card can show: the render stops there and the base shows the refusal, so subclasses read a
 * year or a region without branching on a union.
 */
export class Refused extends Error {
  constructor(readonly outcome: Refusal) {
    super(outcome.message);
  }
}
