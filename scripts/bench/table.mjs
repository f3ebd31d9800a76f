// Statistics and plain-text tables for the benchmark's report (stdout, readable in a CI log and
// pasteable into Markdown: every table is a pipe table).

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const int = (x) => Math.round(x).toLocaleString('en');
export const fixed = (x, d) => x.toFixed(d);
/** "median (min–max)" of a list of numbers, each formatted by `f`; just the median when all are equal. */
export function spread(xs, f = int) {
  const [lo, hi] = [f(Math.min(...xs)), f(Math.max(...xs))];
  return lo === hi ? f(median(xs)) : `${f(median(xs))} (${lo}–${hi})`;
}
/** "1" when every run saw the same value, else "min–max". */
export const same = (xs) => (Math.min(...xs) === Math.max(...xs) ? String(xs[0]) : `${Math.min(...xs)}–${Math.max(...xs)}`);
export const kB = (b) => (b / 1000).toFixed(1);
export const MB = (b) => (b / 1e6).toFixed(2);
export const verdict = (ok) => (ok ? 'met' : 'NOT met');

/** A Markdown pipe table; columns whose header starts with a space are right-aligned. */
export function table(headers, rows) {
  const right = headers.map((h) => h.startsWith(' '));
  const cells = [headers.map((h) => h.trim()), ...rows.map((r) => r.map(String))];
  const width = headers.map((_, i) => Math.max(3, ...cells.map((r) => [...(r[i] ?? '')].length)));
  const pad = (s, i) => (right[i] ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (r) => `| ${r.map((c, i) => pad(c ?? '', i)).join(' | ')} |`;
  const rule = `|${width.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
