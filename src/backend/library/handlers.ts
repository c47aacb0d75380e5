import { chmodSync, existsSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { documentInput } from '../../shared/domain';
import { DossierError } from '../../shared/errors';
import { checkIntegrity } from '../../store/integrity';
import { listBackups } from '../backups/backups';
import { discardBackup, snapshot } from '../backups/snapshot';
import { saveDocument } from '../documents/documents';
import { demoDocuments } from '../demo/demoDocuments';
import { demoLibrary } from '../demo/demoLibrary';
import { changePassphrase, encryptLibrary } from '../encryption';
import { exportExchange } from '../exchange/exportExchange';
import { parseExchange, writeExchange } from '../exchange/importExchange';
import {
  assertTarget,
  parseJsonText,
  readJsonFile,
  removeQuietly,
  writeFileAtomic,
} from '../files';
import { seedForums } from '../forums/seedForums';
import type { AreaHandlers } from '../handlerTypes';
import type { Session } from '../session';
import { seedTemplates } from '../templates/seedTemplates';
import { libraryInfo } from './info';
import { restoreLibrary } from './restore';
import { removeDatabaseFiles } from '../../store/encryption';

/** When the demo library's facts were last checked (its snippets' review date). */
const DEMO_VERIFIED = '2026-11-01T09:00:00.000Z';

/** The largest exchange file an import reads. */
export const MAX_IMPORT_BYTES = 512 * 1_048_576;

/**
 * Runs an import after a backup of the library as it was; an import that fails changed
 * nothing, and its backup is removed (it would only fill a full disk further).
 */
export function withBackupBefore<T>(s: Session, run: () => T): T {
  const before = snapshot(s.library(), 'before-import', s.now());
  try {
    return run();
  } catch (err) {
    discardBackup(before);
    throw err;
  }
}

function assertFolderExists(path: string): void {
  const folder = dirname(path);
  let isDir: boolean;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new DossierError(
      'not_found',
      `Cannot write ${path}: the folder ${folder} does not exist. Choose an existing folder; nothing was written.`,
      path,
      { do: 'choose-file' },
    );
  }
}

/** The whole library as exchange-file text. */
function exchangeText(s: Session): string {
  const data = s.read((lib) => exportExchange(lib.db, new Date().toISOString()));
  return `${JSON.stringify(data, null, 2)}\n`;
}

