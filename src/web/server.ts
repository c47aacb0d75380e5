import { createReadStream } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_CONTENT_BYTES, type Caller } from '../shared/api';
import { HTTP_CALL_PATH } from '../shared/client';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import type { ErrorInfo, Result } from '../shared/errors';
import {
  bearerToken,
  cookieName,
  cookieValue,
  fetchSiteAllowed,
  hostAllowed,
  isToken,
  newToken,
  originAllowed,
  sessionCookie,
} from './access';
import { staticFile } from './staticFiles';

/**
 * The browser door: the built renderer and the backend's contract over HTTP, on 127.0.0.1
 * only, for one person on their own machine. The page calls `POST /api/call` with
 * `{ method, params }` and gets the backend's Result back, as the window's caller: methods that
 * take a file path are refused by the backend itself.
 */

/** What the door needs of the backend. */
export interface Dispatcher {
  dispatch(method: string, params: unknown, caller: Caller): Promise<Result<unknown>>;
}

/**
 * The largest request body. Uploads are at most MAX_CONTENT_BYTES of file (the page checks the
 * file's size); inside the JSON of a call, escaping can double that at most (quotes,
 * backslashes and line breaks of a JSON or text file each take two characters), plus room for
 * the rest of the call.
 */
export const MAX_BODY_BYTES = 2 * MAX_CONTENT_BYTES + 1_048_576;

export interface DoorOptions {
  backend: Dispatcher;
  /** The built renderer (index.html and its assets). */
  staticDir: string;
  /** 0 (the default) lets the system pick a free port. */
  port?: number;
  /** Fixed for tests; a fresh one per run otherwise. */
  token?: string;
  maxBodyBytes?: number;
}

export interface Door {
  readonly server: Server;
  readonly port: number;
  readonly token: string;
  /** The address to open: `http://127.0.0.1:PORT/?token=TOKEN`. */
  readonly url: string;
  close(): Promise<void>;
}

/** Headers on every answer, page or not. */
const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Nothing of the library, nor the app, in the browser's disk cache of a laptop that travels.
  'Cache-Control': 'no-store',
};

