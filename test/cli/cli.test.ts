import Database from 'better-sqlite3-multiple-ciphers';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'dossier.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function dossier(args: string[], env: Record<string, string> = {}, cwd = root): Run {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, DOSSIER_LIBRARY: '', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(r: Run): string {
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** A failure: non-zero exit, one line on stderr starting "dossier:", nothing on stdout. */
function failed(r: Run, code = 1): string {
  expect(r.status).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('dossier: ')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  return r.stderr;
}

function demoLibrary(): string {
  const lib = join(tempDir(), 'demo.db');
  ok(dossier(['init', '--demo', '--library', lib]));
  return lib;
}

describe('the dossier command', () => {
  it('node bin/dossier.js init --demo, then search Khadija --json lists Khadija Ismayilova first', () => {
    const lib = join(tempDir(), 'demo.db');
    expect(ok(dossier(['init', '--demo', '--library', lib]))).toContain('7 persons, 7 cases');
    const results = JSON.parse(ok(dossier(['search', 'Khadija', '--library', lib, '--json']))) as {
      kind: string;
      id: string;
      title: string;
      score: number;
      excerpt: string;
    }[];
    expect(results[0]).toMatchObject({ kind: 'person', title: 'Khadija Ismayilova' });
    for (const r of results) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['kind', 'id', 'title', 'score', 'excerpt']),
      );
    }
  });

  it('searches with filters and prints highlighted results', () => {
    const lib = demoLibrary();
    const out = ok(
      dossier(['search', 'Xədicə', '--library', lib, '--kind', 'person', '--limit', '3']),
    );
    expect(out).toContain('1. person  [Khadija] Ismayilova');
    expect(out).toContain('[Xədicə]');
    const json = JSON.parse(
      ok(
        dossier([
          'search',
          'prosecution',
          '--library',
          lib,
          '--kind',
          'case',
          '--status',
          'acquitted',
          '--json',
        ]),
      ),
    ) as { title: string }[];
    expect(json.map((r) => r.title).sort()).toEqual([
      'Ilgar Mammadov: prosecution, imprisonment and acquittal (2013–2020)',
      'Rasul Jafarov: prosecution, imprisonment and acquittal (2014–2020)',
    ]);
    expect(ok(dossier(['search', 'zzzzqqq', '--library', lib]))).toBe('Nothing found.\n');
  });

  it('lists persons, cases, snippets and sources, as text and as JSON', () => {
    const lib = demoLibrary();
    expect(ok(dossier(['persons', 'list', '--library', lib]))).toContain(
      'Khadija Ismayilova (Xədicə İsmayılova, Хадиджа Исмаилова)',
    );
    const persons = JSON.parse(ok(dossier(['persons', 'list', '--json', '--library', lib]))) as {
      name: string;
    }[];
    expect(persons).toHaveLength(7);
    expect(ok(dossier(['cases', 'list', '--library', lib]))).toContain('[acquitted]');
    const cases = JSON.parse(
      ok(dossier(['cases', 'list', '--json', '--library', lib])),
    ) as unknown[];
    expect(cases).toHaveLength(7);
    expect(JSON.parse(ok(dossier(['snippets', 'list', '--json', '--library', lib])))).toHaveLength(
      19,
    );
    expect(ok(dossier(['sources', 'list', '--library', lib]))).toContain(
      'European Court of Human Rights',
    );
    expect(ok(dossier(['forums', 'list', '--library', lib]))).toContain('upr-stakeholder');
    expect(ok(dossier(['check', '--library', lib]))).toBe('The library is intact.\n');
  });

  it('shows a case with its facts as of a date', () => {
    const lib = demoLibrary();
    const cases = JSON.parse(ok(dossier(['cases', 'list', '--json', '--library', lib]))) as {
      id: string;
      title: string;
    }[];
    const khadija = cases.find((c) => c.title.startsWith('Khadija'));
    const text = ok(
      dossier(['case', 'show', khadija?.id ?? '', '--as-of', '2016-06-01', '--library', lib]),
    );
    expect(text).toContain(
      'Status:    released, sentence suspended since 25 May 2016 (as of 1 June 2016)',
    );
    expect(text).toContain('Deprived of liberty: 537 days — pretrial 270, prison 267');
    expect(text).toContain('Sentence:  3 years 6 months, suspended (25 May 2016)');
    const during = JSON.parse(
      ok(
        dossier([
          'case',
          'show',
          khadija?.id ?? '',
          '--as-of',
          '2015-10-01',
          '--json',
          '--library',
          lib,
        ]),
      ),
    ) as { facts: { status: string; days: { total: number } } };
    expect(during.facts.status).toBe('imprisoned');
    expect(during.facts.days.total).toBe(301);
  });

  it('exports, imports, backs up and restores', () => {
    const lib = demoLibrary();
    const dir = tempDir();
    const file = join(dir, 'lib.json');
    expect(ok(dossier(['export-library', file, '--library', lib]))).toContain('7 persons');
    const copy = join(dir, 'copy.db');
    ok(dossier(['init', '--library', copy]));
    expect(ok(dossier(['import', file, '--library', copy]))).toContain(
      'persons: 7 new, 0 updated, 0 unchanged',
    );
    expect(ok(dossier(['import', file, '--library', copy]))).toContain(
      'persons: 0 new, 0 updated, 7 unchanged',
    );

    const backup = join(dir, 'backup.db');
    expect(ok(dossier(['backup', backup, '--library', copy]))).toContain('Backed up to');
    const extra = join(dir, 'extra.json');
    writeFileSync(
      extra,
      JSON.stringify({
        format: 'dossier-library',
        version: 1,
        persons: [{ name: 'Later addition' }],
      }),
    );
    ok(dossier(['import', extra, '--library', copy]));
    expect(ok(dossier(['persons', 'list', '--library', copy]))).toContain('Later addition');
    expect(ok(dossier(['restore', backup, '--library', copy]))).toContain(
      'The library as it was is kept at',
    );
    expect(ok(dossier(['persons', 'list', '--library', copy]))).not.toContain('Later addition');
  });

  it('finds the library from --library, then DOSSIER_LIBRARY, then the per-user data folder', () => {
    const dir = tempDir();
    const viaEnv = join(dir, 'env.db');
    ok(dossier(['init'], { DOSSIER_LIBRARY: viaEnv }));
    expect(existsSync(viaEnv)).toBe(true);
    const home = join(dir, 'config');
    expect(ok(dossier(['init', '--demo'], { XDG_CONFIG_HOME: home, HOME: dir }))).toContain(
      join(home, 'Dossier', 'library.db'),
    );
    expect(ok(dossier(['info'], { XDG_CONFIG_HOME: home, HOME: dir }))).toContain('persons: 7');
    expect(
      ok(dossier(['info', '--library', viaEnv], { XDG_CONFIG_HOME: home, HOME: dir })),
    ).toContain('persons: 0');
  });
});

