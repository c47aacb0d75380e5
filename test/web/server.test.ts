import { existsSync, symlinkSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_CONTENT_BYTES } from '../../src/shared/api';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import { MAX_BODY_BYTES } from '../../src/web/server';
import { demoBackend, tempDir } from '../helpers';
import { callBody, JSON_TYPE, openDoor, raw, signedIn } from './doorHelpers';

function envelope(body: string): {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
} {
  return JSON.parse(body) as { ok: boolean; error?: { code: string; message: string } };
}

describe('the browser door lets in only its own pages', () => {
  it('refuses an API call without a token or cookie (401), and a page too', async () => {
    const door = await openDoor(await demoBackend());
    const call = await raw(door, 'POST', '/api/call', {
      headers: JSON_TYPE,
      body: callBody('persons.list'),
    });
    expect(call.status).toBe(401);
    expect(envelope(call.body)).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    expect(envelope(call.body).error?.message).toContain('?token=');
    const page = await raw(door, 'GET', '/');
    expect(page.status).toBe(401);
    expect(page.body).not.toContain('id="root"');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await raw(door, 'GET', '/assets/app.js')).status).toBe(401);
  });

  it('refuses a wrong token: as a cookie, as a bearer token, in the address', async () => {
    const door = await openDoor(await demoBackend());
    const wrong = `${door.token.slice(0, -1)}${door.token.endsWith('A') ? 'B' : 'A'}`;
    const tries: Record<string, string>[] = [
      { cookie: `dossier_session_${door.port}=${wrong}` },
      { cookie: `dossier_session_${door.port}=` },
      { cookie: `dossier_session_${door.port + 1}=${door.token}` },
      { authorization: `Bearer ${wrong}` },
      { authorization: `Bearer ${door.token}x` },
    ];
    for (const headers of tries) {
      const r = await raw(door, 'POST', '/api/call', {
        headers: { ...JSON_TYPE, ...headers },
        body: callBody('persons.list'),
      });
      expect(r.status, JSON.stringify(headers)).toBe(401);
    }
    const page = await raw(door, 'GET', `/?token=${wrong}`);
    expect(page.status).toBe(401);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers.location).toBeUndefined();
  });

  it('exchanges the token for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    const door = await openDoor(await demoBackend());
    expect(door.url).toBe(`http://127.0.0.1:${door.port}/?token=${door.token}`);
    const r = await raw(door, 'GET', `/?token=${door.token}`);
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
    expect(r.headers['set-cookie']).toEqual([
      `dossier_session_${door.port}=${door.token}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    // Anything else in the address stays; only the token goes.
    const other = await raw(door, 'GET', `/index.html?lang=az&token=${door.token}`);
    expect(other.headers.location).toBe('/index.html?lang=az');
  });

  it('with the cookie, serves the pages and answers calls', async () => {
    const door = await openDoor(await demoBackend());
    const page = await raw(door, 'GET', '/', { headers: signedIn(door) });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('<div id="root">');
    const script = await raw(door, 'GET', '/assets/app.js', { headers: signedIn(door) });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await raw(door, 'HEAD', '/', { headers: signedIn(door) });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const call = await raw(door, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(door) },
      body: callBody('library.info'),
    });
    expect(call.status).toBe(200);
    expect(envelope(call.body)).toMatchObject({ ok: true, value: { counts: { persons: 7 } } });
    // A program (the UI tests) may send the token itself.
    const bearer = await raw(door, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, authorization: `Bearer ${door.token}` },
      body: callBody('persons.list'),
    });
    expect(envelope(bearer.body)).toMatchObject({ ok: true });
  });

  it('refuses a foreign Host, cookie or not (DNS rebinding): 403', async () => {
    const door = await openDoor(await demoBackend());
    for (const host of [
      `evil.example:${door.port}`,
      '127.0.0.1.evil.example',
      `127.0.0.1.evil.example:${door.port}`,
      `localhost.evil.example:${door.port}`,
      `127.0.0.1:${door.port + 1}`,
      '127.0.0.1',
      'localhost',
      `0.0.0.0:${door.port}`,
      `[::1]:${door.port}`,
    ]) {
      const call = await raw(door, 'POST', '/api/call', {
        headers: { ...JSON_TYPE, ...signedIn(door), host },
        body: callBody('persons.list'),
      });
      expect(call.status, host).toBe(403);
      expect(call.body).not.toContain('Ismayilova');
      const page = await raw(door, 'GET', `/?token=${door.token}`, { headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.headers['set-cookie']).toBeUndefined();
    }
    for (const host of [`localhost:${door.port}`, `LOCALHOST:${door.port}`]) {
      const call = await raw(door, 'POST', '/api/call', {
        headers: { ...JSON_TYPE, ...signedIn(door), host },
        body: callBody('persons.list'),
      });
      expect(call.status, host).toBe(200);
    }
  });

  it('refuses another site’s Origin (403), and takes its own', async () => {
    const door = await openDoor(await demoBackend());
    const send = (headers: Record<string, string>) =>
      raw(door, 'POST', '/api/call', {
        headers: { ...JSON_TYPE, ...signedIn(door), ...headers },
        body: callBody('persons.list'),
      });
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${door.port}`,
      `http://127.0.0.1:${door.port + 1}`,
      `https://127.0.0.1:${door.port}`,
      `http://127.0.0.1.evil.example:${door.port}`,
      'null',
    ]) {
      expect((await send({ origin })).status, origin).toBe(403);
    }
    // Another port of this machine is the same "site" to a browser: still not ours.
    expect((await send({ 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await send({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    for (const origin of [`http://127.0.0.1:${door.port}`, `http://localhost:${door.port}`]) {
      const r = await send({ origin, 'sec-fetch-site': 'same-origin' });
      expect(r.status, origin).toBe(200);
      expect(envelope(r.body).ok).toBe(true);
    }
  });

  it('refuses an oversized body (413), counting what arrives rather than trusting Content-Length', async () => {
    const backend = await demoBackend();
    // The contract's largest upload fits, whatever JSON escaping does to quotes and line breaks.
    expect(MAX_BODY_BYTES).toBeGreaterThanOrEqual(2 * MAX_CONTENT_BYTES);
    const door = await openDoor(backend);
    const declared = await raw(door, 'POST', '/api/call', {
      headers: {
        ...JSON_TYPE,
        ...signedIn(door),
        'content-length': String(MAX_BODY_BYTES + 1),
      },
      body: '{"method":',
    });
    expect(declared.status).toBe(413);
    expect(envelope(declared.body).error?.message).toContain('dossier command');

    const small = await openDoor(backend, { maxBodyBytes: 64 * 1024 });
    const piece = Buffer.alloc(16 * 1024, 0x20);
    const streamed = await raw(small, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(small) },
      chunks: (function* () {
        for (let i = 0; i < 64; i++) yield piece;
      })(),
    });
    expect(streamed.status).toBe(413);
    const fits = await raw(small, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(small) },
      body: callBody('library.info'),
    });
    expect(fits.status).toBe(200);
  });

  it('passes an upload of the contract’s largest size on to the backend', async () => {
    const door = await openDoor(await demoBackend());
    const content = 'a'.repeat(MAX_CONTENT_BYTES);
    const r = await raw(door, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(door) },
      body: callBody('library.importContent', { name: 'big.json', content }),
    });
    expect(r.status).toBe(200);
    // The backend's own answer: not an exchange file.
    expect(envelope(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(envelope(r.body).error?.message).not.toContain('64 MB');
  });

  it('takes only POST on the API (405), as JSON only (415); bad JSON is a 400', async () => {
    const door = await openDoor(await demoBackend());
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const r = await raw(door, method, '/api/call', { headers: signedIn(door) });
      expect(r.status, method).toBe(405);
      expect(r.headers.allow).toBe('POST');
    }
    const post = await raw(door, 'POST', '/index.html', { headers: signedIn(door) });
    expect(post.status).toBe(405);
    const form = await raw(door, 'POST', '/api/call', {
      headers: { ...signedIn(door), 'content-type': 'text/plain' },
      body: callBody('persons.list'),
    });
    expect(form.status).toBe(415);
    const bad = await raw(door, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(door) },
      body: '{"method": ',
    });
    expect(bad.status).toBe(400);
    expect((await raw(door, 'POST', '/api/other', { headers: signedIn(door) })).status).toBe(404);
  });

  it('serves nothing outside the built renderer (path traversal, hidden files, links out)', async () => {
    const door = await openDoor(await demoBackend());
    symlinkSync(door.site.secret, join(door.site.dir, 'link.txt'));
    symlinkSync(join(door.site.secret, '..'), join(door.site.dir, 'up'));
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/%00',
      '/.built',
      '/assets/',
      '/assets',
      '/link.txt',
      '/up/secret.txt',
      `/${encodeURIComponent(door.site.secret)}`,
      '/%E0%A4%A',
    ]) {
      const r = await raw(door, 'GET', path, { headers: signedIn(door) });
      expect(r.status, path).toBeGreaterThanOrEqual(400);
      expect(r.body, path).not.toContain('SECRET');
    }
  });

  it('sends the app’s CSP and the other security headers on every page', async () => {
    const door = await openDoor(await demoBackend());
    const answers = [
      await raw(door, 'GET', '/', { headers: signedIn(door) }),
      await raw(door, 'GET', '/assets/app.js', { headers: signedIn(door) }),
      await raw(door, 'GET', '/'),
      await raw(door, 'GET', '/nothing-here', { headers: signedIn(door) }),
      await raw(door, 'POST', '/api/call', {
        headers: { ...JSON_TYPE, ...signedIn(door) },
        body: callBody('library.info'),
      }),
    ];
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['cache-control']).toBe('no-store');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('listens on 127.0.0.1 only', async () => {
    const door = await openDoor(await demoBackend());
    expect(door.server.address()).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const others = Object.values(networkInterfaces())
      .flat()
      .flatMap((a) => (a === undefined || a.internal ? [] : [a.address]));
    for (const address of ['::1', ...others]) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: door.port, timeout: 2000 });
        socket.once('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.once('timeout', () => {
          socket.destroy();
          resolve('timeout');
        });
        socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });

  it('calls as the window: a method that takes a path is the backend’s refusal', async () => {
    const door = await openDoor(await demoBackend());
    const target = join(tempDir(), 'everything.json');
    const r = await raw(door, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, ...signedIn(door) },
      body: callBody('library.export', { path: target }),
    });
    expect(r.status).toBe(200);
    expect(envelope(r.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'library.export cannot be called from the window: it works on a file chosen by path.',
        place: 'library.export',
      },
    });
    expect(existsSync(target)).toBe(false);
  });

  it('gives each run its own token, and a cookie of one door opens no other', async () => {
    const backend = await demoBackend();
    const a = await openDoor(backend);
    const b = await openDoor(backend);
    expect(a.token).not.toBe(b.token);
    expect(Buffer.from(a.token, 'base64url').length).toBeGreaterThanOrEqual(32);
    const r = await raw(b, 'POST', '/api/call', {
      headers: { ...JSON_TYPE, cookie: `dossier_session_${b.port}=${a.token}` },
      body: callBody('persons.list'),
    });
    expect(r.status).toBe(401);
  });
});
