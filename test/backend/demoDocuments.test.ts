import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { demoDocuments } from '../../src/backend/demo/demoDocuments';
import { demoLibrary } from '../../src/backend/demo/demoLibrary';
import { defaultForums } from '../../src/backend/forums/defaultForums';
import { firstDay } from '../../src/core/dates';
import { caseFacts, type FactEvent } from '../../src/core/facts/caseFacts';
import { contentProblems, nodeFields, walk } from '../../src/core/document/nodes';
import {
  documentInput,
  type DocumentData,
  type DocumentInput,
  type SerializedNode,
} from '../../src/shared/domain';
import { exchangeFile } from '../../src/shared/exchange';

const lib = exchangeFile.parse(demoLibrary);

function idOf(entry: { id?: string | undefined }): string {
  if (entry.id === undefined) throw new Error('demo entry without an id');
  return entry.id;
}

const persons = new Set(lib.persons.map(idOf));
const organisations = new Map(lib.organisations.map((o) => [idOf(o), o]));
const cases = new Set(lib.cases.map(idOf));
const sources = new Map(lib.sources.map((s) => [idOf(s), s]));
const snippets = new Map(lib.snippets.map((s) => [idOf(s), s]));

function eventsOf(caseId: string): FactEvent[] {
  return lib.events.filter((e) => e.caseId === caseId).map((e) => ({ ...e, id: idOf(e) }));
}

function parse(d: DocumentInput): DocumentData {
  const result = documentInput.safeParse(d);
  if (!result.success) throw new Error(z.prettifyError(result.error));
  return result.data;
}

function nodes(d: DocumentData, type: string): SerializedNode[] {
  return [...walk(d.content)].map((w) => w.node).filter((n) => n.type === type);
}

function nodeText(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(nodeText).join('');
}

function asOfOf(d: DocumentData): string {
  if (d.asOf === null) throw new Error(`${d.title} has no as-of date`);
  return d.asOf;
}

const docs = demoDocuments.map((d) => [d.title, parse(d)] as const);

