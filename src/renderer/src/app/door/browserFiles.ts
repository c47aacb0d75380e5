import { MAX_CONTENT_BYTES, type ResultOf } from '../../../../shared/api';
import type {
  DossierClient,
  FileDoor,
  OpenMethod,
  OpenRequest,
  SaveRequest,
  Saved,
} from '../../../../shared/client';
import type { Result } from '../../../../shared/errors';

/**
 * Files in the browser door: an upload where Electron shows the open dialog, a download where
 * it shows the save dialog. The bytes go through the contract's content methods
 * (`library.importContent`, `documents.render`…), so the page never names a path.
 */

const ACCEPT: Record<OpenMethod, string> = {
  'library.import': '.json,.csv,application/json,text/csv',
  'documents.import': '.json,application/json',
  'library.restore': '.db',
};

function refused(message: string): Result<never> {
  return { ok: false, error: { code: 'invalid_input', message } };
}

/** Lets the person pick one file; null when they cancel. */
function pickFile(accept: string): Promise<File | null> {
  return new Promise((done) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    let settled = false;
    const settle = (file: File | null): void => {
      if (settled) return;
      settled = true;
      input.remove();
      done(file);
    };
    input.addEventListener('change', () => settle(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => settle(null));
    document.body.append(input);
    input.click();
  });
}

/**
 * The file's text. Exchange files are UTF-8 (a UTF-16 file with its byte-order mark, as some
 * spreadsheet programs save, is read too); anything else is refused rather than imported with
 * replacement characters where letters were.
 */
export async function fileText(file: File): Promise<Result<string>> {
  if (file.size > MAX_CONTENT_BYTES) {
    return refused(
      `${file.name} is larger than 64 MB, more than the window takes: import it with the dossier command (node bin/dossier.js import "${file.name}").`,
    );
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return { ok: true, value: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return refused(
      `${file.name} is not UTF-8 text. Save it again as UTF-8 (in Excel: "CSV UTF-8"; in LibreOffice: character set "Unicode (UTF-8)") and import it again.`,
    );
  }
}

function download(fileName: string, mime: string, base64: string): number {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the bytes once the click's download has started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return bytes.length;
}

export function browserFileDoor(client: DossierClient): FileDoor {
  return {
    async save(request: SaveRequest): Promise<Result<Saved> | null> {
      if (request.method === 'library.backup') {
        // A database is not something to download: the copy goes where backups are kept.
        const r = await client.call('library.backupNow', {});
        if (!r.ok) return r;
        return {
          ok: true,
          value: { path: null, fileName: r.value.name, bytes: r.value.bytes, to: 'backups' },
        };
      }
      const r =
        request.method === 'documents.export'
          ? await client.call('documents.render', request.params)
          : await client.call('library.exportContent', {});
      if (!r.ok) return r;
      const fileName = r.value.fileName || request.suggestedName;
      const bytes = download(fileName, r.value.mime, r.value.base64);
      return { ok: true, value: { path: null, fileName, bytes, to: 'download' } };
    },

    async open<M extends OpenMethod>(request: OpenRequest<M>): Promise<Result<ResultOf<M>> | null> {
      type Out = Result<ResultOf<M>>;
      if (request.method === 'library.restore') {
        return refused(
          'In the browser, restore one of the backups listed under Backups. To restore a backup file from elsewhere, stop Dossier and run: node bin/dossier.js restore FILE',
        ) as Out;
      }
      const file = await pickFile(ACCEPT[request.method]);
      if (file === null) return null;
      const text = await fileText(file);
      if (!text.ok) return text as Out;
      const content = { name: file.name, content: text.value };
      const r =
        request.method === 'library.import'
          ? await client.call('library.importContent', content)
          : await client.call('documents.importContent', content);
      // The content method answers what the path method would (the contract says so).
      return r as unknown as Out;
    },

    showInFolder: async () => false,
    openFile: async () => false,
  };
}
