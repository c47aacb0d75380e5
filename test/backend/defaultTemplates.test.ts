import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultForums } from '../../src/backend/forums/defaultForums';
import { defaultTemplates, type TemplateSeed } from '../../src/backend/templates/defaultTemplates';
import { plainText } from '../../src/core/document/content';
import { contentProblems, TEXT_FORMAT, walk } from '../../src/core/document/nodes';
import { documentInput, templateRecord, type SerializedNode } from '../../src/shared/domain';

const NOW = '2026-11-28T12:00:00.000Z';

function nodeText(node: SerializedNode): string {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(nodeText).join('');
}

function nodesOf(t: TemplateSeed, type: string): SerializedNode[] {
  return [...walk(t.content)].map((w) => w.node).filter((n) => n.type === type);
}

function headings(t: TemplateSeed): string[] {
  return nodesOf(t, 'heading').map((h) => nodeText(h).trim());
}

function forumOf(t: TemplateSeed) {
  const forum = defaultForums.find((f) => f.key === t.forumKey);
  if (forum === undefined) throw new Error(`no forum ${t.forumKey}`);
  return forum;
}

/**
 * Forums whose templates carry a dateline (the cover prints the document's date for all; the
 * numbered paragraphs of a third-party intervention leave no room for an unnumbered one).
 */
const DATED = [
  'special-procedures',
  'cm-rule-9-2',
  'joint-statement',
  'ogp-letter',
  'eiti-submission',
];