describe('the dossier command and bad input', () => {
  it('an unknown id', () => {
    const lib = demoLibrary();
    const err = failed(
      dossier(['case', 'show', '11111111-2222-4333-8444-555555555555', '--library', lib]),
    );
    expect(err).toContain('There is no case with id 11111111-2222-4333-8444-555555555555.');
    expect(failed(dossier(['case', 'show', 'khadija', '--library', lib]))).toContain(
      'dossier: Expected an id in UUID form',
    );
  });

  it('a malformed date', () => {
    const lib = demoLibrary();
    const r = dossier([
      'case',
      'show',
      '11111111-2222-4333-8444-555555555555',
      '--as-of',
      '2016-02-30',
      '--library',
      lib,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "option '--as-of <date>' argument '2016-02-30' is invalid. Expected a date as YYYY-MM-DD",
    );
  });

  it('no library yet', () => {
    const err = failed(dossier(['search', 'x', '--library', join(tempDir(), 'missing.db')]));
    expect(err).toContain('There is no library at');
    expect(err).toContain('dossier init');
  });

  it('a file that is not a library, left as it was', () => {
    const path = join(tempDir(), 'essay.db');
    writeFileSync(path, 'My essay about something else entirely.\n'.repeat(20));
    const before = readFileSync(path);
    expect(failed(dossier(['persons', 'list', '--library', path]))).toContain(
      'is not a Dossier library',
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('a library from a future version', () => {
    const lib = demoLibrary();
    const raw = new Database(lib);
    raw.pragma('user_version = 99');
    raw.close();
    expect(failed(dossier(['persons', 'list', '--library', lib]))).toContain(
      'newer version of Dossier',
    );
  });

  it('a read-only library', () => {
    const lib = demoLibrary();
    chmodSync(lib, 0o444);
    expect(failed(dossier(['persons', 'list', '--library', lib]))).toContain('is read-only');
  });

  it('a library locked by another program', () => {
    const lib = demoLibrary();
    const other = new Database(lib);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const file = join(tempDir(), 'one.json');
      writeFileSync(
        file,
        JSON.stringify({ format: 'dossier-library', version: 1, persons: [{ name: 'X' }] }),
      );
      expect(failed(dossier(['import', file, '--library', lib]))).toContain(
        'locked by another program',
      );
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(ok(dossier(['persons', 'list', '--library', lib]))).not.toContain('  X');
  });

  it('an import file with one bad entry among many', () => {
    const lib = demoLibrary();
    const file = join(tempDir(), 'bad.json');
    const persons = Array.from({ length: 30 }, (_, i) => ({
      name: `Person ${i}`,
      ...(i === 12 ? { visibility: 'secret' } : {}),
    }));
    writeFileSync(file, JSON.stringify({ format: 'dossier-library', version: 1, persons }));
    const err = failed(dossier(['import', file, '--library', lib]));
    expect(err).toContain('persons[12] ("Person 12").visibility');
    expect(err).toContain('Nothing was imported');
    expect(JSON.parse(ok(dossier(['persons', 'list', '--json', '--library', lib])))).toHaveLength(
      7,
    );
  });

  it('an unknown command or option is a usage error (exit 2)', () => {
    const r = dossier(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
    expect(dossier(['search', 'x', '--kind', 'planet']).status).toBe(2);
  });
});

describe('the dossier command and documents', () => {
  it('templates list, doc new, list, show, check (exit 1 on errors) and export', () => {
    const lib = demoLibrary();
    const dir = tempDir();
    const templates = JSON.parse(
      ok(dossier(['templates', 'list', '--json', '--library', lib])),
    ) as {
      id: string;
      name: string;
    }[];
    expect(templates.length).toBeGreaterThanOrEqual(9);
    const joint = templates.find((t) => t.name === 'UPR stakeholder submission — joint');
    const created = ok(
      dossier([
        'doc',
        'new',
        '--template',
        joint?.id ?? '',
        '--title',
        'Azerbaijan UPR 2023',
        '--library',
        lib,
      ]),
    );
    const id = /Created (\S+)/.exec(created)?.[1] ?? '';
    expect(ok(dossier(['doc', 'list', '--library', lib]))).toContain(
      `${id}  Azerbaijan UPR 2023  [upr-stakeholder, draft]`,
    );
    expect(ok(dossier(['doc', 'show', id, '--library', lib]))).toContain(
      'Forum:       upr-stakeholder',
    );

    const check = dossier(['doc', 'check', id, '--library', lib]);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('ERROR A joint document with no confirmed signatory.');
    const report = JSON.parse(dossier(['doc', 'check', id, '--json', '--library', lib]).stdout) as {
      errors: number;
    };
    expect(report.errors).toBeGreaterThan(0);

    const refused = dossier([
      'doc',
      'export',
      id,
      '--format',
      'docx',
      '--out',
      join(dir, 'x.docx'),
      '--library',
      lib,
    ]);
    expect(failed(refused)).toContain('Not exported: preflight found');
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
    expect(
      ok(
        dossier([
          'doc',
          'export',
          id,
          '--format',
          'docx',
          '--out',
          join(dir, 'x.docx'),
          '--force',
          '--library',
          lib,
        ]),
      ),
    ).toContain('Wrote');
    expect(readFileSync(join(dir, 'x.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('exports the demo documents, and carries one to another library', () => {
    const lib = demoLibrary();
    const dir = tempDir();
    const docs = JSON.parse(ok(dossier(['doc', 'list', '--json', '--library', lib]))) as {
      id: string;
      forumKey: string;
    }[];
    const cm = docs.find((d) => d.forumKey === 'cm-rule-9-2');
    expect(ok(dossier(['doc', 'check', cm?.id ?? '', '--library', lib]))).toContain('0 errors');
    for (const format of ['pdf', 'docx']) {
      ok(
        dossier([
          'doc',
          'export',
          cm?.id ?? '',
          '--format',
          format,
          '--out',
          join(dir, `cm.${format}`),
          '--library',
          lib,
        ]),
      );
    }
    expect(readFileSync(join(dir, 'cm.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const js = docs.find((d) => d.forumKey === 'joint-statement');
    ok(
      dossier([
        'doc',
        'export',
        js?.id ?? '',
        '--format',
        'html',
        '--out',
        join(dir, 'js.html'),
        '--library',
        lib,
      ]),
    );
    expect(readFileSync(join(dir, 'js.html'), 'utf8')).toContain(
      '<h1>Azerbaijan: free the human rights defenders',
    );
    ok(
      dossier([
        'doc',
        'export',
        cm?.id ?? '',
        '--format',
        'dossier',
        '--out',
        join(dir, 'cm.dossier.json'),
        '--library',
        lib,
      ]),
    );
    const other = demoLibrary();
    expect(
      ok(dossier(['doc', 'import', join(dir, 'cm.dossier.json'), '--library', other])),
    ).toContain('Unchanged:');
    const bad = dossier([
      'doc',
      'export',
      cm?.id ?? '',
      '--format',
      'odt',
      '--out',
      join(dir, 'cm.odt'),
      '--library',
      lib,
    ]);
    expect(bad.status).toBe(2);
  });
});

describe('the dossier command and backups', () => {
  it('backups list and backups restore NAME', () => {
    const lib = demoLibrary();
    const list = JSON.parse(ok(dossier(['backups', 'list', '--json', '--library', lib]))) as {
      name: string;
      reason: string;
    }[];
    expect(list.map((e) => e.reason)).toEqual(['scheduled']);
    expect(ok(dossier(['backups', 'list', '--library', lib]))).toContain(`${list[0]?.name}  `);
    const file = join(tempDir(), 'more.json');
    writeFileSync(
      file,
      JSON.stringify({ format: 'dossier-library', version: 1, persons: [{ name: 'Later' }] }),
    );
    ok(dossier(['import', file, '--library', lib]));
    expect(ok(dossier(['persons', 'list', '--library', lib]))).toContain('Later');
    expect(ok(dossier(['backups', 'restore', list[0]?.name ?? '', '--library', lib]))).toContain(
      'Restored',
    );
    expect(ok(dossier(['persons', 'list', '--library', lib]))).not.toContain('Later');
    expect(failed(dossier(['backups', 'restore', 'nothing.db', '--library', lib]))).toContain(
      'There is no backup named nothing.db',
    );
  });
});
