import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listBackups } from '../../src/backend/backups/backups';
import { describe, expect, it } from 'vitest';
import { Backend } from '../../src/backend/backend';
import { doc, p } from '../../src/core/document/build';
import { fileKind } from '../../src/store/encryption';
import { backupFolder } from '../../src/store/library';
import { allFiles, leaks, libraryFiles, SECRETS, secretsIn } from '../encryptionHelpers';
import { failure, onCleanup, tempBackend, tempDir } from '../helpers';

const PASS = 'Qız qalası 1184 — gecə';

/** The copy kept before a restore is named to the second: two restores need a second between. */
const nextSecond = (): Promise<void> => new Promise((r) => setTimeout(r, 1100));
const OTHER = 'another long passphrase';

/** Writes a person with aliases, a snippet and a document, all made of SECRETS. */
async function writeSecrets(b: Backend): Promise<void> {
  const person = await b.call('persons.save', {
    person: {
      name: SECRETS.name,
      aliases: [
        { name: SECRETS.cyrillic, script: 'cyrl' },
        { name: SECRETS.latin, script: 'latn' },
      ],
      country: 'AZ',
      notes: SECRETS.notes,
    },
  });
  const c = await b.call('cases.save', {
    case: { title: `The case of ${SECRETS.latin}`, personIds: [person.id], country: 'AZ' },
  });
  await b.call('snippets.save', {
    snippet: {
      title: SECRETS.snippetTitle,
      kind: 'case_summary',
      content: doc(p(SECRETS.snippetText)),
      caseIds: [c.id],
    },
  });
  await b.call('documents.save', {
    document: { title: SECRETS.documentTitle, content: doc(p(SECRETS.documentText)) },
  });
}

async function encryptedBackend(passphrase = PASS): Promise<Backend> {
  const b = tempBackend();
  await b.call('library.init', { demo: false, encrypted: true, passphrase });
  return b;
}

