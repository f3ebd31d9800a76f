// Types of elements.js, for the TypeScript tests that import it directly.
import type { ElementInfo } from '../src/elements.js';

export { ELEMENTS } from '../src/elements.js';
export const WIDGETS: string;
export function genericExample(doc: Document, info: ElementInfo): HTMLElement;
export function elementChoice(doc: Document, info: ElementInfo, checked: boolean): HTMLLabelElement;
