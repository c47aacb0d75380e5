import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the browser door: a page of its own address that holds this run's token (as
 * a cookie, after the first load exchanged it), or a program that sends the token itself.
 * Everything else on the machine (another site open in the browser, a page that rebinds a
 * name to 127.0.0.1, another local program) is refused.
 */

/** A fresh token for one run: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Whether `given` is the token, in time that does not depend on where they differ. */
export function isToken(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string' || given === '') return false;
  // Hashing first gives equal lengths, so even the token's length does not leak.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/**
 * The session cookie's name. Cookies are shared by every port of a host, so the name carries
 * the port: two doors open at once (two libraries) do not sign each other's pages out.
 */
export function cookieName(port: number): string {
  return `dossier_session_${port}`;
}

/** The cookie that holds the token: HttpOnly (no script reads it), sent only by our own pages. */
export function sessionCookie(port: number, token: string): string {
  // No Secure: the door speaks plain HTTP, on the loopback interface only.
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** A cookie's value in a Cookie header, or null. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/** The token a program sends itself: `Authorization: Bearer TOKEN`. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** The names our own address goes by: a page reached under any other Host is not ours. */
function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Whether a request's Host is ours. Anything else is DNS rebinding: a site whose name now
 * points at 127.0.0.1 (`evil.example:PORT`, `127.0.0.1.evil.example`), whose pages the browser
 * would let read our answers as its own.
 */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host !== undefined && ownHosts(port).includes(host.toLowerCase());
}

/**
 * Whether a request's Origin is ours (or absent: a navigation, or a program rather than a
 * browser). Another site, another port on this machine, or `null` (a sandboxed frame, a file)
 * is refused.
 */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return ownHosts(port).some((h) => origin === `http://${h}`);
}

/**
 * Whether the browser says the request came from our own pages (`Sec-Fetch-Site`), when it
 * says anything. `same-site` is refused too: another port of 127.0.0.1 is the same site.
 */
export function fetchSiteAllowed(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}