export const libraryHandlers = {
  'library.init': (s, { demo, encrypted, passphrase }) => {
    const path = s.libraryPath;
    if (encrypted && passphrase === undefined) {
      throw new DossierError(
        'invalid_input',
        'An encrypted library needs a passphrase. Nothing was created.',
        'passphrase',
      );
    }
    if (s.isOpen() || (existsSync(path) && statSync(path).size > 0)) {
      throw new DossierError(
        'conflict',
        `There is already a library at ${path}. Nothing was changed; choose another file to create a new library.`,
        path,
        { do: 'choose-library' },
      );
    }
    // Encrypted only when asked: a passphrase the backend was started with does not count.
    s.lock();
    if (encrypted && passphrase !== undefined) s.unlock(passphrase, true);
    else s.library(true);
    try {
      s.write((ctx) => {
        seedForums(ctx.db, ctx.now);
        seedTemplates(ctx.db, ctx.now);
        if (demo) {
          // The demo speaks as of the day its facts were last verified.
          const demoCtx = { ...ctx, now: DEMO_VERIFIED };
          writeExchange(
            demoCtx,
            parseExchange(demoLibrary, 'the demo library'),
            'the demo library',
          );
          demoDocuments.forEach((d, i) =>
            saveDocument(demoCtx, documentInput.parse(d), {}, `the demo documents[${i}]`),
          );
        }
      });
    } catch (err) {
      s.lock();
      removeDatabaseFiles(path);
      throw err;
    }
    return libraryInfo(s);
  },

  'library.info': (s) => libraryInfo(s),

  'library.lock': (s) => {
    const locked = s.isEncrypted();
    s.lock();
    return { locked };
  },

  'library.unlock': (s, { passphrase }) => {
    // A plain library has nothing to unlock: it simply opens.
    if (s.isEncrypted()) s.unlock(passphrase);
    return libraryInfo(s);
  },

  'library.encrypt': (s, { passphrase, keepPlainCopy, eraseRescueFiles }) => {
    const { plainCopy, backups, rescueErased } = encryptLibrary(
      s,
      passphrase,
      keepPlainCopy,
      eraseRescueFiles,
    );
    return { info: libraryInfo(s), plainCopy, backups, rescueErased };
  },

  'library.changePassphrase': (s, { passphrase, newPassphrase }) => {
    const backups = changePassphrase(s, passphrase, newPassphrase);
    return { info: libraryInfo(s), backups };
  },

  'library.check': async (s) => {
    const lib = s.library();
    const key = lib.encrypted ? (s.passphrase() ?? undefined) : undefined;
    const problems = await checkIntegrity(lib.path, s.options.nativeBinding, key, lib.kdf);
    return { ok: problems.length === 0, problems };
  },

  'library.import': (s, { path }) => {
    const data = parseExchange(readJsonFile(path, MAX_IMPORT_BYTES), path);
    return withBackupBefore(s, () => s.write((ctx) => writeExchange(ctx, data, path)));
  },

  'library.importContent': (s, { name, content }) => {
    const data = parseExchange(parseJsonText(content.replace(/^\ufeff/, ''), name), name);
    return withBackupBefore(s, () => s.write((ctx) => writeExchange(ctx, data, name)));
  },

  'library.exportContent': (s) => {
    const text = exchangeText(s);
    const { counts } = libraryInfo(s);
    const bytes = Buffer.from(text, 'utf8');
    return {
      fileName: `dossier-library-${s.today()}.json`,
      mime: 'application/json',
      base64: bytes.toString('base64'),
      bytes: bytes.byteLength,
      counts,
    };
  },

  'library.backupNow': (s) => snapshot(s.library(), 'manual', s.now()),

  'library.export': (s, { path, overwrite }) => {
    const rules = { libraryPath: s.libraryPath, overwrite };
    assertTarget(path, rules);
    writeFileAtomic(path, exchangeText(s), rules);
    const { counts } = libraryInfo(s);
    return { path, counts };
  },

  'library.backup': (s, { path, overwrite }) => {
    assertTarget(path, { libraryPath: s.libraryPath, overwrite });
    assertFolderExists(path);
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    const lib = s.library();
    try {
      removeQuietly(tmp);
      // VACUUM INTO from a keyed connection writes the copy encrypted with the same key.
      lib.db.prepare('VACUUM INTO ?').run(tmp);
      chmodSync(tmp, 0o600);
      renameSync(tmp, path);
    } catch (err) {
      removeQuietly(tmp);
      const full = (err as { code?: unknown }).code === 'SQLITE_FULL';
      throw new DossierError(
        'io',
        full
          ? `Could not write ${path}: its disk is full. Free some space or choose another disk; nothing was written there.`
          : `Could not write ${path}: ${(err as Error).message}. Nothing was written there.`,
        path,
        { do: 'choose-file' },
      );
    }
    return { path, bytes: statSync(path).size, encrypted: lib.encrypted };
  },

  'library.restore': (s, { path, passphrase }) => restoreLibrary(s, path, passphrase),

  'backups.list': (s) => listBackups(s.libraryPath),

  'backups.restore': (s, { name, passphrase }) => {
    const entry = listBackups(s.libraryPath).find((e) => e.name === name);
    if (entry === undefined) {
      throw new DossierError(
        'not_found',
        `There is no backup named ${name} beside this library. Choose one from the list of backups.`,
        name,
        { do: 'list-backups' },
      );
    }
    return restoreLibrary(s, entry.path, passphrase);
  },
} satisfies AreaHandlers;
