import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadLibraryView } from '../../src/backend/documents/libraryView';
import { cite, doc, p } from '../../src/core/document/build';
import { citationNote } from '../../src/core/document/citationNote';
import { fieldText } from '../../src/core/document/fieldText';
import { LIVE_FIELDS, nodeFields, walk } from '../../src/core/document/nodes';
import { resolveDocument, type LibraryView } from '../../src/core/document/resolve';
import type { SerializedLiveFieldNode } from '../../src/core/document/serialized';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import type { DocumentRecord, RichContent } from '../../src/shared/domain';
import { demoBackend, tempDir } from '../helpers';

/** Every live field a document prints: its own, and those of the snippets it links to. */
function fieldsOf(d: DocumentRecord, view: LibraryView): SerializedLiveFieldNode[] {
  const out: SerializedLiveFieldNode[] = [];
  const visit = (content: RichContent): void => {
    for (const { node } of walk(content)) {
      if (node.type === 'live-field')
        out.push({ type: 'live-field', ...nodeFields('live-field', node) });
      if (node.type === 'snippet-embed') {
        const embed = nodeFields('snippet-embed', node);
        const snippet = view.snippets.get(embed.snippetId);
        if (embed.mode === 'linked' && snippet !== undefined) visit(snippet.content);
      }
    }
  };
  visit(d.content);
  return out;
}

const font = (name: string) =>
  new Uint8Array(
    readFileSync(join(process.cwd(), 'node_modules/dejavu-fonts-ttf/ttf', `${name}.ttf`)),
  );
const FONTS = {
  normal: font('DejaVuSerif'),
  bold: font('DejaVuSerif-Bold'),
  italics: font('DejaVuSerif-Italic'),
  bolditalics: font('DejaVuSerif-BoldItalic'),
};

/** Markup's text: tags dropped, the entities HTML and Word XML write turned back. */
function unmarked(markup: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return markup
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|\w+);/g, (all, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (entities[e] ?? all),
    );
}

/** The text between {{n| and |n}} in an export's text, by n. */
function probes(text: string): Map<number, string> {
  return new Map(
    [...text.matchAll(/\{\{(\d+)\|(.*?)\|\1\}\}/gs)].map((m) => [Number(m[1]), m[2] ?? '']),
  );
}

describe('the text a live field prints', () => {
  it('is fieldText’s, in Word, PDF and HTML, for every field of the demo documents and every kind', async () => {
    const b = await demoBackend();
    const dir = tempDir();
    const kinds = new Set<string>();
    const summaries = await b.call('documents.list', {});
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      const d = await b.call('documents.get', { id: summary.id });
      const view = b.read((lib) => loadLibraryView(lib.db, d));
      const asOf = d.asOf ?? '2016-05-26';
      const found = fieldsOf(d, view);
      // The demo documents have no latest-event field; and one field that cannot resolve.
      const caseId = found.find((f) => f.caseId !== null)?.caseId ?? null;
      const fields: SerializedLiveFieldNode[] = [
        ...found,
        { type: 'live-field', field: 'case.latestEvent', caseId, personId: null },
        { type: 'live-field', field: 'case.status', caseId: 'no-such-case', personId: null },
      ];
      // Each field alone in a paragraph of a document like this one (same audience, same day).
      const probe = {
        ...d,
        content: doc(...fields.map((f, i) => p(`{{${i}|`, f, `|${i}}}`))),
      };
      const { print } = resolveDocument(probe, view, asOf);
      const expected = fields.map(
        (f) => fieldText(f, { asOf, library: view, audience: d.audience }).text,
      );
      for (const f of fields) kinds.add(f.field);

      const html = unmarked(renderHtml(print));
      const xml = strFromU8(
        unzipSync(await renderDocx(print))['word/document.xml'] ?? new Uint8Array(),
      );
      const docx = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
        .map((m) => unmarked(m[1] ?? '\n'))
        .join('');
      const pdfFile = join(dir, `${summary.id}.pdf`);
      writeFileSync(pdfFile, await renderPdf(print, FONTS));
      const pdf = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(
        /\s*\n\s*/g,
        ' ',
      );
      for (const [format, text] of [
        ['html', html],
        ['docx', docx],
        ['pdf', pdf],
      ] as const) {
        const printed = probes(text);
        expect(
          fields.map((_, i) => printed.get(i)),
          `${format} of "${d.title}"`,
        ).toEqual(expected);
      }
    }
    expect([...kinds].sort()).toEqual([...LIVE_FIELDS].sort());
  });
});

describe('the note a citation prints', () => {
  it('is citationNote’s, in the print tree', async () => {
    const b = await demoBackend();
    const d = (await b.call('documents.list', {}))[0];
    if (d === undefined) throw new Error('no demo document');
    const record = await b.call('documents.get', { id: d.id });
    const view = b.read((lib) => loadLibraryView(lib.db, record));
    const sources = [...view.sources.values()];
    expect(sources.length).toBeGreaterThan(1);
    const content = doc(
      ...sources.map((s, i) => p('Cited.', cite(s.id, i % 2 === 0 ? 'para. 3' : null))),
      p('Missing.', cite('00000000-0000-4000-8000-000000000000')),
    );
    const { print } = resolveDocument(
      { ...record, audience: 'internal', content },
      view,
      '2016-05-26',
    );
    expect(print.notes.map((n) => n.children)).toEqual([
      ...sources.map(
        (s, i) =>
          citationNote({ sourceId: s.id, pinpoint: i % 2 === 0 ? 'para. 3' : null }, view.sources)
            .inlines,
      ),
      citationNote(
        { sourceId: '00000000-0000-4000-8000-000000000000', pinpoint: null },
        view.sources,
      ).inlines,
    ]);
  });
});
