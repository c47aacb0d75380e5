import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';

it('the page’s own CSP is the one both doors send (less frame-ancestors, which a meta tag cannot set)', () => {
  const html = readFileSync(resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8');
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  const expected = CONTENT_SECURITY_POLICY.split('; ').filter(
    (d) => !d.startsWith('frame-ancestors'),
  );
  expect(meta?.split('; ')).toEqual(expected);
});
