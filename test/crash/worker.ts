/**
 * A backend process for the crash test (test/crash/crash.test.ts): it works on a library and
 * says on stdout, one line each, what the backend acknowledged, until it is killed.
 *
 *   node worker LIBRARY saves SEED            snippet and document saves, as autosave sends them
 *   node worker LIBRARY import FILE          one bulk import
 *   node worker LIBRARY export DOC OUT     one PDF export
 */
import { writeSync } from 'node:fs';
import { Backend } from '../../src/backend/backend';
import { doc, p } from '../../src/core/document/build';

const [libraryPath, mode, arg1, arg2] = process.argv.slice(2);
if (libraryPath === undefined || mode === undefined)
  throw new Error('usage: worker LIBRARY MODE …');

/** A line on stdout, written before anything else happens. */
function say(line: string): void {
  writeSync(1, `${line}\n`);
}

const backend = new Backend({ libraryPath });
await backend.call('library.info', {});
say('ready');

if (mode === 'saves') {
  const seed = arg1 ?? '0';
  const snippet = await backend.call('snippets.save', {
    snippet: {
      title: `Crash snippet ${seed}`,
      kind: 'background',
      content: doc(p(`seed ${seed} seq 0`)),
    },
  });
  const document = await backend.call('documents.save', {
    document: { title: `Crash document ${seed}`, content: doc(p(`seed ${seed} seq 0`)) },
  });
  say(`ack snippet ${snippet.id} ${snippet.revision} 0`);
  say(`ack document ${document.id} ${document.revision} 0`);
  for (let seq = 1; seq < 100_000; seq++) {
    const text = `seed ${seed} seq ${seq} ${'autosaved words '.repeat(seq % 40)}`;
    if (seq % 2 === 1) {
      const s = await backend.call('snippets.save', {
        snippet: {
          id: snippet.id,
          title: `Crash snippet ${seed}`,
          kind: 'background',
          tags: [`tag ${seq % 7}`],
          content: doc(p(text)),
        },
      });
      say(`ack snippet ${s.id} ${s.revision} ${seq}`);
    } else {
      const d = await backend.call('documents.save', {
        document: { id: document.id, title: `Crash document ${seed}`, content: doc(p(text)) },
      });
      say(`ack document ${d.id} ${d.revision} ${seq}`);
    }
  }
} else if (mode === 'import') {
  const report = await backend.call('library.import', { path: arg1 ?? '' });
  say(`ack import ${report.persons.created}`);
} else if (mode === 'export') {
  const r = await backend.call('documents.export', {
    id: arg1 ?? '',
    format: 'pdf',
    overwrite: true,
    path: arg2 ?? '',
  });
  say(`ack export ${r.bytes}`);
}
backend.close();
