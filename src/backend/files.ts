import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { DossierError } from '../shared/errors';
import { nestingProblem } from '../shared/nesting';
import { jsonErrorOffset } from '../core/jsonErrorOffset';
import { headerKind, readFirstBytes } from '../store/encryption';
import { backupFolder } from '../store/library';
import { alive } from './presence';

/** Removes what an earlier writer of `path` left half-written when it was killed. */
function removeStalePartials(path: string): void {
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.partial')) continue;
    const pid = Number(name.slice(prefix.length, -'.partial'.length));
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      rmSync(join(dirname(path), name), { force: true });
    }
  }
}

/** Removes a file if it is there; a name the OS refuses (too long) leaves nothing to remove. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was created under a name the OS cannot take.
  }
}

/**
 * Writes a file so that it is either all there or not there at all: into a temporary file
 * beside it, flushed to disk, then renamed over the target.
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  target: TargetRules,
): void {
  assertTarget(path, target);
  removeStalePartials(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    removeQuietly(tmp);
    throw new DossierError(
      'io',
      `Could not write ${path}: ${(err as Error).message}. Nothing was written there.`,
      path,
    );
  }
}

/** What a write to a path the user chose must respect. */
export interface TargetRules {
  /** The library being worked on: neither it nor its backups are ever written over. */
  libraryPath: string;
  /** An existing file may be replaced (the user said so: --overwrite, the save dialog). */
  overwrite: boolean;
}

/** The path with its folder's symlinks resolved (the file itself may not exist yet). */
function realTarget(path: string): string {
  const dir = dirname(resolve(path));
  try {
    return join(realpathSync(dir), basename(path));
  } catch {
    return resolve(path);
  }
}

function isSqliteFile(path: string): boolean {
  try {
    return headerKind(readFirstBytes(path, 100)) !== 'other';
  } catch {
    return false;
  }
}

/**
 * Refuses to write where a write would destroy something: the library itself (or the files
 * SQLite keeps beside it), anything in its backups folder, any SQLite database (another
 * library, a backup kept elsewhere), a symlink, a device or a pipe. Another existing file is
 * replaced only when `overwrite` says so.
 */
export function assertTarget(path: string, rules: TargetRules): void {
  const refuse = (why: string): never => {
    throw new DossierError('conflict', `Not written: ${path} ${why} Nothing was written.`, path, {
      do: 'choose-file',
    });
  };
  const target = realTarget(path);
  const library = realTarget(rules.libraryPath);
  if ([library, `${library}-wal`, `${library}-shm`, `${library}-journal`].includes(target)) {
    refuse('is the library itself. Choose another file name.');
  }
  const backups = realTarget(backupFolder(rules.libraryPath));
  if (target === backups || target.startsWith(backups + sep)) {
    refuse("is in the library's backups folder. Choose a file outside it.");
  }
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return; // a new file
  }
  if (st.isSymbolicLink()) refuse('is a symbolic link; Dossier does not write through links.');
  if (st.isDirectory()) refuse('is a folder. Choose a file name in it.');
  if (!st.isFile()) refuse('is not a regular file (a device or a pipe).');
  if (isSqliteFile(path)) {
    refuse('is a database (perhaps another library or a backup) and is never written over.');
  }
  if (!rules.overwrite) {
    throw new DossierError(
      'conflict',
      `${path} already exists. Replace it only if you mean to, or choose another name; nothing was written.`,
      path,
      { do: 'confirm-overwrite' },
    );
  }
}

/**
 * The first place in `bytes` that is not UTF-8: the byte offset of a sequence that does not
 * decode, or null when it all does.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return null;
}

/**
 * The text of a file to import: UTF-8 (a byte order mark is dropped), or UTF-16 when its byte
 * order mark says so. Anything else is refused with the place of the first byte that is not
 * UTF-8, never decoded into replacement characters.
 */
