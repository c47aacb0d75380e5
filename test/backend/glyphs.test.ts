import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, h1, italic, note, p, quote, text } from '../../src/core/document/build';
import { demoBackend, tempDir } from '../helpers';

// "Every letter prints" (issue 10): a document in Azerbaijani Cyrillic, Russian and Arabic, with
// one character no embedded font has (🦄, U+1F984: DejaVu Sans has 😀 but not it), exported as
// a PDF and read back with poppler-utils.

function tool(name: string, ...args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8' });
}

const content = doc(
  h1('Names in three scripts'),
  p('Azerbaijani Cyrillic: Ҹәлил Ҹаббаров, ҹәза; Ғ ғ Һ һ Ј ј Ү ү Ө ө Ә ә.'),
  p('Russian: ', italic('Хадиджа Исмаилова'), ', «свобода слова».'),
  p('Arabic: the journalist محمد علي حسن', note(text('Quoted as “الحرية للصحفيين”.')), '.'),
  quote('لا يجوز اعتقال أي إنسان أو حجزه أو نفيه تعسفاً.'),
  h1('Reactions'),
  p('A reader answered 🦄 under the post.'),
);

describe('letters beyond DejaVu Serif', () => {
  it('print in the PDF, and preflight names exactly the one no font has', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.save', {
      document: { title: 'Ҹәлил Ҹаббаров and محمد علي حسن', content },
    });

    const report = await b.call('documents.check', { id: d.id, format: 'pdf' });
    expect(report.findings.filter((f) => f.code === 'missing-glyph')).toEqual([
      {
        severity: 'warning',
        code: 'missing-glyph',
        place: 'root.children[6]',
        where: 'under "Reactions", paragraph 1',
        message:
          'U+1F984 (🦄) has no glyph in the fonts the PDF embeds: it prints as an empty box.',
        fix: "Replace or remove the character (an emoji with words, say), or send a .docx, which the reader's own fonts show.",
      },
    ]);
    // The editor's preflight says so too; a .docx or HTML export is shown in the reader's fonts.
    const preview = await b.call('documents.preview', { id: d.id });
    expect(preview.report.findings.filter((f) => f.code === 'missing-glyph')).toHaveLength(1);
    for (const format of ['docx', 'html'] as const)
      expect(
        (await b.call('documents.check', { id: d.id, format })).findings.map((f) => f.code),
      ).not.toContain('missing-glyph');

    const file = join(tempDir(), 'letters.pdf');
    await b.call('documents.export', { id: d.id, format: 'pdf', path: file });
    const fonts = tool('pdffonts', file);
    for (const name of [
      'DejaVuSerif',
      'NotoSerif-Regular',
      'NotoSerif-Bold',
      'NotoNaskhArabic-Regular',
      'NotoNaskhArabic-Bold',
    ])
      expect(fonts).toMatch(
        new RegExp(`[A-Z]{6}\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`),
      );
    expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    // pdftotext marks right-to-left stretches with embedding controls; the words are as written.
    const read = tool('pdftotext', file, '-').replace(/[\u202a-\u202e]/g, '');
    const flat = read.replace(/\s+/g, ' ');
    expect(flat).toContain('Ҹәлил Ҹаббаров and'); // the title, bold
    expect(flat).toContain('Azerbaijani Cyrillic: Ҹәлил Ҹаббаров, ҹәза; Ғ ғ Һ һ Ј ј Ү ү Ө ө Ә ә.');
    expect(flat).toContain('Хадиджа Исмаилова, «свобода слова»');
    expect(read).toContain('محمد علي حسن');
    expect(read).toContain('الحرية للصحفيين');
    expect(read).toContain('لا يجوز اعتقال أي إنسان أو حجزه أو نفيه');
  });

  it('finds nothing to report in the demo documents', async () => {
    const b = await demoBackend();
    for (const d of await b.call('documents.list', {})) {
      const report = await b.call('documents.check', { id: d.id, format: 'pdf' });
      expect(
        report.findings.filter((f) => f.code === 'missing-glyph'),
        d.title,
      ).toEqual([]);
    }
  });

  it('reports each place with its characters, and the title and notes too', async () => {
    const b = await demoBackend();
    const d = await b.call('documents.save', {
      document: {
        title: 'Replies 🦄',
        content: doc(p('Fine: Ҹ ҹ محمد 😀.'), p('Not: 一 and 🦄 and 一', note(text('Also 龘.')))),
      },
    });
    const found = (await b.call('documents.check', { id: d.id })).findings
      .filter((f) => f.code === 'missing-glyph')
      .map((f) => [f.place, f.where, f.message]);
    expect(found).toEqual([
      [
        'title',
        'the title',
        'U+1F984 (🦄) has no glyph in the fonts the PDF embeds: it prints as an empty box.',
      ],
      [
        'shortTitle',
        'the running header',
        'U+1F984 (🦄) has no glyph in the fonts the PDF embeds: it prints as an empty box.',
      ],
      [
        'root.children[1]',
        'paragraph 2 of the opening',
        '2 characters have no glyph in the fonts the PDF embeds and print as empty boxes: U+4E00 (一), U+1F984 (🦄).',
      ],
      [
        'root.children[1]',
        'note 1',
        'U+9F98 (龘) has no glyph in the fonts the PDF embeds: it prints as an empty box.',
      ],
    ]);
  });
});