function send(
  res: ServerResponse,
  status: number,
  body: string,
  type: string,
  headers: OutgoingHttpHeaders = {},
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': bytes.length,
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

function sendJson(
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: OutgoingHttpHeaders = {},
): void {
  send(res, status, JSON.stringify(result), 'application/json; charset=utf-8', headers);
}

function refusal(code: ErrorInfo['code'], message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

function page(title: string, text: string): string {
  const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1><p>${escape(text)}</p></body></html>`;
}

type Body = { ok: true; bytes: Buffer } | { ok: false; tooLarge: boolean };

/**
 * The request's body, counted as it arrives (Content-Length is only believed when it says
 * too much): past `limit` the answer is "too large" without reading further.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((done) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      done({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const settle = (body: Body): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      done(body);
    };
    const onData = (chunk: Buffer): void => {
      total += chunk.length;
      if (total > limit) {
        chunks.length = 0;
        settle({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => settle({ ok: true, bytes: Buffer.concat(chunks, total) }));
    req.once('error', () => settle({ ok: false, tooLarge: false }));
    req.once('aborted', () => settle({ ok: false, tooLarge: false }));
  });
}

/**
 * Answers and closes the connection without reading the rest of what the client sends: the
 * rest is drained and dropped (so the client reads the answer rather than a reset), and the
 * connection closed a moment later whatever the client does.
 */
function sendAndHangUp(res: ServerResponse, status: number, result: Result<unknown>): void {
  sendJson(res, status, result, { Connection: 'close' });
  const req = res.req;
  req.resume();
  setTimeout(() => req.socket.destroy(), 2000).unref();
}

export async function startDoor(options: DoorOptions): Promise<Door> {
  const token = options.token ?? newToken();
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  let port = 0;

  const signedIn = (req: IncomingMessage): boolean =>
    isToken(cookieValue(req.headers.cookie, cookieName(port)), token) ||
    isToken(bearerToken(req.headers.authorization), token);

  async function api(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path !== HTTP_CALL_PATH) {
      sendJson(res, 404, refusal('not_found', `There is nothing at ${path}.`));
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, refusal('invalid_input', 'The API takes POST requests only.'), {
        Allow: 'POST',
      });
      return;
    }
    if (!fetchSiteAllowed(req.headers['sec-fetch-site'])) {
      sendJson(res, 403, refusal('invalid_input', 'Refused: the call did not come from Dossier.'));
      return;
    }
    if (!signedIn(req)) {
      sendJson(
        res,
        401,
        refusal(
          'disconnected',
          'This page is not connected to Dossier. Open the address Dossier printed when it started (it ends with ?token=…); a new address is printed each time it starts.',
        ),
      );
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      sendJson(res, 415, refusal('invalid_input', 'A call is sent as application/json.'));
      return;
    }
    const body = await readBody(req, limit);
    if (!body.ok) {
      if (body.tooLarge) {
        sendAndHangUp(
          res,
          413,
          refusal(
            'invalid_input',
            `The request is larger than ${Math.floor(limit / 1_048_576)} MB. Import a file that large with the dossier command.`,
          ),
        );
      } else {
        req.socket.destroy();
      }
      return;
    }
    let call: unknown;
    try {
      call = JSON.parse(body.bytes.toString('utf8'));
    } catch {
      sendJson(res, 400, refusal('invalid_input', 'The call is not valid JSON.'));
      return;
    }
    const { method, params } = (call ?? {}) as { method?: unknown; params?: unknown };
    if (typeof method !== 'string') {
      sendJson(res, 400, refusal('invalid_input', 'A call names its method.'));
      return;
    }
    // The window's caller, always: a page is never trusted with file paths.
    const result = await options.backend.dispatch(method, params ?? {}, 'window');
    sendJson(res, 200, result);
  }

  function pages(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Only GET and HEAD are served here.', 'text/plain; charset=utf-8', {
        Allow: 'GET, HEAD',
      });
      return;
    }
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!isToken(given, token)) {
        send(
          res,
          401,
          page(
            'This address is out of date',
            'Its token is not the one Dossier printed this time. Open the address in the terminal where Dossier is running; a new one is printed each time it starts.',
          ),
          'text/html; charset=utf-8',
        );
        return;
      }
      // The token becomes a cookie and leaves the address bar (and the history), as Jupyter's does.
      url.searchParams.delete('token');
      send(res, 303, '', 'text/plain; charset=utf-8', {
        'Set-Cookie': sessionCookie(port, token),
        Location: `${url.pathname}${url.search}`,
      });
      return;
    }
    if (!signedIn(req)) {
      send(
        res,
        401,
        page(
          'Open Dossier with its address',
          'Open the address Dossier printed in the terminal when it started: it ends with ?token=… and changes each time Dossier starts.',
        ),
        'text/html; charset=utf-8',
      );
      return;
    }
    const file = staticFile(options.staticDir, url.pathname);
    if (file === null) {
      send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.mime,
      'Content-Length': file.size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file.path)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  const server = createServer((req, res) => {
    // DNS rebinding: a page under another name that now points here is not ours.
    if (!hostAllowed(req.headers.host, port)) {
      send(
        res,
        403,
        'Refused: this is not the address Dossier serves.',
        'text/plain; charset=utf-8',
      );
      return;
    }
    // Another site (or another program's page on this machine) calling in.
    if (!originAllowed(req.headers.origin, port)) {
      send(res, 403, 'Refused: the request came from another site.', 'text/plain; charset=utf-8');
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      send(res, 400, 'Bad request.', 'text/plain; charset=utf-8');
      return;
    }
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      api(req, res, url.pathname).catch(() => {
        if (!res.headersSent) sendJson(res, 500, refusal('internal', 'The call failed.'));
        else res.destroy();
      });
      return;
    }
    pages(req, res, url);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The loopback interface only: never 0.0.0.0 or ::, so no other machine can connect.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
