import { HOUSE_STYLE } from './houseStyle';

/**
 * The typefaces the exports use. The house family is chosen in core/print/houseStyle; this
 * module says where its files are and what fills its gaps.
 *
 * A PDF embeds the fonts of `PDF_TYPEFACES`, each from an npm package (never a system path, so
 * every machine prints the same). Each character of the text takes the first typeface in the list
 * that has a glyph for it (core/print/glyphs), so the first one sets the look and the others fill
 * its gaps: DejaVu Serif has Azerbaijani Latin and Russian but not Ҹ ҹ (U+04B8, U+04B9) nor Arabic;
 * Noto Serif has those Cyrillic letters in a serif of about the same colour; Noto Naskh Arabic
 * carries Arabic (names and quotes); DejaVu Sans catches symbols and other scripts the serifs lack
 * (Hebrew, Georgian, Armenian, arrows, a few emoji). What no typeface has prints as an empty box,
 * and preflight says so (`missing-glyph`).
 *
 * A .docx names fonts and embeds none: Word and LibreOffice take the reader's installed faces,
 * `DOCX_TYPEFACES.complexScript` for Arabic and Hebrew runs (w:rFonts w:cs, with w:rtl).
 */

/** The four faces of a family, as files in an npm package. */
export interface TypefaceFiles {
  /** The npm package that ships the files (a dependency in package.json). */
  package: string;
  /** Folder of each file, inside the package. */
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export interface Typeface {
  /** The family name, as a reader's tools (pdffonts, Word) show it. */
  name: string;
  /** What this family is in the list for. */
  covers: string;
  files: TypefaceFiles;
}

const SERIFS: readonly Typeface[] = [
  {
    name: 'DejaVu Serif',
    covers: 'the text: Latin (Azerbaijani ə ğ ı İ), Cyrillic, Greek',
    files: {
      package: 'dejavu-fonts-ttf',
      normal: 'ttf/DejaVuSerif.ttf',
      bold: 'ttf/DejaVuSerif-Bold.ttf',
      italics: 'ttf/DejaVuSerif-Italic.ttf',
      bolditalics: 'ttf/DejaVuSerif-BoldItalic.ttf',
    },
  },
  {
    name: 'Noto Serif',
    covers: 'Cyrillic letters DejaVu Serif lacks (Azerbaijani Ҹ ҹ)',
    files: {
      package: '@expo-google-fonts/noto-serif',
      normal: '400Regular/NotoSerif_400Regular.ttf',
      bold: '700Bold/NotoSerif_700Bold.ttf',
      italics: '400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
      bolditalics: '700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
    },
  },
];

const FALLBACKS: readonly Typeface[] = [
  {
    name: 'Noto Naskh Arabic',
    // Arabic type has no italics: the upright faces stand in for them.
    covers: 'Arabic',
    files: {
      package: '@expo-google-fonts/noto-naskh-arabic',
      normal: '400Regular/NotoNaskhArabic_400Regular.ttf',
      bold: '700Bold/NotoNaskhArabic_700Bold.ttf',
      italics: '400Regular/NotoNaskhArabic_400Regular.ttf',
      bolditalics: '700Bold/NotoNaskhArabic_700Bold.ttf',
    },
  },
  {
    name: 'DejaVu Sans',
    covers: 'symbols and scripts the serifs lack (Hebrew, Georgian, Armenian, arrows)',
    files: {
      package: 'dejavu-fonts-ttf',
      normal: 'ttf/DejaVuSans.ttf',
      bold: 'ttf/DejaVuSans-Bold.ttf',
      italics: 'ttf/DejaVuSans-Oblique.ttf',
      bolditalics: 'ttf/DejaVuSans-BoldOblique.ttf',
    },
  },
];

/**
 * The PDF's typefaces, in the order each character tries them: the house style's family
 * (core/print/houseStyle) first, then the other serif, then the fallbacks.
 */
export const PDF_TYPEFACES: readonly Typeface[] = [
  ...SERIFS.filter((t) => t.name === HOUSE_STYLE.font.text),
  ...SERIFS.filter((t) => t.name !== HOUSE_STYLE.font.text),
  ...FALLBACKS,
];

/** The fonts a .docx names (installed on the reader's machine, not embedded). */
export const DOCX_TYPEFACES = {
  /** Latin and Cyrillic (w:ascii, w:hAnsi): the house style's family, the one the PDF embeds. */
  text: HOUSE_STYLE.font.text,
  /**
   * Arabic and Hebrew runs (w:cs): Arial carries both scripts on Windows and macOS; where it is
   * missing (LibreOffice maps it to Liberation Sans, which has neither) the application's glyph
   * fallback finds an installed face.
   */
  complexScript: 'Arial',
  code: HOUSE_STYLE.font.code,
} as const;
