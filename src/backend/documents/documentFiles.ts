import { nodeFields, walk } from '../../core/document/nodes';
import type { DocumentRecord, RichContent } from '../../shared/domain';
import {
  documentFile,
  DOCUMENT_FILE_FORMAT,
  DOCUMENT_FILE_VERSION,
  type DocumentFile,
} from '../../shared/documentFile';
import { DossierError, pathText } from '../../shared/errors';
import { exchangeFile } from '../../shared/exchange';
import { getCase } from '../../store/cases/cases';
import { getOrganisation } from '../../store/organisations/organisations';
import { getPerson } from '../../store/persons/persons';
import { getSnippet } from '../../store/snippets/snippets';
import { getSource } from '../../store/sources/sources';
import type { Db } from '../../store/sql';
import { writeExchange } from '../exchange/importExchange';
import { assertFileKind } from '../files';
import type { Saved, WriteContext } from '../writes';
import { assertValidContent, saveDocument } from './documents';

interface References {
  snippets: Map<string, string>;
  sources: Map<string, string>;
  cases: Map<string, string>;
  persons: Map<string, string>;
}

/** What content points to, each id with the first place it is named. */
function references(content: RichContent, prefix: string, into?: References): References {
  const refs = into ?? {
    snippets: new Map(),
    sources: new Map(),
    cases: new Map(),
    persons: new Map(),
  };
  const note = (map: Map<string, string>, id: string, path: (string | number)[]): void => {
    if (!map.has(id)) map.set(id, `${prefix}${pathText(path)}`);
  };
  for (const { node, path } of walk(content)) {
    if (node.type === 'snippet-embed')
      note(refs.snippets, nodeFields('snippet-embed', node).snippetId, path);
    else if (node.type === 'citation')
      note(refs.sources, nodeFields('citation', node).sourceId, path);
    else if (node.type === 'live-field') {
      const f = nodeFields('live-field', node);
      if (f.caseId !== null) note(refs.cases, f.caseId, path);
      if (f.personId !== null) note(refs.persons, f.personId, path);
    }
  }
  return refs;
}

/** A document with the snippets, sources and organisations it uses: a `.dossier.json` file. */
export function documentFileFor(db: Db, doc: DocumentRecord, now: string): DocumentFile {
  const refs = references(doc.content, 'document.content.');
  const snippets = [...refs.snippets.keys()].flatMap((id) => {
    const s = getSnippet(db, id);
    if (s === null) return [];
    references(s.content, '', refs);
    const { text: _t, revision: _r, ...rest } = s;
    return [rest];
  });
  const sources = [...refs.sources.keys()].flatMap((id) => getSource(db, id) ?? []);
  const organisations = doc.signatories.flatMap((s) => getOrganisation(db, s.organisationId) ?? []);
  const { revision: _revision, ...document } = doc;
  return {
    format: DOCUMENT_FILE_FORMAT,
    version: DOCUMENT_FILE_VERSION,
    exportedAt: now,
    document,
    snippets,
    sources,
    organisations,
  };
}

/** Parses a `.dossier.json` file; errors name the place. */
export function parseDocumentFile(raw: unknown, origin: string): DocumentFile {
  assertFileKind(raw, origin, {
    format: DOCUMENT_FILE_FORMAT,
    version: DOCUMENT_FILE_VERSION,
    name: 'document file',
  });
  const parsed = documentFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const place = pathText(issue?.path ?? []);
    throw new DossierError(
      'invalid_input',
      `${origin}: ${place}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
      place,
    );
  }
  assertValidContent(parsed.data.document, `${origin}: document`);
  // Their references are read before the snippets are saved (and checked there): check first.
  parsed.data.snippets.forEach((s, i) => {
    if (s.content !== undefined)
      assertValidContent({ content: s.content }, `${origin}: snippets[${i}]`);
  });
  return parsed.data;
}

/**
 * Imports a document file in the caller's transaction: its snippets, sources and organisations
 * that the library lacks join it (those it has stay as they are), then the document. Every reference that neither the file nor
 * the library can satisfy is reported, all in one error, before anything is written.
 */
export function writeDocumentFile(
  ctx: WriteContext,
  file: DocumentFile,
  origin: string,
): Saved<DocumentRecord> {
  const inFile = {
    snippets: new Set(file.snippets.map((s) => s.id)),
    sources: new Set(file.sources.map((s) => s.id)),
    organisations: new Set(file.organisations.map((o) => o.id)),
  };
  const refs = references(file.document.content, 'document.content.');
  file.snippets.forEach((s, i) => {
    if (s.content !== undefined) references(s.content, `snippets[${i}].content.`, refs);
    s.caseIds.forEach((caseId, j) => {
      if (!refs.cases.has(caseId)) refs.cases.set(caseId, `snippets[${i}].caseIds[${j}]`);
    });
  });
  const missing: string[] = [];
  for (const [id, place] of refs.snippets) {
    if (!inFile.snippets.has(id) && getSnippet(ctx.db, id) === null)
      missing.push(`${place}: snippet ${id}`);
  }
  for (const [id, place] of refs.sources) {
    if (!inFile.sources.has(id) && getSource(ctx.db, id) === null)
      missing.push(`${place}: source ${id}`);
  }
  for (const [id, place] of refs.cases) {
    if (getCase(ctx.db, id) === null) missing.push(`${place}: case ${id}`);
  }
  for (const [id, place] of refs.persons) {
    if (getPerson(ctx.db, id) === null) missing.push(`${place}: person ${id}`);
  }
  file.document.signatories.forEach((s, i) => {
    if (
      !inFile.organisations.has(s.organisationId) &&
      getOrganisation(ctx.db, s.organisationId) === null
    ) {
      missing.push(`document.signatories[${i}]: organisation ${s.organisationId}`);
    }
  });
  if (missing.length > 0) {
    throw new DossierError(
      'invalid_input',
      `${origin}: ${missing.length} reference${missing.length === 1 ? '' : 's'} found neither in the file nor in the library — ${missing.join('; ')}. Import the library exchange file they come from first; nothing was imported.`,
      missing[0]?.split(':')[0],
    );
  }
  // What the library already has stays as it is: a colleague's copy of a snippet does not
  // overwrite ours. The file fills only what is missing.
  writeExchange(
    ctx,
    exchangeFile.parse({
      format: 'dossier-library',
      version: 1,
      snippets: file.snippets.filter(
        (s) => s.id === undefined || getSnippet(ctx.db, s.id) === null,
      ),
      sources: file.sources.filter((s) => s.id === undefined || getSource(ctx.db, s.id) === null),
      organisations: file.organisations.filter(
        (o) => o.id === undefined || getOrganisation(ctx.db, o.id) === null,
      ),
    }),
    origin,
  );
  const { createdAt, updatedAt, ...data } = file.document;
  return saveDocument(ctx, data, { createdAt, updatedAt }, `${origin}: document`);
}
