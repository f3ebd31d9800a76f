// WCAG contrast of a chosen accent colour against the cards' default backgrounds, so the
// configurator can warn before a site ships unreadable links.
import { COLORS } from '../dist/esm/base/tokens.js';

/** The cards' default backgrounds (--ngo-color-bg in light and dark), from the tokens. */
const BACKGROUNDS = COLORS.bg;

/** #rgb or #rrggbb as #rrggbb. */
const long = (hex) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);

function luminance(color) {
  const hex = long(color);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A sentence on the accent's contrast in the scheme(s) shown; starts with "Low" below 4.5:1. */
export function accentContrast(accent, scheme) {
  const schemes = scheme === 'auto' ? ['light', 'dark'] : [scheme];
  const ratios = schemes.map((s) => [s, contrastRatio(accent, BACKGROUNDS[s])]);
  const text = ratios.map(([s, r]) => `${r.toFixed(1)}:1 on ${s}`).join(', ');
  return ratios.some(([, r]) => r < 4.5) ? `Low contrast: ${text}. Links and buttons need 4.5:1 to be readable.` : `Contrast ${text}: readable (4.5:1 needed).`;
}
