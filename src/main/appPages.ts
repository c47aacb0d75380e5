import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Which addresses are the app's own: the renderer's page (the built `index.html`, or the dev
 * server while developing) and the files beside it. Everything else is somewhere else: the
 * window may not navigate there, the network filter cancels it, IPC from it is refused.
 */
export interface AppPages {
  /** The address the window loads. */
  readonly entry: string;
  /** Whether `url` is the app's page (any route of it: the hash and query do not matter). */
  isAppPage(url: string): boolean;
  /** Whether `url` is something the app's page may load (its scripts, styles, fonts). */
  isAppResource(url: string): boolean;
}

function withoutHashOrQuery(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return null;
  }
}

function origin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The built renderer in `rendererDir` (out/renderer), or the dev server at `devUrl`. */
export function appPages(rendererDir: string, devUrl: string | null): AppPages {
  if (devUrl !== null) {
    const devOrigin = origin(devUrl);
    const isAppPage = (url: string): boolean => devOrigin !== null && origin(url) === devOrigin;
    return {
      entry: devUrl,
      isAppPage,
      // The dev server's hot reload talks over a WebSocket to the same host.
      isAppResource: (url) =>
        isAppPage(url) || (devOrigin !== null && url.startsWith(devOrigin.replace(/^http/, 'ws'))),
    };
  }
  const page = pathToFileURL(join(rendererDir, 'index.html')).href;
  const folder = `${pathToFileURL(rendererDir).href}/`;
  return {
    entry: page,
    isAppPage: (url) => withoutHashOrQuery(url) === page,
    isAppResource: (url) => {
      const bare = withoutHashOrQuery(url);
      return bare !== null && bare.startsWith(folder) && !bare.includes('/../');
    },
  };
}
