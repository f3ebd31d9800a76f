// The one keyword list of the coverage ledger (../shared/sources/highlights.md §0 "Method") and the
// scan that finds every sentence of a report holding one of them. data:verify, the ledger skeleton
// of data:new-year and the maintainers' hit listing all read the reports through this file.

/**
 * The keywords, each with the pattern that finds it. 公益 drops the compounds the method names as
 * outside the topic (公益性, 公益类, 公益林, 公益岗, 公益诉讼); every other use is a hit that the
 * ledger covers or excludes with a reason, so a decision is visible rather than built into a regex.
 */
export const KEYWORDS = [
  ['社会组织', /社会组织/g],
  ['慈善', /慈善/g],
  ['公益', /公益(?!性|类|林|岗|诉讼)/g],
  ['志愿服务', /志愿服务/g],
  ['志愿者', /志愿者/g],
  ['社会工作', /社会工作/g],
  ['社工', /社工/g],
  ['五社联动', /五社联动/g],
  ['三社', /三社/g],
  ['红十字', /红十字/g],
  ['第三次分配', /第三次分配/g],
  ['社区工作者', /社区工作者/g],
  ['基金会', /基金会/g],
  ['义工', /义工/g],
];

/**
 * The report's own text: photo captions that some web pages left as HTML comments are not part of
 * the report, so they are blanked (same length, so offsets still point into the file's body).
 */
export function reportText(body) {
  return body.replace(/<!--[\s\S]*?-->/g, (c) => ' '.repeat(c.length));
}

/** Sentences: text up to and including 。！？ or a line break (headings and glossary lines end there). */
export function sentences(body) {
  const text = reportText(body);
  const out = [];
  const re = /[^。！？\n]*(?:[。！？]+|\n|$)/g;
  for (let m; (m = re.exec(text)) && m[0] !== '';) {
    const s = m[0].trim();
    if (s) out.push({ text: s, start: m.index + m[0].indexOf(s) });
  }
  return out;
}

/** Every sentence with a keyword, with the keywords it holds (in list order). */
export function keywordHits(body) {
  return sentences(body)
    .map((s) => ({ ...s, keywords: KEYWORDS.filter(([, re]) => s.text.search(re) !== -1).map(([k]) => k) }))
    .filter((s) => s.keywords.length > 0);
}

/** A short exact excerpt around the sentence's first keyword, unique in the text where possible. */
export function quoteFor(hit, body, width = 14) {
  const [, re] = KEYWORDS.find(([k]) => k === hit.keywords[0]);
  const at = hit.text.search(re);
  for (let w = width; w <= hit.text.length; w += 6) {
    const q = hit.text.slice(Math.max(0, at - w), at + w).trim();
    if (body.indexOf(q) === body.lastIndexOf(q) || q === hit.text) return q;
  }
  return hit.text;
}
