// Kept equal to package.json's "version": the build fails when they differ, and
// `node scripts/build/version.mjs --write` updates it (scripts/build/version.mjs says why).
/** The package version, stamped on every element class so that copies can tell each other apart. */
export const VERSION = '0.1.0';

let warned = false;

/**
 * Registers an element unless the name is taken: pasting the embed twice, or loading it next to
 * the npm build, must not throw "already been used with this registry". A different version
 * already in place wins, with one console warning for the whole page.
 */
export function define(name: string, ctor: CustomElementConstructor & { version?: string }): void {
  // The embed's Trusted Types policy was refused (scripts/build/trusted-types.mjs stores undefined
  // under this key): an element that cannot render would only hide its fallback content.
  const policy = Symbol.for('ngo-report-widgets.policy');
  if (policy in globalThis && !(globalThis as Record<symbol, unknown>)[policy]) return;
  const existing = customElements.get(name) as { version?: string } | undefined;
  if (!existing) {
    customElements.define(name, ctor);
  } else if (existing !== ctor && existing.version !== ctor.version && !warned) {
    warned = true;
    console.warn(`ngo-report-widgets ${ctor.version}: <${name}> is already defined by version ${existing.version ?? '?'}; that one is used.`);
  }
}
