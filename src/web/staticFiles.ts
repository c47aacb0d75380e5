import { realpathSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

/** The built renderer's files: what the browser door serves besides its API. */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticFile {
  path: string;
  size: number;
  mime: string;
}

/**
 * The file a URL path names inside `root`, or null: nothing above `root` (no `..`, no
 * encoded `%2e%2e` or `%2f`, no backslash, no symbolic link out of it), no hidden files, no
 * folders. `/` is `index.html`.
 */
export function staticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.length === 1 && segments[0] === '') segments[0] = 'index.html';
  // An empty segment (`//`, a trailing `/`), `.`, `..` and hidden files are never ours.
  if (segments.some((s) => s === '' || s.startsWith('.'))) return null;
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    real = realpathSync(join(realRoot, ...segments));
  } catch {
    return null;
  }
  if (!real.startsWith(realRoot + sep)) return null;
  try {
    const st = statSync(real);
    if (!st.isFile()) return null;
    return { path: real, size: st.size, mime: mimeType(real) };
  } catch {
    return null;
  }
}
