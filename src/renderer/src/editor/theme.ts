import type { EditorThemeClasses } from 'lexical';

/** The editor's classes (Editor.css): the document's serif, as it will print. */
export const theme: EditorThemeClasses = {
  paragraph: 'ed-p',
  heading: { h1: 'ed-h1', h2: 'ed-h2', h3: 'ed-h3' },
  quote: 'ed-quote',
  list: { ul: 'ed-ul', ol: 'ed-ol', listitem: 'ed-li', nested: { listitem: 'ed-li-nested' } },
  link: 'ed-link',
  table: 'ed-table',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  text: {
    bold: 'ed-bold',
    italic: 'ed-italic',
    underline: 'ed-underline',
    strikethrough: 'ed-strike',
    code: 'ed-code',
    subscript: 'ed-sub',
    superscript: 'ed-sup',
  },
};
