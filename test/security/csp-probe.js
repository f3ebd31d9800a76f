/* global __csp -- set by the CSP test page before this probe runs */
// Loaded first by the CSP test pages (test/security/csp-*.html), as a same-origin file because the
// policy allows no inline script. It records what test/security/csp.test.ts reads from the frame:
// policy violations, uncaught errors, unhandled rejections and console.error calls.
window.__csp = { violations: [], errors: [], consoleErrors: [] };
window.addEventListener(
  'securitypolicyviolation',
  (e) => __csp.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile }),
  true,
);
window.addEventListener('error', (e) => __csp.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => __csp.errors.push('unhandled rejection: ' + String((e.reason && e.reason.message) || e.reason)));
const consoleError = console.error;
console.error = (...args) => {
  __csp.consoleErrors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
/** Whether this document enforces Trusted Types: a plain string into innerHTML is refused. */
window.__innerHtmlRefused = () => {
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
    return false;
  } catch {
    return true;
  }
};
