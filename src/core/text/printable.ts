/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, line feed and carriage return;
 * U+FFFE and U+FFFF) and lone surrogates, which no encoding can write. Word refuses a document
 * with one, in its text or in its properties (docProps/core.xml).
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text with every character removed that an exported format could not carry (see above).
 * Document resolution passes everything it prints through this once, so that no renderer has to.
 */
export function printable(text: string): string {
  return text.replace(XML_INVALID, '');
}
