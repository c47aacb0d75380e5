import { session, shell, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import type { AppPages } from './appPages';

/**
 * The session's rules: no network (the app's own files only, and the dev server while
 * developing), the app's CSP on every response, and every permission request refused.
 */
export function secureSession(pages: AppPages): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      pages.isAppResource(details.url) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Whether a link may go to the system browser: web addresses only, never file: or others. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** The window's contents stay the app's: no navigating away, no new windows, no webviews. */
export function secureContents(contents: WebContents, pages: AppPages): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Links in documents open in the system browser, never inside the app.
    if (isExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!pages.isAppPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!pages.isAppPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
