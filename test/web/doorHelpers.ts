import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import type { Backend } from '../../src/backend/backend';
import { startDoor, type Door, type DoorOptions } from '../../src/web/server';
import { onCleanup, tempDir } from '../helpers';

/** A built renderer stand-in: an index page, a script, and a secret beside (not inside) it. */
export function staticSite(): { dir: string; secret: string } {
  const base = tempDir();
  const dir = join(base, 'site');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(dir, 'assets', 'app.js'), 'document.title = "Dossier";\n');
  writeFileSync(join(dir, '.built'), 'stamp\n');
  const secret = join(base, 'secret.txt');
  writeFileSync(secret, 'SECRET-OUTSIDE-THE-SITE\n');
  return { dir, secret };
}

/** A door over `backend`, closed after the test. */
export async function openDoor(
  backend: Backend,
  options: Partial<DoorOptions> = {},
): Promise<Door & { site: ReturnType<typeof staticSite> }> {
  const site = staticSite();
  const door = await startDoor({ backend, staticDir: site.dir, ...options });
  onCleanup(() => void door.close());
  return Object.assign(door, { site });
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A request as a browser (or anything else on the machine) could send it, with any Host,
 * Origin or body: node's http, since fetch will not let a caller choose the Host.
 */
export function raw(
  door: Door,
  method: string,
  path: string,
  options: {
    headers?: Record<string, string>;
    body?: string | Buffer;
    /** Sent in pieces without a Content-Length (chunked), to test counting. */
    chunks?: Iterable<Buffer>;
  } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: door.port,
        method,
        path,
        headers: { host: `127.0.0.1:${door.port}`, ...options.headers },
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    // The door may hang up on a body it will not read: the answer came first.
    req.on('error', (err) => reject(err));
    if (options.chunks !== undefined) {
      (async () => {
        for (const chunk of options.chunks ?? []) {
          if (req.destroyed) return;
          if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
        }
        req.end();
      })().catch(() => undefined);
    } else {
      req.end(options.body);
    }
  });
}

/** The cookie header a signed-in page sends. */
export function signedIn(door: Door): Record<string, string> {
  return { cookie: `dossier_session_${door.port}=${door.token}` };
}

/** A call as the page makes it. */
export function callBody(method: string, params: unknown = {}): string {
  return JSON.stringify({ method, params });
}

export const JSON_TYPE = { 'content-type': 'application/json' };
