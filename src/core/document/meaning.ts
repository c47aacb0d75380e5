import type { RichContent, SerializedNode } from '../../shared/domain';

/**
 * Lexical's own fields, which Dossier keeps as written but never reads (docs/document-format.md,
 * section 4). A heading's `tag` is its level and a paragraph's `direction` can be `rtl`: those
 * two are read, and handled below.
 */
const LEXICAL_OWN = new Set([
  'version',
  'direction',
  'indent',
  'textFormat',
  'textStyle',
  'mode',
  'detail',
  'rel',
  'target',
  'title',
  'tag',
  'value',
  'colWidths',
  'rowStriping',
  'frozenColumnCount',
  'frozenRowCount',
  'height',
  'width',
  'backgroundColor',
  'verticalAlign',
]);

/** What a field left out means, per node type. */
const DEFAULTS: Record<string, Record<string, unknown>> = {
  text: { format: 0, style: '' },
  tablecell: { headerState: 0, colSpan: 1, rowSpan: 1 },
  list: { start: 1 },
  'live-field': { caseId: null, personId: null },
  citation: { pinpoint: null },
  'snippet-embed': { caseStatuses: {} },
};

function meaningOf(node: SerializedNode): unknown {
  const out: Record<string, unknown> = { ...DEFAULTS[node.type] };
  for (const [k, v] of Object.entries(node)) {
    if (k === 'children') continue;
    if (k === 'tag' && node.type === 'heading') out[k] = v;
    else if (k === 'direction' && v === 'rtl') out[k] = v;
    else if (LEXICAL_OWN.has(k)) continue;
    // Element alignment: `''` and the number older files wrote both mean "as the style says".
    else if (k === 'format' && node.type !== 'text' && (typeof v === 'number' || v === ''))
      continue;
    else out[k] = v;
  }
  if (node.children !== undefined && node.children.length > 0) {
    out.children = node.children.map(meaningOf);
  }
  return out;
}

/**
 * Content as Dossier reads it: Lexical's own fields left out and defaults filled in. Two contents
 * with the same meaning print the same; the editor, which writes Lexical's fields its own way,
 * gives back the meaning of what it loaded. Saves compare meanings to decide whether the text
 * changed (a new revision) or only its spelling as JSON.
 */
export function contentMeaning(content: RichContent): unknown {
  return meaningOf(content.root as SerializedNode);
}
