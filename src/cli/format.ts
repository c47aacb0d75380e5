import type { CaseDetail, SearchHit } from '../shared/api';
import type { PreflightReport } from '../shared/preflight';
import type { DocumentRecord } from '../shared/domain';
import type { CaseRecord, Person, Snippet, Source } from '../shared/domain';
import { formatDate as humanDate, formatSentence, statusLabel } from '../backend/present';

export interface Style {
  mark(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

export const plainStyle: Style = { mark: (t) => `[${t}]`, dim: (t) => t, bold: (t) => t };
export const ttyStyle: Style = {
  mark: (t) => `\u001b[1;33m${t}\u001b[0m`,
  dim: (t) => `\u001b[2m${t}\u001b[0m`,
  bold: (t) => `\u001b[1m${t}\u001b[0m`,
};

function marked(text: string, ranges: [number, number][], style: Style): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + style.mark(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

export function formatSearch(hits: SearchHit[], style: Style): string {
  if (hits.length === 0) return 'Nothing found.';
  return hits
    .map((h, i) =>
      [
        `${String(i + 1).padStart(2)}. ${h.kind.padEnd(7)} ${style.bold(marked(h.title, h.titleHighlights, style))}`,
        h.excerpt === '' ? null : `    ${marked(h.excerpt, h.highlights, style)}`,
        `    ${style.dim(`id ${h.id}  score ${h.score}`)}`,
      ]
        .filter((l) => l !== null)
        .join('\n'),
    )
    .join('\n');
}

export function formatPersons(persons: Person[]): string {
  return persons
    .map((p) => {
      const aliases = p.aliases.length > 0 ? ` (${p.aliases.map((a) => a.name).join(', ')})` : '';
      const roles = p.roles.length > 0 ? ` — ${p.roles.join(', ')}` : '';
      return `${p.id}  ${p.name}${aliases}${roles}`;
    })
    .join('\n');
}

export function formatCases(cases: CaseRecord[]): string {
  return cases.map((c) => `${c.id}  ${c.title}  [${statusLabel(c.status)}]`).join('\n');
}

export function formatSnippets(snippets: Snippet[]): string {
  return snippets
    .map(
      (s) => `${s.id}  ${s.title}  [${s.kind.replace('_', ' ')}, ${s.language}, rev ${s.revision}]`,
    )
    .join('\n');
}

export function formatSources(sources: Source[]): string {
  return sources
    .map((s) => {
      const by = [s.publisher, s.published && humanDate(s.published)].filter(Boolean).join(', ');
      return `${s.id}  ${s.title}${by === '' ? '' : ` — ${by}`}`;
    })
    .join('\n');
}

export function formatCase(d: CaseDetail, style: Style): string {
  const { case: c, facts } = d;
  const sourceTitle = new Map(d.sources.map((s) => [s.id, s.title]));
  const out: string[] = [style.bold(c.title), ''];
  out.push(`Persons:   ${d.persons.map((p) => p.name).join(', ') || '—'}`);
  if (c.country !== null) out.push(`Country:   ${c.country}`);
  const since = facts.statusSince === null ? '' : ` since ${humanDate(facts.statusSince)}`;
  out.push(`Status:    ${statusLabel(facts.status)}${since} (as of ${humanDate(facts.asOf)})`);
  const approx = facts.approximate ? ' (approximate: some dates are imprecise or uncertain)' : '';
  out.push(
    `Deprived of liberty: ${facts.days.total} days${approx}` +
      (facts.days.total > 0
        ? ` — pretrial ${facts.days.pretrial}, prison ${facts.days.prison}`
        : '') +
      (facts.days.houseArrest > 0 ? `; house arrest ${facts.days.houseArrest} days` : ''),
  );
  if (facts.arrestDate !== null) out.push(`Arrested:  ${humanDate(facts.arrestDate)}`);
  if (facts.sentence !== null) {
    const { sentence, date, pardoned } = facts.sentence;
    out.push(
      `Sentence:  ${formatSentence(sentence)} (${humanDate(date)})${pardoned ? ', pardoned' : ''}`,
    );
  }
  if (c.charges.length > 0) {
    out.push('', 'Charges:');
    for (const ch of c.charges) {
      const article = ch.article === null ? '' : `Art. ${ch.article} `;
      out.push(`  - ${article}${ch.label}${ch.status === 'active' ? '' : ` (${ch.status})`}`);
    }
  }
  if (c.applications.length > 0) {
    out.push('', 'ECtHR applications:');
    for (const a of c.applications) {
      const judgment = a.judgmentDate === null ? '' : `, judgment ${humanDate(a.judgmentDate)}`;
      const articles = a.articles.length > 0 ? ` (${a.articles.join(', ')})` : '';
      out.push(`  - ${a.name === null ? '' : `${a.name}, `}no. ${a.number}${judgment}${articles}`);
    }
  }
  if (d.events.length > 0) {
    out.push('', 'Events:');
    for (const e of d.events) {
      const cited = e.sources.map((s) => sourceTitle.get(s.sourceId) ?? s.sourceId).join('; ');
      out.push(
        `  ${humanDate(e.date).padEnd(18)} ${e.type.replace('_', ' ')}${e.uncertain ? ' (uncertain)' : ''}: ${e.text}`,
      );
      if (cited !== '') out.push(`  ${''.padEnd(18)} ${style.dim(`source: ${cited}`)}`);
    }
  }
  if (c.summary !== '') out.push('', c.summary);
  return out.join('\n');
}

export function formatDocument(d: DocumentRecord): string {
  return [
    d.title,
    ...(d.subtitle ? [d.subtitle] : []),
    '',
    `Id:          ${d.id}`,
    `Forum:       ${d.forumKey ?? '—'}`,
    `As of:       ${d.asOf === null ? 'the day it is viewed' : humanDate(d.asOf)}`,
    `Status:      ${d.status}, revision ${d.revision}`,
    `Audience:    ${d.audience}${d.joint ? ', joint' : ''}`,
    `Signatories: ${d.signatories.length === 0 ? '—' : d.signatories.map((s) => `${s.organisationId} (${s.status})`).join(', ')}`,
  ].join('\n');
}

export function formatReport(r: PreflightReport, style: Style): string {
  const limit = r.words.limit === null ? '' : ` of ${r.words.limit}`;
  const pages = `about ${r.pages.estimate} page${r.pages.estimate === 1 ? '' : 's'}${r.pages.limit === null ? '' : ` of ${r.pages.limit}`}`;
  const out = [
    `As of ${humanDate(r.asOf)}: ${r.words.counted} words${limit} (${r.words.notesCount ? 'notes count' : 'notes do not count'}), ${pages}.`,
    `${r.errors} error${r.errors === 1 ? '' : 's'}, ${r.warnings} warning${r.warnings === 1 ? '' : 's'}.`,
  ];
  for (const f of r.findings) {
    out.push(
      '',
      `${style.bold(f.severity.toUpperCase())} ${f.message}`,
      `  where: ${f.where}`,
      `  fix:   ${f.fix}`,
    );
  }
  return out.join('\n');
}