export function decodeText(bytes: Buffer, origin: string): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) {
    const body = Buffer.from(bytes.subarray(2));
    if (body.length % 2 !== 0) {
      throw new DossierError(
        'invalid_input',
        `${origin} says it is UTF-16 text but ends in the middle of a character (byte ${bytes.length - 1}): it is cut off or not text. Nothing was imported.`,
        origin,
      );
    }
    if (bytes[0] === 0xfe) body.swap16();
    return body.toString('utf16le');
  }
  const at = invalidUtf8Offset(bytes);
  if (at !== null) {
    const before = bytes.subarray(0, at);
    const line = before.filter((c) => c === 0x0a).length + 1;
    throw new DossierError(
      'invalid_input',
      `${origin} is not UTF-8 text: byte ${at} (line ${line}) is 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}. Save the file as UTF-8 (in Excel or LibreOffice: "CSV UTF-8" or the "Unicode (UTF-8)" character set), then import it again. Nothing was imported.`,
      origin,
    );
  }
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a regular file of at most `maxBytes`: devices, pipes and folders are refused before
 * anything is read (reading /dev/zero would never end).
 */
export function readImportFile(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      throw new DossierError('invalid_input', `${path} is a folder, not a file.`, path);
    }
    if (!st.isFile()) {
      throw new DossierError(
        'invalid_input',
        `${path} is not a regular file (a device or a pipe): choose the file itself. Nothing was imported.`,
        path,
      );
    }
    // O_NONBLOCK: a pipe put there after the check must not hang the open.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('not_found', `There is no file at ${path}.`, path);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      throw new DossierError('invalid_input', `${path} is not a regular file.`, path);
    }
    if (st.size > maxBytes) {
      throw new DossierError(
        'invalid_input',
        `${path} is ${Math.round(st.size / 1_048_576)} MB, more than the ${Math.round(maxBytes / 1_048_576)} MB an import may be. Split it into several files.`,
        path,
      );
    }
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads a JSON file, with errors that say which file and where in it. */
export function readJsonFile(path: string, maxBytes: number): unknown {
  return parseJsonText(decodeText(readImportFile(path, maxBytes), path), path);
}

/** Parses JSON text from `origin` (a file, an upload), with errors that say where in it. */
export function parseJsonText(text: string, path: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    let at: number | null;
    try {
      at = jsonErrorOffset(text);
    } catch {
      // Its recursive descent overflows the stack on text nested tens of thousands deep.
      at = null;
    }
    if (at === null) {
      throw new DossierError(
        'invalid_input',
        `${path} is not valid JSON (nested too deeply to say where). Nothing was imported.`,
        path,
      );
    }
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    const found =
      at < text.length
        ? `unexpected “${text.slice(at, at + 12).replace(/\s+/g, ' ')}”`
        : 'the text ends too early';
    throw new DossierError(
      'invalid_input',
      `${path} is not valid JSON at line ${line}, column ${column} (${found}). Nothing was imported.`,
      path,
    );
  }
  const nesting = nestingProblem(value);
  if (nesting !== null) {
    throw new DossierError(
      'invalid_input',
      `${path}: ${nesting.place}: ${nesting.message}. Nothing was imported.`,
      nesting.place,
    );
  }
  return value;
}

/**
 * Checks that parsed JSON is the kind of Dossier file expected (its `format`) and not from a
 * newer Dossier (its `version`), before its content is validated.
 */
export function assertFileKind(
  raw: unknown,
  origin: string,
  kind: { format: string; version: number; name: string },
): void {
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (
    head === null ||
    typeof head !== 'object' ||
    Array.isArray(head) ||
    head.format !== kind.format
  ) {
    throw new DossierError(
      'invalid_input',
      `${origin} is not a Dossier ${kind.name} (it needs "format": "${kind.format}"). Nothing was imported.`,
      origin,
    );
  }
  if (typeof head.version === 'number' && head.version > kind.version) {
    throw new DossierError(
      'future_version',
      `${origin} was written by a newer version of Dossier (${kind.name} version ${head.version}; this version reads ${kind.version}). Update Dossier to import it; nothing was imported.`,
      origin,
    );
  }
}