describe('default templates', () => {
  it('cover every forum, and name only forums that exist', () => {
    const keys = new Set(defaultForums.map((f) => f.key));
    expect(keys.size).toBe(9);
    for (const key of keys) {
      expect(
        defaultTemplates.some((t) => t.forumKey === key),
        `a template for ${key}`,
      ).toBe(true);
    }
    for (const t of defaultTemplates) expect(keys.has(t.forumKey), t.key).toBe(true);
  });

  it('have distinct keys and names', () => {
    expect(new Set(defaultTemplates.map((t) => t.key)).size).toBe(defaultTemplates.length);
    expect(new Set(defaultTemplates.map((t) => t.name)).size).toBe(defaultTemplates.length);
  });

  it('offer a joint and a single-organisation UPR submission', () => {
    const upr = defaultTemplates.filter((t) => t.forumKey === 'upr-stakeholder');
    expect(upr.map((t) => [t.name, t.document.joint])).toEqual([
      ['UPR stakeholder submission — joint', true],
      ['UPR stakeholder submission — single organisation', false],
    ]);
  });

  it.each(defaultTemplates.map((t) => [t.key, t] as const))(
    '%s: valid content, a valid template record and a valid new document',
    (_key, t) => {
      expect(contentProblems(t.content, 100)).toEqual([]);
      const record = templateRecord.safeParse({
        id: `template-${t.key}`,
        forumKey: t.forumKey,
        name: t.name,
        description: t.description,
        document: { ...t.document, forumKey: t.forumKey },
        content: t.content,
        createdAt: NOW,
        updatedAt: NOW,
      });
      if (!record.success) console.error(z.prettifyError(record.error));
      expect(record.success).toBe(true);
      const fresh = documentInput.safeParse({
        title: t.name,
        ...t.document,
        forumKey: t.forumKey,
        content: t.content,
      });
      if (!fresh.success) console.error(z.prettifyError(fresh.error));
      expect(fresh.success).toBe(true);
    },
  );

  it.each(defaultTemplates.map((t) => [t.key, t] as const))(
    '%s: one heading per required section, in the order the forum gives',
    (_key, t) => {
      const found = headings(t);
      const required = forumOf(t).settings.requiredSections ?? [];
      for (const section of required) {
        expect(
          found.filter((h) => h === section),
          `${t.key}: heading "${section}"`,
        ).toHaveLength(1);
      }
      const positions = required.map((s) => found.indexOf(s));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    },
  );

  it.each(defaultTemplates.map((t) => [t.key, t] as const))(
    '%s: a skeleton of reasonable size, with bracketed italic placeholders',
    (_key, t) => {
      const blocks = t.content.root.children.length;
      expect(blocks).toBeGreaterThanOrEqual(8);
      expect(blocks).toBeLessThanOrEqual(40);
      for (const n of nodesOf(t, 'text')) {
        expect(n.text, 'no placeholder within a placeholder').not.toMatch(/\[[^\]]*\[/);
        if (/\[[^\]]*\]/.test(n.text ?? '')) {
          expect(((n.format as number) & TEXT_FORMAT.italic) !== 0, n.text).toBe(true);
        }
      }
      expect(t.description.length).toBeGreaterThan(20);
    },
  );

  it('have a signatory list in every joint template, and in every joint statement', () => {
    for (const t of defaultTemplates) {
      if (t.document.joint !== true && t.forumKey !== 'joint-statement') continue;
      expect(nodesOf(t, 'signatory-list').length, t.key).toBeGreaterThan(0);
    }
  });

  it('end with recommendations as a numbered list where the forum has recommendations', () => {
    for (const t of defaultTemplates) {
      const blocks = t.content.root.children;
      const at = blocks.findIndex(
        (b) => b.type === 'heading' && nodeText(b).trim() === 'Recommendations',
      );
      if (!(forumOf(t).settings.requiredSections ?? []).includes('Recommendations') && at < 0) {
        continue;
      }
      expect(at, t.key).toBeGreaterThanOrEqual(0);
      const section = blocks.slice(at + 1);
      const end = section.findIndex((b) => b.type === 'heading' && b.tag === 'h1');
      const list = (end < 0 ? section : section.slice(0, end)).find((b) => b.type === 'list');
      expect(list?.listType, t.key).toBe('number');
    }
  });

  it('put the document date where a date belongs', () => {
    for (const key of DATED) {
      for (const t of defaultTemplates.filter((x) => x.forumKey === key)) {
        const dates = nodesOf(t, 'live-field').filter((f) => f.field === 'document.date');
        expect(dates.length, t.key).toBeGreaterThan(0);
      }
    }
  });

  it('open with the formulas each forum expects', () => {
    const text = (key: string) => {
      const t = defaultTemplates.find((x) => x.key === key);
      if (t === undefined) throw new Error(key);
      return [
        plainText(t.content),
        t.document.subtitle ?? '',
        ...(t.document.coverLines ?? []),
      ].join('\n');
    };
    const joint = text('joint-statement');
    expect(joint).toMatch(/^\[City\], +– We, the undersigned organisations, /);
    expect(joint).toContain('We call on the authorities of [Name of the State] to:');
    expect(headings(defaultTemplates.find((t) => t.key === 'joint-statement')!)).toContain(
      'Appendix: individual cases',
    );

    const rule92 = text('cm-rule-9-2');
    expect(rule92).toContain('Department for the Execution of Judgments');
    expect(rule92).toContain('DGI');
    expect(rule92).toContain('Strasbourg');
    expect(rule92).toMatch(/individual measures \/ general measures/);
    expect(rule92).toContain('The aim of this communication is to');

    const tpi = text('echr-tpi');
    expect(tpi).toContain(
      'Third party intervention submitted under Rule 44 § 3 of the Rules of Court by',
    );
    expect(tpi).toContain('pursuant to the leave granted');

    for (const key of ['upr-stakeholder-joint', 'upr-stakeholder-single']) {
      const upr = text(key);
      expect(upr).toContain('covers the period since the last review');
      expect(upr).toMatch(/founded in \[year\]/);
    }
    expect(text('upr-stakeholder-joint')).toContain('joint submission');

    expect(text('ogp-letter')).toContain('Criteria and Standards subcommittee');
    expect(text('eiti-submission')).toContain('Requirement 1.3');
  });
});
