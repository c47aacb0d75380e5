import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  readFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { DossierError } from '../shared/errors';
import { nestingProblem } from '../shared/nesting';
import { jsonErrorOffset } from '../core/jsonErrorOffset';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

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
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  removeStalePartials(path);
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    const fd = openSync(tmp, 'w');
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

/** Reads a JSON file, with errors that say which file and where in it. */
export function readJsonFile(path: string, maxBytes: number): unknown {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory())
      throw new DossierError('invalid_input', `${path} is a folder, not a file.`, path);
    size = st.size;
  } catch (err) {
    if (err instanceof DossierError) throw err;
    throw new DossierError('not_found', `There is no file at ${path}.`, path);
  }
  if (size > maxBytes) {
    throw new DossierError(
      'invalid_input',
      `${path} is ${Math.round(size / 1_048_576)} MB, more than the ${Math.round(maxBytes / 1_048_576)} MB an import may be. Split it into several files.`,
      path,
    );
  }
  const text = readFileSync(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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
        ? `unexpected ${JSON.stringify(text.slice(at, at + 12))}`
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
