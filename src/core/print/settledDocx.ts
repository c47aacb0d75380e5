import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The same Word file for the same document, whoever writes it and when (the window's download,
 * the CLI's export): docx stamps its properties and every zip entry with the time of packing,
 * and gives links random relationship ids. Here they take the time of the document's last
 * change (as the PDF's CreationDate does) and ids numbered in order. The core properties also get
 * the document's language (dc:language).
 */
export function settledDocx(
  packed: Uint8Array,
  changed: Date,
  language: string,
  /** `fontTable`: w:font entries for word/fontTable.xml, which docx leaves empty. */
  extra: { fontTable?: string } = {},
): Uint8Array {
  // Zip times start in 1980.
  const at = changed.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : changed;
  const when = `${at.toISOString().slice(0, 19)}Z`;
  const files = unzipSync(packed);
  const ids = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    // Only attribute values (Id="…", r:id="…"), never the text; rId1, rId2… stay as they are.
    let xml = strFromU8(bytes).replace(/="(rId[\w-]*[A-Za-z_-][\w-]*)"/g, (_, id: string) => {
      let fixed = ids.get(id);
      if (fixed === undefined) {
        fixed = `rIdLink${ids.size + 1}`;
        ids.set(id, fixed);
      }
      return `="${fixed}"`;
    });
    if (name === 'docProps/core.xml') {
      xml = xml.replace(
        /(<dcterms:(?:created|modified) xsi:type="dcterms:W3CDTF">)[^<]*(<\/dcterms:)/g,
        `$1${when}$2`,
      );
      // docx's placeholder author when none is given ("Un-named"): no author instead.
      xml = xml.replace(/<(dc:creator|cp:lastModifiedBy)>Un-named<\/\1>/g, '');
      // The document's language, which docx does not write there.
      if (!xml.includes('<dc:language>')) {
        xml = xml.replace(
          '</cp:coreProperties>',
          `<dc:language>${language.replace(/[^A-Za-z0-9-]/g, '')}</dc:language></cp:coreProperties>`,
        );
      }
    }
    // The application that made the file (docx leaves app.xml empty).
    if (name === 'docProps/app.xml' && !xml.includes('<Application>')) {
      xml = xml.replace(
        /<Properties([^>]*)\/>/,
        '<Properties$1><Application>Dossier</Application></Properties>',
      );
    }
    if (name === 'word/fontTable.xml' && extra.fontTable)
      xml = xml.replace(/<w:fonts([^>]*)\/>\s*$/, `<w:fonts$1>${extra.fontTable}</w:fonts>`);
    files[name] = strToU8(xml);
  }
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, bytes]) => [name, [bytes, { mtime: at }]]),
    ),
  );
}