describe('an encrypted library', () => {
  it('keeps names, aliases, snippets and documents out of the raw bytes of the library, its WAL and its backups', async () => {
    const b = await encryptedBackend();
    await writeSecrets(b);
    expect((await b.call('library.info', {})).encrypted).toBe(true);
    // Found through the search index, while the file holds none of it readably.
    const hits = await b.call('search.query', { query: 'Zahranigar' });
    expect(hits.results.map((h) => h.kind)).toContain('person');

    // While open: the WAL holds the latest pages.
    expect(existsSync(`${b.libraryPath}-wal`)).toBe(true);
    expect(leaks(libraryFiles(b.libraryPath))).toEqual({});

    const backup = join(tempDir(), 'backup.db');
    const made = await b.call('library.backup', { path: backup });
    expect(made.encrypted).toBe(true);
    expect(fileKind(backup)).toBe('encrypted');
    expect(readFileSync(backup).subarray(0, 16).toString('latin1')).not.toContain('SQLite');
    expect(secretsIn(backup)).toEqual([]);

    b.close();
    expect(leaks(libraryFiles(b.libraryPath))).toEqual({});
    expect(fileKind(b.libraryPath)).toBe('encrypted');
  });

  it('the same writes to a plain library are found by the same scan (the scan works)', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await writeSecrets(b);
    b.close();
    const found = secretsIn(b.libraryPath);
    for (const form of [
      `${SECRETS.name.split(' ')[0]} (UTF-8)`,
      'Захранигяр (UTF-8)',
      'Тамерланов (UTF-8)',
      'zahranigar (UTF-8)', // the folded shadow text of the search index
      'Octaviusmerrow (UTF-8)',
    ]) {
      expect(found).toContain(form);
    }
  });

  it('refuses to be created without a passphrase, or with a short one', async () => {
    const b = tempBackend();
    expect(await b.dispatch('library.init', { encrypted: true }, 'cli')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', place: 'passphrase' },
    });
    const short = await b.dispatch('library.init', { encrypted: true, passphrase: 'short' }, 'cli');
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(JSON.stringify(short)).toContain('at least 8 characters');
    expect(existsSync(b.libraryPath)).toBe(false);
  });

  it('refuses a wrong passphrase clearly and writes nothing', async () => {
    const b = await encryptedBackend();
    await writeSecrets(b);
    b.close();
    const dir = join(b.libraryPath, '..');
    const before = readFileSync(b.libraryPath);
    const listing = readdirSync(dir).sort();

    const other = new Backend({ libraryPath: b.libraryPath, passphrase: 'not the passphrase' });
    onCleanup(() => other.close());
    const err = await failure(other.call('persons.list', {}));
    expect(err.code).toBe('wrong_passphrase');
    expect(err.message).toContain('Wrong passphrase');
    expect(err.message).not.toMatch(/not a (SQLite )?database/i);
    const none = new Backend({ libraryPath: b.libraryPath });
    onCleanup(() => none.close());
    const locked = await failure(none.call('persons.list', {}));
    expect(locked.code).toBe('passphrase_required');
    expect(locked.message).toContain('encrypted');
    expect(locked.next).toEqual({ do: 'give-passphrase' });
    expect(
      await none.dispatch('library.unlock', { passphrase: 'still not it' }, 'cli'),
    ).toMatchObject({
      ok: false,
      error: { code: 'wrong_passphrase' },
    });

    expect(readFileSync(b.libraryPath).equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(listing);
    // The right one still opens it.
    const right = new Backend({ libraryPath: b.libraryPath, passphrase: PASS });
    onCleanup(() => right.close());
    expect((await right.call('persons.list', {})).map((x) => x.name)).toEqual([SECRETS.name]);
  });

  it('a passphrase typed composed or decomposed opens the same library', async () => {
    const b = await encryptedBackend(PASS.normalize('NFD'));
    b.close();
    const other = new Backend({ libraryPath: b.libraryPath, passphrase: PASS.normalize('NFC') });
    onCleanup(() => other.close());
    expect((await other.call('library.info', {})).encrypted).toBe(true);
  });

  it('locks (calls then fail with a clear error) and unlocks', async () => {
    const b = await encryptedBackend();
    await writeSecrets(b);
    expect(await b.call('library.lock', {})).toEqual({ locked: true });
    expect(b.isOpen()).toBe(false);
    expect(b.passphrase()).toBeNull();
    for (const method of ['persons.list', 'library.info', 'search.query'] as const) {
      const r = await b.dispatch(method, method === 'search.query' ? { query: 'x' } : {}, 'cli');
      expect(r).toMatchObject({ ok: false, error: { code: 'passphrase_required' } });
    }
    const wrong = await failure(b.call('library.unlock', { passphrase: OTHER }));
    expect(wrong.code).toBe('wrong_passphrase');
    expect(b.isOpen()).toBe(false);
    const info = await b.call('library.unlock', { passphrase: PASS });
    expect(info).toMatchObject({ encrypted: true, counts: { persons: 1, snippets: 1 } });
    expect((await b.call('persons.list', {}))[0]?.name).toBe(SECRETS.name);
    expect(await b.call('library.check', {})).toEqual({ ok: true, problems: [] });
  });

  it('locking a plain library just closes it', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    expect(await b.call('library.lock', {})).toEqual({ locked: false });
    expect((await b.call('library.info', {})).encrypted).toBe(false);
  });

  it('changes its passphrase: the old one fails, the new one works, backups follow', async () => {
    const b = await encryptedBackend();
    await writeSecrets(b);
    const folder = backupFolder(b.libraryPath);
    mkdirSync(folder, { recursive: true });
    const backup = join(folder, `${basename(b.libraryPath)}-scheduled-20261128T180000Z.db`);
    // A backup as the schedule makes them (a user's backup never goes into that folder).
    b.library().db.prepare('VACUUM INTO ?').run(backup);

    const wrong = await failure(
      b.call('library.changePassphrase', { passphrase: OTHER, newPassphrase: 'a new passphrase' }),
    );
    expect(wrong.code).toBe('wrong_passphrase');
    const same = await failure(
      b.call('library.changePassphrase', { passphrase: PASS, newPassphrase: PASS }),
    );
    expect(same.code).toBe('invalid_input');

    const r = await b.call('library.changePassphrase', {
      passphrase: PASS,
      newPassphrase: 'a new passphrase',
    });
    expect(r.info.encrypted).toBe(true);
    // Every rolling backup beside the library follows the new passphrase.
    expect(r.backups).toEqual({ encrypted: listBackups(b.libraryPath).length, skipped: [] });
    expect(r.backups.encrypted).toBeGreaterThan(0);
    expect((await b.call('persons.list', {}))[0]?.name).toBe(SECRETS.name);
    b.close();

    const old = new Backend({ libraryPath: b.libraryPath, passphrase: PASS });
    onCleanup(() => old.close());
    expect((await failure(old.call('persons.list', {}))).code).toBe('wrong_passphrase');
    const fresh = new Backend({ libraryPath: b.libraryPath, passphrase: 'a new passphrase' });
    onCleanup(() => fresh.close());
    expect((await fresh.call('persons.list', {}))[0]?.name).toBe(SECRETS.name);
    // The backup moved to the new passphrase too.
    expect((await fresh.call('library.restore', { path: backup })).info.counts.persons).toBe(1);
    expect(leaks(allFiles(join(b.libraryPath, '..')))).toEqual({});
    expect(readdirSync(join(b.libraryPath, '..')).filter((n) => n.includes('encrypting'))).toEqual(
      [],
    );
  });

  it('restores an encrypted backup with the current passphrase, and stays encrypted restoring a plain one', async () => {
    const b = await encryptedBackend();
    await writeSecrets(b);
    const dir = tempDir();
    const backup = join(dir, 'before.db');
    await b.call('library.backup', { path: backup });
    await b.call('persons.save', { person: { name: 'Later addition' } });
    const r = await b.call('library.restore', { path: backup });
    expect(r.info).toMatchObject({ encrypted: true, counts: { persons: 1 } });
    expect(fileKind(r.previousCopy ?? '')).toBe('encrypted');
    expect(secretsIn(r.previousCopy ?? '')).toEqual([]);

    // A plain backup (from a plain library) restored into the encrypted library.
    const plain = tempBackend();
    await plain.call('library.init', { demo: false });
    await writeSecrets(plain);
    const plainBackup = join(dir, 'plain.db');
    await plain.call('library.backup', { path: plainBackup });
    expect(secretsIn(plainBackup).length).toBeGreaterThan(0);
    await nextSecond();
    const again = await b.call('library.restore', { path: plainBackup });
    expect(again.info.encrypted).toBe(true);
    b.close();
    expect(fileKind(b.libraryPath)).toBe('encrypted');
    expect(leaks(allFiles(join(b.libraryPath, '..')))).toEqual({});
    expect(readFileSync(plainBackup).subarray(0, 6).toString()).toBe('SQLite'); // left as it was

    // A backup under another passphrase: refused, unless its own passphrase is given.
    const stranger = await encryptedBackend(OTHER);
    await writeSecrets(stranger);
    const foreign = join(dir, 'foreign.db');
    await stranger.call('library.backup', { path: foreign });
    const refused = await failure(b.call('library.restore', { path: foreign }));
    expect(refused.code).toBe('wrong_passphrase');
    expect(refused.place).toBe(foreign);
    await nextSecond();
    const restored = await b.call('library.restore', { path: foreign, passphrase: OTHER });
    expect(restored.info.encrypted).toBe(true);
    b.close();
    // ... and the library keeps its own passphrase.
    const check = new Backend({ libraryPath: b.libraryPath, passphrase: PASS });
    onCleanup(() => check.close());
    expect((await check.call('library.info', {})).counts.persons).toBe(1);
  });
});

