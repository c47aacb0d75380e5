import type { Source } from '../../shared/domain';
import { formatDate } from '../dates';
import type { PrintInline } from '../print/tree';
import type { SerializedCitationNode } from './serialized';

/** The note a citation prints, or `[source missing]`. */
export interface CitationNote {
  found: boolean;
  inlines: PrintInline[];
  /** The note as plain text, for a hover or a word count. */
  text: string;
}

/**
 * The note a citation prints (docs/document-format.md, "Citations"): "Title, Publisher, 5 December
 * 2014, para. 3. https://…", the date in the document's `language` (BCP 47; English by default,
 * and for a language with no wording table). What the exporters print (through `resolveDocument`, which numbers
 * the notes and hides names in them) and what the editor's hover shows. Pure.
 */
export function citationNote(
  node: Pick<SerializedCitationNode, 'sourceId' | 'pinpoint'>,
  sources: ReadonlyMap<string, Source>,
  language = 'en',
): CitationNote {
  const source = sources.get(node.sourceId);
  if (source === undefined) {
    return {
      found: false,
      inlines: [{ type: 'text', text: '[source missing]' }],
      text: '[source missing]',
    };
  }
  const published = source.published && formatDate(source.published, language);
  const parts = [source.title, source.publisher, published, node.pinpoint].filter(
    (p): p is string => typeof p === 'string' && p.trim() !== '',
  );
  // A date that ends in a full stop ("5 декабря 2014 г.") ends the note with it.
  const stop = parts.at(-1) === published && published.endsWith('.') ? '' : '.';
  const note = `${parts.join(', ')}${stop}`;
  const inlines: PrintInline[] = [{ type: 'text', text: note }];
  if (source.url !== null) {
    inlines.push(
      { type: 'text', text: ' ' },
      { type: 'link', url: source.url, children: [{ type: 'text', text: source.url }] },
    );
  }
  return { found: true, inlines, text: source.url === null ? note : `${note} ${source.url}` };
}
