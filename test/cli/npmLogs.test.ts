import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');

/** Every file under `dir` that contains `text`. */
function filesContaining(dir: string, text: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => readFileSync(f).includes(text));
}

/** A search term no file holds yet: found only where the command line was written down. */
const uniqueTerm = (): string => `Zq${randomBytes(6).toString('hex')}`;

describe('search terms stay out of npm debug logs', () => {
  // A home and an npm cache of their own, so npm's logs folder (<cache>/_logs) starts empty.
  const env = (home: string): NodeJS.ProcessEnv => ({
    ...process.env,
    HOME: home,
    USERPROFILE: home,
    npm_config_cache: join(home, '.npm'),
    npm_config_update_notifier: 'false',
    DOSSIER_LIBRARY: join(home, 'demo.db'),
  });

  it('the documented way, node bin/dossier.js, leaves the term in no file', () => {
    const home = tempDir();
    const term = uniqueTerm();
    for (const args of [
      ['init', '--demo'],
      ['search', term],
      ['search', term, '--json'],
    ]) {
      const r = spawnSync(process.execPath, ['bin/dossier.js', ...args], {
        cwd: root,
        env: env(home),
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
    expect(filesContaining(home, term)).toEqual([]);
    expect(existsSync(join(home, '.npm', '_logs'))).toBe(false);
  });

  it("while npx dossier writes it into npm's debug log (why the README does not use npx)", () => {
    const home = tempDir();
    const term = uniqueTerm();
    const init = spawnSync(process.execPath, ['bin/dossier.js', 'init', '--demo'], {
      cwd: root,
      env: env(home),
    });
    expect(init.status).toBe(0);
    const r = spawnSync('npx', ['dossier', 'search', term], {
      cwd: root,
      env: env(home),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Nothing found');
    const logged = filesContaining(join(home, '.npm', '_logs'), term);
    expect(logged.length).toBeGreaterThan(0);
  });

  it('the README runs the command the documented way in every example', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const examples = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) =>
      (m[1] ?? '').split('\n').filter((line) => /\bdossier\b/.test(line.replace(/#.*/, ''))),
    );
    expect(examples.length).toBeGreaterThan(10);
    expect(examples.filter((line) => !line.startsWith('node bin/dossier.js '))).toEqual([]);
  });
});
