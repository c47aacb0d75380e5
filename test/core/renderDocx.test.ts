import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import type { PrintBlock, PrintDocument } from '../../src/core/print/tree';
import { longPrint, samplePrint } from '../fixtures/samplePrint';

/** The text parts of a .docx, by path. */
async function parts(doc: PrintDocument): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(doc));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => /\.(xml|rels)$/.test(path))
      .map(([path, bytes]) => [path, strFromU8(bytes)]),
  );
}

function part(all: Record<string, string>, pattern: RegExp): string[] {
  return Object.entries(all)
    .filter(([path]) => pattern.test(path))
    .map(([, xml]) => xml);
}

/** The `<w:p>` elements of a part. */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
}

function textOf(paragraph: string): string {
  return [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function styleOf(paragraph: string): string | undefined {
  return /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1];
}

const ids = (xml: string, element: string): string[] =>
  [...xml.matchAll(new RegExp(`<w:${element} w:id="(-?\\d+)"`, 'g'))].map((m) => m[1] ?? '');

describe('renderDocx', () => {
  it('defines the standard paragraph styles a recipient can restyle', async () => {
    const styles = (await parts(samplePrint()))['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*><w:name w:val="([^"]+)"`).exec(
        styles,
      )?.[1];
    expect(style('Normal')).toBe('Normal');
    expect(style('Title')).toBe('Title');
    expect(style('Heading1')).toBe('heading 1');
    expect(style('Heading2')).toBe('heading 2');
    expect(style('Heading3')).toBe('heading 3');
    expect(style('ListParagraph')).toBe('List Paragraph');
    expect(style('Quote')).toBe('Quote');
    expect(style('FootnoteText')).toBe('footnote text');
    expect(style('Signatory')).toBe('Signatory');
    expect(style('CoverLine')).toBeDefined();
  });

  it('uses styles for the body, not direct formatting', async () => {
    const document = (await parts(samplePrint()))['word/document.xml'] ?? '';
    const body = paragraphs(document);
    expect(body.every((p) => styleOf(p) !== undefined)).toBe(true);
    expect(body.filter((p) => styleOf(p) === 'Title').map(textOf)).toEqual([
      'Azerbaijan: joint submission to the Universal Periodic Review',
    ]);
    expect(body.filter((p) => styleOf(p) === 'Heading1').map(textOf)).toEqual([
      'I. Introduction',
      'Signatories',
    ]);
    expect(body.filter((p) => styleOf(p) === 'Heading2').map(textOf)).toEqual([
      'Imprisonment of journalists',
    ]);
    expect(body.filter((p) => styleOf(p) === 'Quote').map(textOf)).toEqual([
      '“The authorities must release her immediately.”',
    ]);
    // Sizes, fonts and colours live in the styles.
    expect(document).not.toMatch(/<w:sz |<w:rFonts |<w:color /);
  });

  it('numbers paragraphs with Word numbering, not typed digits', async () => {
    const all = await parts(samplePrint());
    const numbering = all['word/numbering.xml'] ?? '';
    expect(numbering).toMatch(
      /<w:abstractNum [^>]*>(?:(?!<\/w:abstractNum>).)*<w:numFmt w:val="decimal"\/>(?:(?!<\/w:abstractNum>).)*<w:lvlText w:val="%1\."\/>/,
    );
    const numbered = paragraphs(all['word/document.xml'] ?? '').filter(
      (p) => styleOf(p) === 'NumberedParagraph',
    );
    expect(numbered).toHaveLength(3);
    for (const p of numbered) expect(textOf(p)).not.toMatch(/^\s*\d+[.)]/);
    // The numbering belongs to the style: its numPr, and the level linked back to it, so that
    // applying the style in Word numbers a paragraph and one inserted renumbers the rest.
    const styles = all['word/styles.xml'] ?? '';
    const style =
      /<w:style [^>]*w:styleId="NumberedParagraph"[^>]*>(?:(?!<\/w:style>).)*<\/w:style>/s.exec(
        styles,
      )?.[0];
    const numId = /<w:numPr>(?:<w:ilvl w:val="0"\/>)?<w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(
      style ?? '',
    )?.[1];
    expect(numId, 'numPr in the Numbered Paragraph style').toBeDefined();
    const abstractId = new RegExp(
      `<w:num w:numId="${numId}"[^>]*><w:abstractNumId w:val="(\\d+)"`,
    ).exec(numbering)?.[1];
    expect(numbering).toMatch(
      new RegExp(
        `<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[^>]*>(?:(?!</w:abstractNum>).)*<w:pStyle w:val="NumberedParagraph"/>`,
        's',
      ),
    );
    // One list, numbered on across the headings, list, quote and table between them: the
    // paragraphs carry no numbering of their own.
    for (const p of numbered) expect(p).not.toContain('<w:numPr>');
  });

  it('leaves paragraphs unnumbered when the forum does not number them', async () => {
    const all = await parts(samplePrint({ numberedParagraphs: false }));
    const body = paragraphs(all['word/document.xml'] ?? '');
    expect(body.filter((p) => styleOf(p) === 'NumberedParagraph')).toHaveLength(0);
    expect(
      body.filter((p) => p.includes('<w:numPr>')).every((p) => styleOf(p) === 'ListParagraph'),
    ).toBe(true);
  });

  it('makes lists Word lists, each ordered list starting at its start', async () => {
    const list: PrintBlock = {
      type: 'list',
      ordered: true,
      start: 4,
      items: [
        { children: [{ type: 'text', text: 'fourth' }], sublist: null },
        { children: [{ type: 'text', text: 'fifth' }], sublist: null },
      ],
    };
    const sample = samplePrint();
    const all = await parts({ ...sample, blocks: [...sample.blocks, list] });
    const numbering = all['word/numbering.xml'] ?? '';
    const body = paragraphs(all['word/document.xml'] ?? '');
    const items = body.filter((p) => styleOf(p) === 'ListParagraph');
    expect(items.map(textOf)).toEqual([
      'Release all journalists detained for their work.',
      'Repeal the restrictive amendments to the NGO law',
      'of 15 February 2013;',
      'of 17 December 2013.',
      'fourth',
      'fifth',
    ]);
    const numId = (p: string | undefined) => /<w:numId w:val="(\d+)"/.exec(p ?? '')?.[1];
    const [bulletId, , subId, , startId] = items.map(numId);
    const abstractOf = (id: string | undefined) =>
      new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"/>`).exec(numbering)?.[1];
    const levelOf = (id: string | undefined) =>
      new RegExp(
        `<w:abstractNum w:abstractNumId="${abstractOf(id)}"[^>]*>(.*?)</w:abstractNum>`,
      ).exec(numbering)?.[1] ?? '';
    expect(levelOf(bulletId)).toContain('<w:numFmt w:val="bullet"/>');
    // Beside numbered paragraphs a list counts (a), (b), then (i), (ii) (core/print/houseStyle).
    expect(levelOf(subId)).toContain('<w:numFmt w:val="lowerRoman"/>');
    expect(levelOf(subId)).toContain('<w:lvlText w:val="(%1)"/>');
    expect(levelOf(startId)).toContain('<w:numFmt w:val="lowerLetter"/>');
    expect(levelOf(startId)).toContain('<w:lvlText w:val="(%1)"/>');
    expect(levelOf(startId)).toContain('<w:start w:val="4"/>');
    expect(numbering).toMatch(
      new RegExp(`<w:num w:numId="${startId}">.*?<w:startOverride w:val="4"/>`),
    );
    // The nested list is indented further than its parent.
    const left = (id: string | undefined) => Number(/<w:ind w:left="(\d+)"/.exec(levelOf(id))?.[1]);
    expect(left(subId)).toBeGreaterThan(left(bulletId));
  });

  it('makes notes real Word footnotes in the footnote text style', async () => {
    const sample = samplePrint();
    const all = await parts(sample);
    const document = all['word/document.xml'] ?? '';
    const footnotes = all['word/footnotes.xml'] ?? '';
    const noteIds = ids(footnotes, 'footnote').filter((id) => Number(id) > 0);
    expect(ids(document, 'footnoteReference')).toEqual(['1', '2', '3']);
    expect(noteIds).toEqual(['1', '2', '3']);
    for (const note of sample.notes) {
      const xml = new RegExp(`<w:footnote w:id="${note.n}">(.*?)</w:footnote>`).exec(
        footnotes,
      )?.[1];
      const p = paragraphs(xml ?? '');
      expect(p.map(styleOf)).toEqual(['FootnoteText']);
      const want = note.children.map((c) => (c.type === 'text' ? c.text : 'HUDOC')).join('');
      expect(p.map(textOf).join('')).toBe(want);
    }
    expect(all['word/_rels/footnotes.xml.rels']).toContain('Target="https://hudoc.echr.coe.int"');
  });

  it('makes notes real Word endnotes when the forum wants endnotes', async () => {
    const all = await parts(samplePrint({ noteStyle: 'endnotes' }));
    const document = all['word/document.xml'] ?? '';
    const endnotes = all['word/endnotes.xml'] ?? '';
    expect(ids(document, 'endnoteReference')).toEqual(['1', '2', '3']);
    expect(ids(document, 'footnoteReference')).toEqual([]);
    expect(ids(endnotes, 'endnote').filter((id) => Number(id) > 0)).toEqual(['1', '2', '3']);
    expect(endnotes).toContain('ARTICLE 19 was founded in 1987.');
    expect(endnotes).toContain('<w:pStyle w:val="EndnoteText"/>');
    // At the end of the document, numbered 1, 2, 3 rather than Word's i, ii, iii.
    expect(document).toMatch(
      /<w:endnotePr><w:pos w:val="docEnd"\/><w:numFmt w:val="decimal"\/><\/w:endnotePr>/,
    );
  });

  it('refers to a note cited twice once, as Word allows', async () => {
    const sample = samplePrint();
    const again: PrintBlock = {
      type: 'paragraph',
      number: 4,
      children: [
        { type: 'text', text: 'Again' },
        { type: 'noteRef', n: 2 },
      ],
    };
    const document =
      (await parts({ ...sample, blocks: [...sample.blocks, again] }))['word/document.xml'] ?? '';
    expect(ids(document, 'footnoteReference')).toEqual(['1', '2', '3']);
    const last = paragraphs(document).find((p) => textOf(p).startsWith('Again'));
    expect(last).toContain(
      '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:t xml:space="preserve">2</w:t>',
    );
  });

  it('runs the short title in the header and "Page X of Y" fields in the footer', async () => {
    const all = await parts(samplePrint());
    const headers = part(all, /^word\/header\d*\.xml$/);
    expect(headers.some((xml) => xml.includes('Azerbaijan UPR joint submission'))).toBe(true);
    const footers = part(all, /^word\/footer\d*\.xml$/);
    expect(footers.length).toBeGreaterThan(0);
    for (const xml of footers) {
      expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(xml).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
      expect(textOf(xml)).toBe('Page  of ');
    }
  });

  it('sets the document properties and language', async () => {
    const all = await parts(samplePrint());
    const core = all['docProps/core.xml'] ?? '';
    expect(core).toContain(
      '<dc:title>Azerbaijan: joint submission to the Universal Periodic Review</dc:title>',
    );
    expect(core).toContain('<dc:creator>ARTICLE 19; PEN International</dc:creator>');
    expect(core).toContain('<dc:subject>UN Universal Periodic Review</dc:subject>');
    expect(core).toContain('<cp:keywords>Azerbaijan, freedom of expression, UPR</cp:keywords>');
    expect(core).toMatch(/<dc:description>[^<]+<\/dc:description>/);
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/.exec(all['word/styles.xml'] ?? '')?.[1];
    expect(defaults).toContain('<w:lang w:val="en-GB"/>');
    expect(defaults).toContain('w:ascii="DejaVu Serif"');
    expect(defaults).toContain('<w:sz w:val="22"/>');
    const fr = await parts(samplePrint({ meta: { ...samplePrint().meta, language: 'fr-CH' } }));
    expect(fr['word/styles.xml']).toContain('<w:lang w:val="fr-CH"/>');
    expect(core).toContain('<dc:language>en</dc:language>');
    expect(fr['docProps/core.xml']).toContain('<dc:language>fr-CH</dc:language>');
    // Dated by the as-of day unless told when the document changed: the same bytes each time.
    expect(core).toContain(
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${samplePrint().meta.date}T00:00:00Z</dcterms:modified>`,
    );
  });

  it('sets A4 pages', async () => {
    const document = (await parts(samplePrint()))['word/document.xml'] ?? '';
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
  });

  it('keeps Azerbaijani and Cyrillic text intact', async () => {
    const all = await parts(samplePrint());
    const document = all['word/document.xml'] ?? '';
    for (const s of [
      'Xədicə İsmayılova',
      'Хадиджа Исмаилова',
      'ğ ı ö ş ç ü Ə Ğ Ö Ş Ç Ü İ',
      'Rəsul Cəfərov',
    ])
      expect(document).toContain(s);
  });

  it('names a complex-script font and marks Arabic runs right to left (w:rtl)', async () => {
    const all = await parts(
      samplePrint({
        blocks: [
          {
            type: 'paragraph',
            number: 1,
            children: [
              { type: 'text', text: 'Ҹәлил Ҹаббаров and محمد علي حسن (2024), ' },
              { type: 'text', text: '“الحرية للصحفيين”', bold: true },
              { type: 'text', text: '.' },
            ],
          },
        ],
        notes: [],
      }),
    );
    const styles = all['word/styles.xml'] ?? '';
    expect(styles).toContain(
      '<w:rFonts w:ascii="DejaVu Serif" w:cs="Arial" w:eastAsia="DejaVu Serif" w:hAnsi="DejaVu Serif"/>',
    );
    const body = paragraphs(all['word/document.xml'] ?? '').find((x) => textOf(x).includes('محمد'));
    const runs = [...(body ?? '').matchAll(/<w:r>(.*?)<\/w:r>/g)].map((m) => m[1] ?? '');
    const rtl = runs.filter((r) => r.includes('<w:rtl/>')).map(textOf);
    expect(rtl).toEqual(['محمد علي حسن', 'الحرية للصحفيين']);
    expect(textOf(body ?? '')).toBe('Ҹәлил Ҹаббаров and محمد علي حسن (2024), “الحرية للصحفيين”.');
    // Bold carries to the complex-script font (w:bCs), which Word uses for right-to-left runs.
    expect(runs.find((r) => textOf(r) === 'الحرية للصحفيين')).toMatch(/<w:b\/><w:bCs\/>/);
  });

  it('makes links real hyperlinks', async () => {
    const all = await parts(samplePrint());
    const rels = all['word/_rels/document.xml.rels'] ?? '';
    const id =
      /<Relationship Id="([^"]+)" Type="[^"]+\/hyperlink" Target="https:\/\/www\.article19\.org" TargetMode="External"\/>/.exec(
        rels,
      )?.[1];
    expect(id).toBeDefined();
    expect(all['word/document.xml']).toContain(
      `r:id="${id}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>`,
    );
  });

  it('renders tables with a repeated, shaded header row and borders', async () => {
    const document = (await parts(samplePrint()))['word/document.xml'] ?? '';
    const table = /<w:tbl>(.*?)<\/w:tbl>/.exec(document)?.[1] ?? '';
    expect(table).toMatch(/<w:tblBorders><w:top w:val="single"/);
    const rows = table.match(/<w:tr>.*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(paragraphs(rows[0] ?? '').map(styleOf)).toEqual(['TableHeading', 'TableHeading']);
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(paragraphs(rows[1] ?? '').map(textOf)).toEqual(['Rəsul Cəfərov', 'pardoned']);
  });

  it('lists the signatories one per paragraph, short name in brackets', async () => {
    const body = paragraphs((await parts(samplePrint()))['word/document.xml'] ?? '');
    expect(body.filter((p) => styleOf(p) === 'Signatory').map(textOf)).toEqual([
      'ARTICLE 19',
      'PEN International',
      'International Partnership for Human Rights (IPHR)',
    ]);
  });

  it('breaks pages before the next block and breaks lines within one', async () => {
    const sample = samplePrint();
    const doc: PrintDocument = {
      ...sample,
      blocks: [
        { type: 'pageBreak' },
        {
          type: 'paragraph',
          number: null,
          children: [
            { type: 'text', text: 'Line one' },
            { type: 'lineBreak' },
            { type: 'text', text: 'line two', code: true },
          ],
        },
      ],
    };
    const body = paragraphs((await parts(doc))['word/document.xml'] ?? '');
    const p = body.find((x) => textOf(x) === 'Line oneline two') ?? '';
    expect(p).toContain('<w:pageBreakBefore/>');
    expect(p).toMatch(/<w:br\/>/);
    expect(p).toContain('<w:rStyle w:val="HTMLCode"/>');
  });

  it('renders a long document', async () => {
    const doc = longPrint(600);
    const started = performance.now();
    const all = await parts(doc);
    const ms = performance.now() - started;
    const document = all['word/document.xml'] ?? '';
    expect(paragraphs(document).filter((p) => styleOf(p) === 'NumberedParagraph')).toHaveLength(
      600,
    );
    expect(ids(document, 'footnoteReference')).toHaveLength(doc.notes.length);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('file properties before any signatory confirms', () => {
  it('name no author, and Dossier as the application, in Word and HTML (PDF: renderPdf.test)', async () => {
    const sample = samplePrint({ meta: { ...samplePrint().meta, author: '' } });
    const all = await parts(sample);
    expect(all['docProps/core.xml']).not.toContain('<dc:creator>');
    expect(all['docProps/core.xml']).not.toContain('Dossier');
    expect(all['docProps/app.xml']).toContain('<Application>Dossier</Application>');
    const html = renderHtml(sample);
    expect(html).not.toContain('name="author"');
    expect(html).toContain('<meta name="generator" content="Dossier">');
  });
});

describe('Word a professional can keep editing', () => {
  it('keeps a lead-in line with its list, and sets the signatory list in the text column', async () => {
    const all = await parts(samplePrint());
    const body = paragraphs(all['word/document.xml'] ?? '');
    const firstItem = body.findIndex((p) => styleOf(p) === 'ListParagraph');
    expect(firstItem).toBeGreaterThan(0);
    expect(body[firstItem - 1]).toContain('<w:keepNext/>');
    const signatories = body.filter((p) => styleOf(p) === 'Signatory');
    expect(signatories.length).toBeGreaterThan(0);
    // Numbered paragraphs hang their numbers in the margin: the names start where their text does.
    for (const p of signatories) expect(p).toMatch(/<w:ind w:left="567"\/>/);
  });
});
