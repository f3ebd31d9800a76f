import { html, nothing, type TemplateResult } from 'lit';
import { normalize } from '../../data/lookup.js';
import { SHAPES, SHAPE_YEARS } from '../../data/shapes.js';

/*
 * The region card's loading state, drawn with the same elements and classes as the loaded card
 * (so the same heights) from the card's shape in the bundled table: how many highlights each
 * group has and how many "similar" rows. The page then does not shift when the data arrives.
 */

let table: Map<string, string> | undefined;

export type CardShape = [reviewed: number, planned: number, similar: number, national: number];

/** [reviewed, planned, similar rows, national lines] for a region given by id or ISO code, and a year (default: the latest). */
export function cardShape(region: string | null | undefined, year: string | null | undefined): CardShape | undefined {
  if (!table) {
    table = new Map();
    for (const entry of SHAPES.split(';')) {
      const [id, iso, digits] = entry.split(' ') as [string, string, string];
      // The national report has no ISO suffix: its skeleton is found by its id alone.
      for (const key of iso ? [id, iso, `cn${iso}`] : [id]) table.set(normalize(key), digits);
    }
  }
  const digits = table.get(normalize(region ?? ''));
  const i = year?.trim() ? SHAPE_YEARS.indexOf(Number(year)) : SHAPE_YEARS.length - 1;
  if (!digits || i < 0) return undefined;
  return [0, 1, 2, 3].map((k) => parseInt(digits[i * 4 + k]!, 36)) as CardShape;
}

const line = (cls = '') => html`<span class="tb ${cls}"></span>`;

function group(n: number, lines: number): TemplateResult | typeof nothing {
  if (!n) return nothing;
  return html`<section class="group">
    ${subtitle}
    <ul>
      ${Array.from(
        { length: n },
        () => html`<li class="highlight">
          <p>${Array.from({ length: lines }, (_, i) => line(i === lines - 1 ? 'last' : ''))}</p>
          <p class="muted">${line('short')}</p>
          <ul class="chips"><li class="chip">${line('chip')}</li></ul>
        </li>`,
      )}
    </ul>
  </section>`;
}

/** A sub-heading's box: the sub-headings' margins and line height, a bar for its text. */
const subtitle = html`<p part="subtitle" class="h">${line('short')}</p>`;

export function regionSkeleton(shape: CardShape, switcher: boolean, compact: boolean, lang: string): TemplateResult {
  const [review, plan, similar, national] = shape;
  // Summaries (about 120 characters in English, 35 in Chinese) wrap to about three lines in
  // English and two in Chinese in a column under 28rem; the styles drop the last bar where the
  // column is wider (card content of 28 to 40rem in one column, over 58rem in two).
  const lines = lang === 'zh' ? 2 : 3;
  return html`<header part="header">
      <p class="h title">${line('short')}</p>
      <p class="muted">${line('short')}</p>
      <p>${line('short')}</p>
      ${switcher ? html`<div class="row"><span class="fb">${line('btn')}</span></div>` : nothing}
    </header>
    ${compact
      ? html`<ul class="chips"><li class="chip">${line('chip')}</li></ul>`
      : html`<div class="body">
            <div class="groups">${group(review, lines)} ${group(plan, lines)}</div>
          </div>
          ${national ? html`<p class="national">${Array.from({ length: national * 2 }, (_, i) => line(i === national * 2 - 1 ? 'last' : ''))}</p>` : nothing}
          ${similar
            ? html`<section class="similar">
                ${subtitle}
                <ul>
                  ${Array.from({ length: similar }, () => html`<li><span class="chip">${line('chip')}</span> ${line()}</li>`)}
                </ul>
              </section>`
            : nothing}
          <footer class="muted"><p part="source">${line()}</p><p>${line('short')}</p></footer>`}`;
}
