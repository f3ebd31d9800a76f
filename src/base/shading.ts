/*
 * The shading steps the map's tiles and the trend's heat strips share: counts in up to four steps
 * above zero, classes shade-0 (none) to shade-4 (most), so that one number reads the same in both.
 * The colours of the steps are one ramp for every element (shadeStyles, src/base/styles.ts); the
 * compare table shades its cells on the same ramp by count, 1, 2 and 3 or more.
 */

/** Count ranges for up to four shading steps above zero, e.g. [[1,2],[3,4],[5,7]] for a maximum of 7. */
export function shadeSteps(max: number): [number, number][] {
  const steps: [number, number][] = [];
  for (let k = 1, lo = 1; k <= 4 && lo <= max; k++) {
    const hi = Math.max(lo, Math.floor((k * max) / 4));
    steps.push([lo, hi]);
    lo = hi + 1;
  }
  return steps;
}

/** The step class number (0–4) of `n` among `steps`: the top step is always 4, whatever their number. */
export function stepOf(steps: readonly [number, number][], n: number): number {
  return n ? steps.findIndex(([lo, hi]) => n >= lo && n <= hi) + 1 + (4 - steps.length) : 0;
}
