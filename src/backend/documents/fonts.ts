import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFonts } from '../../core/print/renderPdf';

let cached: PdfFonts | null = null;

/**
 * The fonts PDFs embed: DejaVu Serif (from the npm package dejavu-fonts-ttf), which carries
 * Azerbaijani and Cyrillic. Read once.
 */
export function pdfFonts(): PdfFonts {
  if (cached === null) {
    const dir = join(
      dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
    );
    const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(dir, file)));
    cached = {
      normal: read('DejaVuSerif.ttf'),
      bold: read('DejaVuSerif-Bold.ttf'),
      italics: read('DejaVuSerif-Italic.ttf'),
      bolditalics: read('DejaVuSerif-BoldItalic.ttf'),
    };
  }
  return cached;
}
