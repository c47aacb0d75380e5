import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/store/encryption';
import { allFiles } from '../encryptionHelpers';
import { tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'dossier.js');
const PASS = 'Bakı küləyi 2026';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs dossier with stdin a pipe (not a terminal), as scripts and CI do. */
function dossier(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    env: {
      ...process.env,
      DOSSIER_LIBRARY: '',
      DOSSIER_PASSPHRASE: '',
      DOSSIER_NEW_PASSPHRASE: '',
      DOSSIER_BACKUP_PASSPHRASE: '',
      ...env,
    },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: Run): string {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

function failed(r: Run): string {
  expect(r.status).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('dossier: ')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
}

/** Raw bytes of every file in `dir` that hold any of `words` (UTF-8 or UTF-16LE). */
function plaintextIn(dir: string, words: readonly string[]): string[] {
  return allFiles(dir).flatMap((f) => {
    const bytes = readFileSync(f);
    return words
      .filter((w) => bytes.includes(Buffer.from(w)) || bytes.includes(Buffer.from(w, 'utf16le')))
      .map((w) => `${f}: ${w}`);
  });
}

const DEMO_WORDS = ['Ismayilova', 'İsmayılova', 'Исмаилова', 'ismayilova', 'Xədicə', 'Khadija'];

describe('dossier and an encrypted library', () => {
  it('init --encrypted with DOSSIER_PASSPHRASE, then search and doc export with it', () => {
    const dir = tempDir();
    const lib = join(dir, 'lib.db');
    const env = { DOSSIER_PASSPHRASE: PASS };
    const init = ok(dossier(['init', '--demo', '--encrypted', '--library', lib], env));
    expect(init).toContain(`Created ${lib} (encrypted): 7 persons`);
    expect(init).toContain('cannot be recovered');
    expect(fileKind(lib)).toBe('encrypted');
    expect(plaintextIn(dir, DEMO_WORDS)).toEqual([]);

    const hits = JSON.parse(ok(dossier(['search', 'Xədicə', '--json', '--library', lib], env))) as {
      title: string;
    }[];
    expect(hits[0]?.title).toBe('Khadija Ismayilova');
    expect(ok(dossier(['info', '--library', lib], env))).toContain('encrypted');

    const docs = JSON.parse(ok(dossier(['doc', 'list', '--json', '--library', lib], env))) as {
      id: string;
      forumKey: string;
    }[];
    const statement = docs.find((d) => d.forumKey === 'joint-statement');
    const out = join(tempDir(), 'statement.html');
    ok(
      dossier(
        ['doc', 'export', statement?.id ?? '', '--format', 'html', '--out', out, '--library', lib],
        env,
      ),
    );
    expect(readFileSync(out, 'utf8')).toContain('<h1>Azerbaijan: free the human rights defenders');

    const backup = join(tempDir(), 'backup.db');
    expect(ok(dossier(['backup', backup, '--library', lib], env))).toContain('encrypted');
    expect(fileKind(backup)).toBe('encrypted');
    expect(plaintextIn(join(backup, '..'), DEMO_WORDS)).toEqual([]);
    expect(ok(dossier(['check', '--library', lib], env))).toBe('The library is intact.\n');
    expect(plaintextIn(dir, DEMO_WORDS)).toEqual([]);
  });

  it('without DOSSIER_PASSPHRASE and no terminal: a clear error, exit 1; a wrong one: said so', () => {
    const lib = join(tempDir(), 'lib.db');
    ok(dossier(['init', '--encrypted', '--library', lib], { DOSSIER_PASSPHRASE: PASS }));
    const before = readFileSync(lib);
    const err = failed(dossier(['persons', 'list', '--library', lib]));
    expect(err).toContain('is encrypted');
    expect(err).toContain('Set DOSSIER_PASSPHRASE');
    const wrong = failed(
      dossier(['persons', 'list', '--library', lib], { DOSSIER_PASSPHRASE: 'wrong passphrase' }),
    );
    expect(wrong).toContain('Wrong passphrase');
    expect(readFileSync(lib).equals(before)).toBe(true);
  });

  it('init --encrypted refuses without a passphrase to read, and a short one; creates nothing', () => {
    const dir = tempDir();
    const lib = join(dir, 'lib.db');
    expect(failed(dossier(['init', '--encrypted', '--library', lib]))).toContain(
      'set DOSSIER_PASSPHRASE',
    );
    expect(
      failed(dossier(['init', '--encrypted', '--library', lib], { DOSSIER_PASSPHRASE: 'short' })),
    ).toContain('at least 8 characters');
    expect(readdirSync(dir)).toEqual([]);
    // DOSSIER_PASSPHRASE alone does not encrypt: only --encrypted does.
    ok(dossier(['init', '--library', lib], { DOSSIER_PASSPHRASE: PASS }));
    expect(fileKind(lib)).toBe('plain');
    expect(ok(dossier(['info', '--library', lib], { DOSSIER_PASSPHRASE: PASS }))).not.toContain(
      'encrypted',
    );
  });

  it('encrypt converts a plain library and leaves no plaintext; passphrase changes it', () => {
    const dir = tempDir();
    const lib = join(dir, 'lib.db');
    ok(dossier(['init', '--demo', '--library', lib]));
    expect(plaintextIn(dir, DEMO_WORDS).length).toBeGreaterThan(0);
    expect(failed(dossier(['encrypt', '--library', lib]))).toContain('DOSSIER_PASSPHRASE');

    const out = ok(dossier(['encrypt', '--library', lib], { DOSSIER_PASSPHRASE: PASS }));
    expect(out).toContain(`Encrypted ${lib}.`);
    expect(out).toContain('The unencrypted file was overwritten.');
    expect(out).toContain('cannot be recovered');
    expect(plaintextIn(dir, DEMO_WORDS)).toEqual([]);
    // The library and its rolling backups, all encrypted (the scan above covers them too).
    expect(readdirSync(dir).sort()).toEqual(['lib.db', 'lib.db.backups']);
    expect(failed(dossier(['info', '--library', lib]))).toContain('DOSSIER_PASSPHRASE');

    const next = 'Şəki xan sarayı';
    expect(
      failed(dossier(['passphrase', '--library', lib], { DOSSIER_PASSPHRASE: PASS })),
    ).toContain('DOSSIER_NEW_PASSPHRASE');
    ok(
      dossier(['passphrase', '--library', lib], {
        DOSSIER_PASSPHRASE: PASS,
        DOSSIER_NEW_PASSPHRASE: next,
      }),
    );
    expect(
      failed(dossier(['persons', 'list', '--library', lib], { DOSSIER_PASSPHRASE: PASS })),
    ).toContain('Wrong passphrase');
    expect(
      ok(dossier(['persons', 'list', '--library', lib], { DOSSIER_PASSPHRASE: next })),
    ).toContain('Khadija Ismayilova');
    expect(plaintextIn(dir, DEMO_WORDS)).toEqual([]);
    // The rolling backups followed the new passphrase: they open with it, not with the old one.
    expect(
      ok(dossier(['backups', 'list', '--library', lib], { DOSSIER_PASSPHRASE: next })),
    ).toContain('scheduled');
  });
});