describe('demo documents', () => {
  it('are three, one per forum shown, with fixed lowercase UUIDs', () => {
    expect(demoDocuments.map((d) => d.forumKey)).toEqual([
      'joint-statement',
      'upr-stakeholder',
      'cm-rule-9-2',
    ]);
    const ids = demoDocuments.map((d) => d.id);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(3);
  });

  it.each(docs)('%s: valid content, and complete metadata', (_title, d) => {
    expect(contentProblems(d.content, 100)).toEqual([]);
    expect(d.shortTitle).toBeTruthy();
    expect(d.subtitle).toBeTruthy();
    expect(d.coverLines.length).toBeGreaterThan(0);
    expect(d.keywords.length).toBeGreaterThan(0);
    expect(d.language).toBe('en');
    expect(d.status).toBe('final');
    expect(d.audience).toBe('public');
    expect(d.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(defaultForums.some((f) => f.key === d.forumKey)).toBe(true);
  });

  it.each(docs)('%s: every id it refers to is in the demo library', (_title, d) => {
    for (const s of d.signatories) {
      expect(organisations.has(s.organisationId), s.organisationId).toBe(true);
    }
    for (const { node } of walk(d.content)) {
      switch (node.type) {
        case 'snippet-embed':
          expect(snippets.has(nodeFields('snippet-embed', node).snippetId)).toBe(true);
          break;
        case 'citation':
          expect(sources.has(nodeFields('citation', node).sourceId)).toBe(true);
          break;
        case 'live-field': {
          const { caseId, personId } = nodeFields('live-field', node);
          if (caseId !== null) expect(cases.has(caseId), caseId).toBe(true);
          if (personId !== null) expect(persons.has(personId), personId).toBe(true);
          break;
        }
        case 'link': {
          // No invented addresses: only those the library holds.
          const known = [
            ...lib.organisations.map((o) => o.website),
            ...lib.sources.map((s) => s.url),
          ];
          expect(known).toContain(nodeFields('link', node).url);
          break;
        }
      }
    }
  });

  it.each(docs)('%s: every live field resolves as of the document date', (_title, d) => {
    const asOf = asOfOf(d);
    const fields = nodes(d, 'live-field').map((n) => nodeFields('live-field', n));
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      if (f.field === 'document.date') continue;
      if (f.field === 'person.name') {
        expect(f.personId).not.toBeNull();
        continue;
      }
      expect(f.caseId, f.field).not.toBeNull();
      const facts = caseFacts(eventsOf(f.caseId!), asOf);
      const what = `${f.field} of ${f.caseId} as of ${asOf}`;
      expect(facts.status, what).not.toBe('unknown');
      if (f.field === 'case.arrestDate')
        expect(facts.arrestDate, what).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (f.field === 'case.sentence') expect(facts.sentence, what).not.toBeNull();
      // Days counted from a date known only to the year would be guesses.
      if (f.field === 'case.daysDeprived') expect(facts.approximate, what).toBe(false);
    }
  });

  it.each(docs)('%s: embeds record the statuses of their cases when inserted', (_title, d) => {
    const embeds = nodes(d, 'snippet-embed');
    expect(embeds.length).toBeGreaterThan(0);
    for (const node of embeds) {
      const embed = nodeFields('snippet-embed', node);
      const snippet = snippets.get(embed.snippetId)!;
      expect(embed.insertedAt, snippet.title).toBe(d.asOf);
      expect(embed.revision).toBe(1);
      expect(Object.keys(embed.caseStatuses).sort(), snippet.title).toEqual(
        [...snippet.caseIds].sort(),
      );
      for (const caseId of snippet.caseIds) {
        expect(embed.caseStatuses[caseId], `${snippet.title}: ${caseId}`).toBe(
          caseFacts(eventsOf(caseId), embed.insertedAt).status,
        );
      }
      if (embed.mode === 'linked') expect(node.children ?? []).toEqual([]);
      else expect(node.children?.length).toBeGreaterThan(0);
    }
  });

  it.each(docs)('%s: cites and embeds nothing from after its date', (_title, d) => {
    const asOf = asOfOf(d);
    for (const n of nodes(d, 'citation')) {
      const source = sources.get(nodeFields('citation', n).sourceId)!;
      if (source.published !== null) {
        expect(firstDay(source.published) <= asOf, source.title).toBe(true);
      }
    }
    for (const n of nodes(d, 'snippet-embed')) {
      const { snippetId, mode } = nodeFields('snippet-embed', n);
      if (mode !== 'linked') continue;
      const snippet = snippets.get(snippetId)!;
      const years = (snippet.text ?? '').match(/\b(?:19|20)\d\d\b/g) ?? [];
      for (const y of years) expect(y <= asOf.slice(0, 4), `${snippet.title}: ${y}`).toBe(true);
    }
  });

  it.each(docs)('%s: has the sections its forum requires', (_title, d) => {
    const forum = defaultForums.find((f) => f.key === d.forumKey)!;
    const headings = nodes(d, 'heading').map((h) => nodeText(h).trim());
    for (const section of forum.settings.requiredSections ?? []) {
      expect(headings, section).toContain(section);
    }
  });

  it('joint statement: dateline, opening formula, demands, appendix; lead first, then alphabetical', () => {
    const d = parse(demoDocuments[0]!);
    expect(d.joint).toBe(true);
    expect(d.asOf).toBe('2014-12-10');
    const first = nodeText(d.content.root.children[0]!);
    expect(first).toMatch(/^London, +– We, the undersigned organisations, /);
    expect(nodes(d, 'live-field')[0]).toMatchObject({ field: 'document.date' });
    const names = d.signatories.map((s) => organisations.get(s.organisationId)!.name);
    expect(names[0]).toBe('ARTICLE 19');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b)));
    expect(names).toHaveLength(5);
    expect(d.signatories.every((s) => s.status === 'confirmed')).toBe(true);
    expect(nodes(d, 'list').some((l) => l.listType === 'bullet')).toBe(true);
    expect(nodes(d, 'heading').map(nodeText)).toContain('Appendix: individual cases');
    // A paragraph with live fields for each person detained.
    const named = new Set(
      nodes(d, 'live-field')
        .map((n) => nodeFields('live-field', n).personId)
        .filter((id) => id !== null),
    );
    expect(named).toEqual(persons);
  });

  it('UPR submission: joint, before the 2018 review, with linked context and recommendation snippets', () => {
    const d = parse(demoDocuments[1]!);
    expect(d.joint).toBe(true);
    expect(d.asOf! < '2018-01-01').toBe(true);
    const linked = nodes(d, 'snippet-embed')
      .map((n) => nodeFields('snippet-embed', n))
      .filter((e) => e.mode === 'linked')
      .map((e) => snippets.get(e.snippetId)!);
    const kinds = new Set(linked.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['background', 'recommendation']));
    expect(linked.filter((s) => s.kind === 'background').map((s) => s.title)).toEqual([
      'NGO law amendments, 2013–2014',
      'Website blocking under the 2017 amendments to the information law',
      'Azerbaijan and the Open Government Partnership',
      'Azerbaijan and the Extractive Industries Transparency Initiative',
    ]);
    const names = d.signatories.map((s) => organisations.get(s.organisationId)!.name);
    expect(names.slice(0, 2)).toEqual(['ARTICLE 19', 'PEN International']);
  });

  it('Rule 9.2 communication: after the Grand Chamber judgment, addressed to DGI, naming the whole group', () => {
    const d = parse(demoDocuments[2]!);
    expect(d.asOf! > '2019-05-29').toBe(true);
    const all = [
      d.title,
      d.subtitle ?? '',
      ...d.coverLines,
      ...d.content.root.children.map(nodeText),
    ].join('\n');
    expect(all).toContain('Department for the Execution of Judgments');
    expect(all).toContain('DGI');
    expect(all).toContain('Strasbourg');
    for (const number of ['15172/13', '69981/14', '919/15', '47145/14', '48653/13', '68762/14']) {
      expect(all, number).toContain(number);
    }
    const cited = new Set(nodes(d, 'citation').map((n) => nodeFields('citation', n).sourceId));
    const judgments = lib.sources.filter(
      (s) =>
        s.publisher === 'European Court of Human Rights' &&
        /15172\/13|69981\/14|919\/15|47145\/14|48653\/13|68762\/14/.test(s.title),
    );
    expect(judgments.length).toBeGreaterThanOrEqual(7);
    for (const s of judgments) expect(cited.has(idOf(s)), s.title).toBe(true);
    // Individual measures: the status and the sentence of each applicant's case.
    const caseFields = nodes(d, 'live-field').map((n) => nodeFields('live-field', n));
    for (const c of lib.cases.filter((c) =>
      c.applications.some((a) => /15172\/13|69981\/14|47145\/14|68762\/14/.test(a.number)),
    )) {
      for (const field of ['case.status', 'case.sentence'] as const) {
        expect(
          caseFields.some((f) => f.caseId === c.id && f.field === field),
          `${c.title}: ${field}`,
        ).toBe(true);
      }
    }
  });
});
