import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, tempBackend, tempDir } from '../helpers';

/** Issue 7, item 4: bad input, told plainly. */

async function demo() {
  const b = tempBackend();
  await b.call('library.init', { demo: true });
  return b;
}

const exchange = (persons: unknown[]): string =>
  JSON.stringify({ format: 'dossier-library', version: 1, persons });

describe('import files that are not UTF-8', () => {
  it('invalid UTF-8 is refused with its byte offset; nothing turns into U+FFFD', async () => {
    const b = await demo();
    const dir = tempDir();
    const good = Buffer.from(exchange([{ name: 'Xədicə' }]), 'utf8');
    // Windows-1251 "Хадиджа" where UTF-8 was expected.
    const at = good.indexOf(Buffer.from('Xədicə'));
    const cp1251 = Buffer.from([0xd5, 0xe0, 0xe4, 0xe8, 0xe4, 0xe6, 0xe0]);
    const bad = Buffer.concat([
      good.subarray(0, at),
      cp1251,
      good.subarray(at + 'Xədicə'.length + 2),
    ]);
    const file = join(dir, 'cp1251.json');
    writeFileSync(file, bad);
    const err = await failure(b.call('library.import', { path: file }));
    expect(err.code).toBe('invalid_input');
    expect(err.message).toContain(`byte ${at}`);
    expect(err.message).toContain('UTF-8');
    const names = (await b.call('persons.list', {})).map((x) => x.name);
    expect(names.some((n) => n.includes('\ufffd'))).toBe(false);
  });

  it('UTF-16 with a byte order mark is read as what it says', async () => {
    const b = await demo();
    const file = join(tempDir(), 'utf16.json');
    const body = Buffer.from(exchange([{ name: 'Хадиджа Исмаилова-Тест' }]), 'utf16le');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
    await b.call('library.import', { path: file });
    expect((await b.call('persons.list', {})).map((x) => x.name)).toContain(
      'Хадиджа Исмаилова-Тест',
    );
  });
});

describe('files that are not regular files', () => {
  it('/dev/zero and a FIFO are refused before reading', async () => {
    const b = await demo();
    const fifo = join(tempDir(), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      for (const method of ['library.import', 'documents.import'] as const) {
        const err = await failure(b.call(method, { path }));
        expect(err.code, `${method} ${path}`).toBe('invalid_input');
        expect(err.message).toContain('not a regular file');
      }
    }
  }, 10_000);
});

describe('events', () => {
  it('years before 1800 or after 2100 are refused as typos', async () => {
    const b = await demo();
    const [c] = await b.call('cases.list', {});
    for (const date of ['1014-05-01', '2104', '1799-12']) {
      const r = await b.dispatch(
        'events.save',
        { event: { caseId: c?.id, date, type: 'arrest' } },
        'window',
      );
      expect(r.ok, date).toBe(false);
      if (!r.ok) {
        expect(r.error.place).toBe('event.date');
        expect(r.error.message).toContain('between 1800 and 2100');
      }
    }
    expect(
      (
        await b.dispatch(
          'events.save',
          { event: { caseId: c?.id, date: '2100-12-31', type: 'arrest' } },
          'window',
        )
      ).ok,
    ).toBe(true);
  });
});

describe('messages', () => {
  it('a backup to a folder that does not exist names the destination, not the library', async () => {
    const b = await demo();
    const err = await failure(b.call('library.backup', { path: '/nonexistent/dir/b.db' }));
    expect(err.message).toContain('/nonexistent/dir');
    expect(err.message).not.toContain(b.libraryPath);
  });

  it('carry no method prefix and no escape sequences', async () => {
    const b = tempBackend();
    const short = await failure(b.call('library.init', { encrypted: true, passphrase: 'short' }));
    expect(short.message).toMatch(/^A passphrase needs at least 8 characters/);
    await b.call('library.init', { demo: false });
    const file = join(tempDir(), 'broken.json');
    writeFileSync(
      file,
      '{\n  "format": "dossier-library",\n  "persons": [\n    {"name": }\n  ]\n}\n',
    );
    const err = await failure(b.call('library.import', { path: file }));
    expect(err.message).toContain('line 4');
    expect(err.message).not.toMatch(/\\[nrt"]/);
    const named = await failure(
      b.call('persons.save', { person: { name: 'X', aliases: [{ name: '', script: 'cyrl' }] } }),
    );
    expect(named.message).not.toMatch(/^persons\.save/);
    expect(named.place).toBe('person.aliases[0].name');
  });
});
