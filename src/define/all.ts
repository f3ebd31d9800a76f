// Registers every element (each registration ignores a name that is already taken).
export * from './ngo-report-region.js';
export * from './ngo-theme-list.js';
export * from './ngo-report-map.js';
export * from './ngo-report-compare.js';
export * from './ngo-theme-trend.js';
