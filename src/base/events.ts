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

export type NgoLoadEvent = CustomEvent<NgoLoadDetail>;
export type NgoErrorEvent = CustomEvent<NgoErrorDetail>;
export type NgoRegionSelectEvent = CustomEvent<NgoRegionSelectDetail>;

declare global {
  interface HTMLElementEventMap {
    'ngo-load': NgoLoadEvent;
    'ngo-error': NgoErrorEvent;
    'ngo-region-select': NgoRegionSelectEvent;
  }
}

/** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
export function emit<K extends 'ngo-load' | 'ngo-error' | 'ngo-region-select'>(
  target: EventTarget,
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
