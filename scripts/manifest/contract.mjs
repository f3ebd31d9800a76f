// The public contract of /work/shared/design/contract.md (kept in the repository's sibling folder
// ../shared/design/contract.md), written out as data for scripts/manifest/check.mjs. The contract
// is fixed: a change here means the contract changed first.

/** §2: attributes every element takes. */
export const SHARED_ATTRIBUTES = ['year', 'lang', 'src', 'color-scheme', 'heading-level'];

/** §5: custom properties every element reads. */
export const CSS_PROPERTIES = [
  '--ngo-font-family',
  '--ngo-color-bg',
  '--ngo-color-fg',
  '--ngo-color-muted',
  '--ngo-color-border',
  '--ngo-color-accent',
  '--ngo-radius',
  '--ngo-space',
];

/** §1: the content inside a tag is its fallback, shown again through the default slot on error. */
export const SLOTS = [''];

/**
 * §3 (elements and their own attributes), §4 (events: ngo-region-select where "a region was
 * chosen in the map, a theme list or a 'similar' link") and §5 (parts: the list of §5 split by
 * which element renders what §3 says it shows; `tile` and `legend` are the map's).
 */
export const ELEMENTS = {
  'ngo-report-region': {
    attributes: ['region', 'themes', 'limit', 'compact'],
    events: ['ngo-load', 'ngo-error', 'ngo-region-select'],
    parts: ['card', 'header', 'title', 'body', 'highlight', 'chip', 'phrase', 'source', 'footer', 'message'],
  },
  'ngo-theme-list': {
    attributes: ['theme', 'regions', 'limit', 'sort'],
    events: ['ngo-load', 'ngo-error', 'ngo-region-select'],
    parts: ['card', 'header', 'title', 'body', 'highlight', 'chip', 'phrase', 'source', 'footer', 'message'],
  },
  'ngo-report-map': {
    attributes: ['theme', 'for'],
    events: ['ngo-load', 'ngo-error', 'ngo-region-select'],
    parts: ['card', 'header', 'title', 'body', 'tile', 'legend', 'footer', 'message'],
  },
  'ngo-report-compare': {
    attributes: ['regions', 'region', 'years'],
    events: ['ngo-load', 'ngo-error'],
    parts: ['card', 'header', 'title', 'body', 'footer', 'message'],
  },
  'ngo-theme-trend': {
    attributes: ['theme', 'region', 'for'],
    events: ['ngo-load', 'ngo-error', 'ngo-year-select'],
    parts: ['card', 'header', 'title', 'body', 'legend', 'footer', 'message'],
  },
};

/**
 * Elements the contract names that are not built yet, with the issue that builds them: the check
 * says so instead of failing, and fails again once the element ships without leaving this list.
 */
export const NOT_YET_SHIPPED = {};

/** §1 and §3: every element has a registration entry under define/ (package.json exports "./define/*"). */
export const DEFINE_MODULE = (tag) => `dist/esm/define/${tag}.js`;
