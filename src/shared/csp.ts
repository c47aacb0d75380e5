/**
 * The Content-Security-Policy of every page of the app, in both doors: Electron's main process
 * sets it on every response it loads, and the browser door sends it on every page. The app's own
 * scripts only, nothing remote, no plugins, no forms posting away, never inside a frame.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Aria and the editor set element styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
