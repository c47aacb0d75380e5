import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts } from '../../src/backend/documents/fonts';
import { HOUSE_STYLE as S, halfPoints, twips } from '../../src/core/print/houseStyle';
import { renderDocx } from '../../src/core/print/renderDocx';
import { renderHtml } from '../../src/core/print/renderHtml';
import { renderPdf } from '../../src/core/print/renderPdf';
import type { PrintBlock } from '../../src/core/print/tree';
import { samplePrint } from '../fixtures/samplePrint';

// One house style, read back from the bytes of each format: the values the assertions expect
// come from core/print/houseStyle, so a change there must show in Word, PDF and HTML alike.

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-style-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const recommendations: PrintBlock = {
  type: 'list',
  ordered: true,
  start: 1,
  items: [
    { children: [{ type: 'text', text: 'Release the journalists;' }], sublist: null },
    { children: [{ type: 'text', text: 'Repeal the amendments.' }], sublist: null },
  ],
};
const numbered = () => {
  const doc = samplePrint();
  return { ...doc, blocks: [...doc.blocks, recommendations] };
};

async function pdfFile(): Promise<string> {
  const file = join(dir, 'style.pdf');
  writeFileSync(file, await renderPdf(numbered(), pdfFonts()));
  return file;
}

function styleXml(styles: string, id: string): string {
  return new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`).exec(styles)?.[1] ?? '';
}

describe('the house style', () => {
  it('sets the Word file in its family, sizes, leading and colours', async () => {
    const files = unzipSync(await renderDocx(numbered()));
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
    expect(defaults).toContain(`w:ascii="${S.font.text}"`);
    expect(defaults).toContain(`w:hAnsi="${S.font.text}"`);
    expect(defaults).toContain(`<w:sz w:val="${halfPoints(S.body.size)}"/>`);
    const normal = styleXml(styles, 'Normal');
    expect(normal).toContain(`w:after="${twips(S.body.after)}"`);
    expect(normal).toContain(
      `w:line="${twips(S.body.size * S.body.leading)}" w:lineRule="atLeast"`,
    );
    expect(normal).toContain('<w:jc w:val="left"/>');
    const title = styleXml(styles, 'Title');
    expect(title).toContain(`<w:sz w:val="${halfPoints(S.title.size)}"/>`);
    expect(title).toContain(`<w:color w:val="${S.colour.accent.toUpperCase()}"/>`);
    expect(title).not.toContain('<w:jc ');
    S.headings.forEach((h, i) => {
      const heading = styleXml(styles, `Heading${i + 1}`);
      expect(heading).toContain(`<w:sz w:val="${halfPoints(h.size)}"/>`);
      expect(heading).toContain(`w:before="${twips(h.before)}"`);
    });
    expect(styleXml(styles, 'FootnoteText')).toContain(
      `<w:sz w:val="${halfPoints(S.notes.size)}"/>`,
    );
    expect(styleXml(styles, 'Footer')).toContain(`<w:sz w:val="${halfPoints(S.footer.size)}"/>`);
    // The font table tells Word the family is a roman face, to substitute a serif for it.
    const fontTable = strFromU8(files['word/fontTable.xml'] ?? new Uint8Array());
    expect(fontTable).toContain(`<w:font w:name="${S.font.text}">`);
    expect(fontTable).toContain(`<w:family w:val="${S.font.family}"/>`);
    // Recommendations beside numbered paragraphs count (a), (b), not a second 1, 2.
    const numbering = strFromU8(files['word/numbering.xml'] ?? new Uint8Array());
    expect(numbering).toMatch(/<w:numFmt w:val="lowerLetter"\/>.*?<w:lvlText w:val="\(%1\)"\/>/);
  });

  it('embeds its family in the PDF and sets the text ragged right, lists as (a), (b)', async () => {
    const file = await pdfFile();
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain(S.font.text.replace(/ /g, ''));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/\(a\)\s+Release the journalists;/);
    expect(text).toMatch(/\(b\)\s+Repeal the amendments\./);
    // Lines a body line apart: the leading is the style's, baseline to baseline.
    const bbox = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], {
      encoding: 'utf8',
    });
    const tops = [...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    const steps = new Set(
      tops.slice(1).map((y, i) => Math.round((y - (tops[i] ?? 0)) * 100) / 100),
    );
    expect(steps).toContain(Math.round(S.body.size * S.body.leading * 100) / 100);
  });

  it('writes the same values into the CSS of the web page', () => {
    const html = renderHtml(numbered());
    const css = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? '';
    expect(css).toContain(`font-family:"${S.font.text}"`);
    expect(css).toContain(`header h1{font-size:${S.title.size}pt`);
    expect(css).toContain(`h2{font-size:${S.headings[0].size}pt`);
    expect(css).toMatch(
      new RegExp(
        `@media print\\{body\\{[^}]*font-size:${S.body.size}pt;line-height:${S.body.leading}`,
      ),
    );
    expect(css).toContain(`color:#${S.colour.accent}`);
    expect(css).toContain('@bottom-center{content:"Page " counter(page) " of " counter(pages)');
    expect(css).not.toContain('justify');
    expect(html).toContain('<article class="numbered">');
    expect(css).toMatch(
      /@counter-style dossier-paren-lower-alpha\{system:extends lower-alpha;prefix:"\(";suffix:"\) "\}/,
    );
    expect(css).toContain('article.numbered ol.depth-0{list-style-type:dossier-paren-lower-alpha}');
  });
});