describe('encrypting a plain library', () => {
  it('converts in place and leaves no plaintext behind: not the library, its WAL, nor its backups', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: true });
    await writeSecrets(b);
    const folder = backupFolder(b.libraryPath);
    mkdirSync(folder, { recursive: true });
    const plainBackup = join(folder, `${basename(b.libraryPath)}-scheduled-20261128T180000Z.db`);
    b.library().db.prepare('VACUUM INTO ?').run(plainBackup);
    expect(secretsIn(plainBackup).length).toBeGreaterThan(0);
    const dir = join(b.libraryPath, '..');
    expect(Object.keys(leaks(allFiles(dir))).length).toBeGreaterThan(0);

    const r = await b.call('library.encrypt', { passphrase: PASS });
    expect(r.plainCopy).toBeNull();
    // The plain backup made by hand and the rolling ones made as the library changed.
    expect(r.backups).toEqual({ encrypted: listBackups(b.libraryPath).length, skipped: [] });
    expect(r.backups.encrypted).toBeGreaterThanOrEqual(2);
    expect(r.info).toMatchObject({ encrypted: true, counts: { persons: 8, documents: 4 } });
    expect((await b.call('search.query', { query: 'Xədicə' })).results[0]?.title).toBe(
      'Khadija Ismayilova',
    );
    expect(leaks(allFiles(dir))).toEqual({});
    b.close();
    expect(leaks(allFiles(dir))).toEqual({});
    expect(
      allFiles(dir)
        .map((f) => basename(f))
        .sort(),
    ).toEqual([basename(b.libraryPath), ...listBackups(b.libraryPath).map((e) => e.name)].sort());
    expect(allFiles(dir).map((f) => basename(f))).toContain(basename(plainBackup));
    for (const f of allFiles(dir)) expect(fileKind(f)).toBe('encrypted');

    const again = new Backend({ libraryPath: b.libraryPath, passphrase: PASS });
    onCleanup(() => again.close());
    expect(await again.call('library.check', {})).toEqual({ ok: true, problems: [] });
    expect((await failure(again.call('library.encrypt', { passphrase: OTHER }))).code).toBe(
      'conflict',
    );
  });

  it('keeps the plain copy only when asked, and says where', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await writeSecrets(b);
    const r = await b.call('library.encrypt', { passphrase: PASS, keepPlainCopy: true });
    expect(r.plainCopy).not.toBeNull();
    const copy = r.plainCopy ?? '';
    expect(statSync(copy).isFile()).toBe(true);
    expect(fileKind(copy)).toBe('plain');
    expect(secretsIn(copy).length).toBeGreaterThan(0);
    expect(secretsIn(b.libraryPath)).toEqual([]);
  });

  it('refuses a short passphrase and changes nothing', async () => {
    const b = tempBackend();
    await b.call('library.init', { demo: false });
    await writeSecrets(b);
    const r = await b.dispatch('library.encrypt', { passphrase: '1234567' }, 'cli');
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    b.close();
    expect(fileKind(b.libraryPath)).toBe('plain');
  });
});
