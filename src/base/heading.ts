import { html, type TemplateResult } from 'lit';

/** The title level from heading-level: 2 to 6, default 3; null when the value is invalid. */
export function parseHeadingLevel(value: string | null | undefined): number | null {
  if (value == null || value === '') return 3;
  const n = Number(value);
  return Number.isInteger(n) && n >= 2 && n <= 6 ? n : null;
}

/**
 * A real <h2>…<h6>. One literal template per level keeps the tag static (no unsafeStatic): the
 * level only ever selects between these five; sub-headings below 6 stay at 6. tabindex=-1 lets
 * the card move focus to its title when a button's content changes under it.
 */
export function heading(level: number, content: unknown, part: string): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 part=${part} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 part=${part} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 part=${part} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 part=${part} tabindex="-1">${content}</h6>`;
  }
}
