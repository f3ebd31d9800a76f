import type { DataErrorKind } from '../data/types.js';

export type NgoErrorReason = DataErrorKind | 'not-found' | 'attribute';

export interface NgoLoadDetail {
  /** The dataset URL the element rendered. */
  url: string;
}

export interface NgoErrorDetail {
  reason: NgoErrorReason;
  message: string;
}

export interface NgoRegionSelectDetail {
  /** The region id, e.g. "sichuan". */
  region: string;
  year: number;
}

export interface NgoYearSelectDetail {
  year: number;
}

export type NgoLoadEvent = CustomEvent<NgoLoadDetail>;
export type NgoErrorEvent = CustomEvent<NgoErrorDetail>;
export type NgoRegionSelectEvent = CustomEvent<NgoRegionSelectDetail>;
export type NgoYearSelectEvent = CustomEvent<NgoYearSelectDetail>;

interface NgoEventMap {
  'ngo-load': NgoLoadEvent;
  'ngo-error': NgoErrorEvent;
  'ngo-region-select': NgoRegionSelectEvent;
  'ngo-year-select': NgoYearSelectEvent;
}

// The events bubble and are composed, so listeners on the document and window see them too.
declare global {
  interface HTMLElementEventMap extends NgoEventMap {}
  interface DocumentEventMap extends NgoEventMap {}
  interface WindowEventMap extends NgoEventMap {}
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends keyof NgoEventMap>(target: EventTarget, type: K, detail: HTMLElementEventMap[K]['detail'], cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
