import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import {
  cipherPragmas,
  headerKind,
  kdfProfiles,
  keyBytes,
  readFirstBytes,
  type KdfProfile,
} from './encryption';

/**
 * What the first page of a SQLite file says about the file's length: a file shorter than its
 * header says (cut off by a full disk, a failed copy) or not a whole number of pages is damaged.
 * Costs one read, whatever the size of the library. Of an encrypted file only the page size is
 * readable, so only the whole number of pages is checked.
 */
function pendingJournal(path: string): boolean {
  for (const suffix of ['-wal', '-journal']) {
    try {
      if (statSync(path + suffix).size > 0) return true;
    } catch {
      // no such file
    }
  }
  // A WAL index means a connection has the library open (or had, and was killed): its WAL may
  // be missing only for now (another program moved it), and SQLite, not the header, decides.
  try {
    statSync(`${path}-shm`);
    return true;
  } catch {
    return false;
  }
}

export function headerProblems(path: string): string[] {
  const size = statSync(path).size;
  if (size < 100) return [`the file is ${size} bytes, shorter than a SQLite header`];
  const header = readFirstBytes(path, 100);
  const encrypted = headerKind(header) === 'encrypted';
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return [`the header gives an impossible page size (${raw})`];
  }
  if (size % pageSize !== 0) {
    return [`the file is ${size} bytes, not a whole number of ${pageSize}-byte pages (cut off?)`];
  }
  if (encrypted) return [];
  // A journal with frames in it may hold pages the file does not have yet (a checkpoint cut
  // short): SQLite recovers them from the journal on opening, so the count cannot be judged here.
  if (pendingJournal(path)) return [];
  const pages = header.readUInt32BE(28);
  const headerIsCurrent = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (headerIsCurrent && pages * pageSize > size) {
    return [`the file holds ${size / pageSize} pages but should hold ${pages} (cut off?)`];
  }
  return [];
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding || undefined });
  if (workerData.key) {
    for (const p of workerData.cipherPragmas) db.pragma(p);
    if (db.key(Buffer.from(workerData.key)) !== 0) throw new Error('SQLite could not take the key');
  }
  db.pragma('temp_store = MEMORY');
  const rows = db.pragma('quick_check(100)', { simple: false }).map((r) => r.quick_check);
  parentPort.postMessage(rows.length === 1 && rows[0] === 'ok' ? [] : rows);
} catch (err) {
  parentPort.postMessage([String(err && err.message || err)]);
} finally {
  if (db) db.close();
}
`;

/**
 * SQLite's `quick_check` of the whole library, in a worker thread on its own read-only
 * connection, so that a large library is checked without holding up the app. An encrypted
 * library's connection gets the key from `passphrase` (passed to the worker in memory) with
 * the key profile `kdf` that opened it. Resolves
 * to the problems found (none: an empty list).
 */
export function checkIntegrity(
  path: string,
  nativeBinding?: string,
  passphrase?: string,
  kdf: KdfProfile | null = kdfProfiles()[0] ?? null,
): Promise<string[]> {
  const module = createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers');
  const key = passphrase === undefined ? null : new Uint8Array(keyBytes(passphrase));
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        path,
        module,
        nativeBinding: nativeBinding ?? '',
        key,
        cipherPragmas: kdf === null ? [] : cipherPragmas(kdf),
      },
    });
    worker.once('message', (problems: string[]) => resolve(problems));
    worker.once('error', (err) => resolve([err.message]));
    worker.once('exit', (code) => {
      if (code !== 0) resolve([`the check stopped (exit ${code})`]);
    });
  });
}
