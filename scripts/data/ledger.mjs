// The coverage ledger: every keyword hit (see keywords.mjs) of every report is either covered by a
// highlight whose phrase lies in that sentence, or excluded in data/ledger/<region-id>.json with a
// reason from the closed list below. data:verify fails on a hit that is neither, and on an
// exclusion that no longer points at a hit (so the ledger never drifts from the texts).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DATA_DIR, readJson } from './files.mjs';
import { keywordHits, quoteFor } from './keywords.mjs';

export const LEDGER_DIR = join(DATA_DIR, 'ledger');

/** Why a hit is not a highlight. `other` needs a note; data/README.md explains each. */
export const REASONS = {
  'pandemic-thanks': 'a thank-you to pandemic volunteers or workers, no policy',
  thanks: 'a closing thank-you that names volunteers or organizations, no policy',
  'not-ngo-sense': 'the word in a sense outside civil society (公益 as public-interest, e.g. 公益一类, 公益广告)',
  'party-portfolio': 'bare 社会工作 meaning the Party and government social-work portfolio',
  cooperative: '三社 or similar meaning supply-and-marketing or credit cooperatives',
  commercial: 'a commercial or industrial sense (a fund, a company, a market)',
  investment: 'social capital or investment, not giving',
  'graduate-program': 'state or provincial programs placing graduates or young volunteers at the grassroots for years (西部计划志愿者): employment, not civil society',
  'foreign-volunteers': 'volunteers from abroad, or of a military or foreign program',
  'not-report-text': 'a heading, caption or note that is not a passage of the report',
  other: 'anything else: the note says why',
};

/** The ledger file of every region, as a Map of region id → { [year]: exclusion[] }. */
export async function readLedgers() {
  const names = await readdir(LEDGER_DIR).catch(() => []);
  const out = new Map();
  for (const n of names.filter((f) => f.endsWith('.json'))) {
    const file = await readJson(join(LEDGER_DIR, n));
    out.set(file.region, file.reports ?? {});
  }
  return out;
}

/**
 * Accounts for every hit of one report. Returns the hits, each with `status` ('covered', 'excluded'
 * or 'unaccounted') and what accounts for it, and the exclusions that match no hit sentence.
 */
export function account(body, highlights, exclusions = []) {
  const hits = keywordHits(body).map((hit) => {
    const h = highlights.find((x) => typeof x.phrase === 'string' && hit.text.includes(x.phrase));
    if (h) return { ...hit, status: 'covered', by: h.phrase };
    const e = exclusions.find((x) => hit.text.includes(x.quote));
    if (e && e.reason in REASONS) return { ...hit, status: 'excluded', by: e.reason, quote: e.quote };
    return { ...hit, status: 'unaccounted', by: e ? `unknown reason ${JSON.stringify(e.reason)}` : null, quote: quoteFor(hit, body) };
  });
  const stale = exclusions.filter((e) => !hits.some((h) => h.status === 'excluded' && h.quote === e.quote));
  return { hits, stale };
}

/** Counts of one report's hits: covered, and excluded per reason. */
export function tally(hits) {
  const t = { hits: hits.length, covered: 0, excluded: {}, unaccounted: 0 };
  for (const h of hits) {
    if (h.status === 'covered') t.covered++;
    else if (h.status === 'excluded') t.excluded[h.by] = (t.excluded[h.by] ?? 0) + 1;
    else t.unaccounted++;
  }
  return t;
}
