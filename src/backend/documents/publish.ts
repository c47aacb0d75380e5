import { today } from '../../core/dates';
import { resolveDocument, type LibraryView, type Resolved } from '../../core/document/resolve';
import { preflight } from '../../core/preflight/preflight';
import { renderHtml } from '../../core/print/renderHtml';
import type { DocumentRecord } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import type { PreflightReport } from '../../shared/preflight';
import { getDocument } from '../../store/documents/documents';
import type { Db } from '../../store/sql';
import { pdfFonts, pdfGlyphs } from './fonts';
import { loadLibraryView } from './libraryView';

export type PrintFormat = 'docx' | 'pdf' | 'html';

export interface Prepared {
  doc: DocumentRecord;
  asOf: string;
  view: LibraryView;
  resolved: Resolved;
  report: PreflightReport;
}

/** A document resolved as of a day (the given one, else its own as-of date, else today), with preflight. */
export function prepareDocument(
  db: Db,
  id: string,
  asOf: string | undefined,
  format: PrintFormat | null,
  todayIs: string = today(),
): Prepared {
  const doc = getDocument(db, id);
  if (doc === null) throw new DossierError('not_found', `There is no document with id ${id}.`, id);
  const day = asOf ?? doc.asOf ?? todayIs;
  const view = loadLibraryView(db, doc);
  const resolved = resolveDocument(doc, view, day);
  const report = preflight(doc, resolved, view, day, format, glyphsFor(format));
  return { doc, asOf: day, view, resolved, report };
}

/** The PDF's fonts, for preflight to find characters they lack; not read for other exports. */
export function glyphsFor(format: PrintFormat | null): ReturnType<typeof pdfGlyphs> | null {
  return format === null || format === 'pdf' ? pdfGlyphs() : null;
}

/**
 * Refuses an export preflight objects to. `force` overrides errors, except a person marked
 * "internal only" in a public document: that never leaves the library.
 */
export function assertExportable(p: Prepared, force: boolean): void {
  const internal = p.report.findings.find((f) => f.code === 'internal-person');
  if (internal !== undefined) {
    throw new DossierError(
      'preflight',
      `Not exported: ${internal.message.replace(/\.$/, '')} (${internal.where}). ${internal.fix}`,
      internal.place ?? undefined,
      { do: 'check-document', documentId: p.doc.id, forceAllowed: false },
    );
  }
  if (p.report.errors > 0 && !force) {
    const first = p.report.findings.find((f) => f.severity === 'error');
    throw new DossierError(
      'preflight',
      `Not exported: preflight found ${p.report.errors} error${p.report.errors === 1 ? '' : 's'}, the first: ${(first?.message ?? '').replace(/\.$/, '')} (${first?.where ?? ''}). Fix ${p.report.errors === 1 ? 'it' : 'them'}, or export anyway if you are sure.`,
      first?.place ?? undefined,
      { do: 'check-document', documentId: p.doc.id, forceAllowed: true },
    );
  }
}

/**
 * The document's bytes in a print format. The docx and PDF renderers (docx, pdfmake and its
 * fonts: about 400 ms to load) are loaded on the first export, not when the backend starts:
 * a search from the command line, or the app's first window, does not wait for them.
 */
export async function renderPrepared(p: Prepared, format: PrintFormat): Promise<Uint8Array> {
  const tree = p.resolved.print;
  switch (format) {
    case 'docx': {
      const { renderDocx } = await import('../../core/print/renderDocx');
      // Dated by the document's last change, as the PDF is: the same document, the same bytes.
      return renderDocx(tree, new Date(p.doc.updatedAt));
    }
    case 'pdf': {
      const { renderPdf } = await import('../../core/print/renderPdf');
      // Dated by the document's last change: the same document gives the same bytes.
      return renderPdf(tree, pdfFonts(), new Date(p.doc.updatedAt));
    }
    case 'html':
      return new TextEncoder().encode(renderHtml(tree));
  }
}
