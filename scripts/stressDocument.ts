// Writes the stress document (test/fixtures/stressDocument) as a .dossier.json file, for
// `dossier doc import` (scripts/exportPages.mjs --stress renders it with the demo documents).
//
//   node --import tsx scripts/stressDocument.ts OUT.dossier.json
import { writeFileSync } from 'node:fs';
import { stressContent } from '../test/fixtures/stressDocument';

const out = process.argv[2];
if (out === undefined) throw new Error('Say where to write it: stressDocument.ts OUT.dossier.json');
const now = new Date().toISOString();
writeFileSync(
  out,
  JSON.stringify({
    format: 'dossier-document',
    version: 1,
    exportedAt: now,
    document: {
      id: '00000000-0000-4000-8000-000000000510',
      title: 'Stress: Arabic, Azerbaijani Cyrillic, a wide table, a deep list, a long word',
      shortTitle: 'Stress document',
      subtitle: null,
      coverLines: [],
      forumKey: null,
      templateId: null,
      language: 'en',
      asOf: '2016-06-01',
      status: 'draft',
      joint: false,
      audience: 'internal',
      keywords: [],
      createdAt: now,
      updatedAt: now,
      content: stressContent(),
      signatories: [],
    },
    snippets: [],
    sources: [],
    organisations: [],
  }),
);
