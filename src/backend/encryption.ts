import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DossierError } from '../shared/errors';
import { APPLICATION_ID, backupFolder, fileStamp } from '../store/library';
import {
  eraseDatabaseFiles,
  fileKind,
  plainApplicationId,
  rewriteEncrypted,
} from '../store/encryption';
import { translateSqliteError } from '../store/sqliteErrors';
import type { Session } from './session';
import { rescueFiles, rescueFolder } from './rescue';

export interface BackupsRekeyed {
  encrypted: number;
  skipped: string[];
}

/**
 * Brings the copies in the backups folder beside the library under the passphrase `to`: plain
 * Dossier copies are encrypted, and copies encrypted under `from` are re-keyed. Copies under
 * another passphrase, and files that are not Dossier libraries, are left as they are and named.
 */
export function rekeyBackups(
  libraryPath: string,
  from: string | null,
  to: string,
  nativeBinding: string | undefined,
  except: string | null = null,
): BackupsRekeyed {
  const folder = backupFolder(libraryPath);
  const out: BackupsRekeyed = { encrypted: 0, skipped: [] };
  if (!existsSync(folder)) return out;
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (path === except || !name.endsWith('.db') || !statSync(path).isFile()) continue;
    const kind = fileKind(path);
    const key = kind === 'encrypted' ? from : null;
    if (
      (kind === 'plain' && plainApplicationId(path) !== APPLICATION_ID) ||
      kind === 'other' ||
      (kind === 'encrypted' && key === null)
    ) {
      out.skipped.push(name);
      continue;
    }
    try {
      rewriteEncrypted(path, key, to, nativeBinding ? { nativeBinding } : {});
      out.encrypted += 1;
    } catch {
      out.skipped.push(name);
    }
  }
  return out;
}

/**
 * Encrypts the plain library in place with `passphrase` (see `rewriteEncrypted`), then its plain
 * backups. With `keepPlainCopy`, the plain file is kept in the backups folder; otherwise its
 * bytes are overwritten.
 */
export function encryptLibrary(
  b: Session,
  passphrase: string,
  keepPlainCopy: boolean,
  eraseRescue: boolean,
): { plainCopy: string | null; backups: BackupsRekeyed; rescueErased: number } {
  const path = b.libraryPath;
  if (b.library().encrypted) {
    throw new DossierError(
      'conflict',
      `${path} is already encrypted. To change its passphrase, change the passphrase instead. Nothing was changed.`,
      path,
      { do: 'change-passphrase' },
    );
  }
  // Saves kept in plain text when the library could not take them: they would outlive the
  // encryption in plain text, so the person decides first.
  const rescued = rescueFiles(path);
  if (rescued.length > 0 && !eraseRescue) {
    throw new DossierError(
      'conflict',
      `${rescueFolder(path)} holds ${rescued.length} text${rescued.length === 1 ? '' : 's'} kept in plain text when a save failed. Copy what you still need back into the library, then encrypt again and let Dossier erase them. Nothing was changed.`,
      rescueFolder(path),
    );
  }
  let plainCopy: string | null = null;
  if (keepPlainCopy) {
    mkdirSync(backupFolder(path), { recursive: true });
    plainCopy = join(
      backupFolder(path),
      `${basename(path)}-plain-before-encryption-${fileStamp()}.db`,
    );
  }
  b.close();
  try {
    rewriteEncrypted(path, null, passphrase, {
      ...(b.options.nativeBinding ? { nativeBinding: b.options.nativeBinding } : {}),
      ...(plainCopy === null ? {} : { keepOldAs: plainCopy }),
    });
  } catch (err) {
    throw translateSqliteError(err, path);
  }
  b.unlock(passphrase);
  const backups = rekeyBackups(path, null, passphrase, b.options.nativeBinding, plainCopy);
  for (const name of rescued) eraseDatabaseFiles(join(rescueFolder(path), name));
  return { plainCopy, backups, rescueErased: rescued.length };
}

/** Re-encrypts the library (and its backups under the old passphrase) with `next`. */
export function changePassphrase(b: Session, current: string, next: string): BackupsRekeyed {
  const path = b.libraryPath;
  if (!b.isEncrypted()) {
    throw new DossierError(
      'conflict',
      `${path} is not encrypted, so it has no passphrase to change. Encrypt it first. Nothing was changed.`,
      path,
      { do: 'encrypt-library' },
    );
  }
  if (current.normalize('NFC') === next.normalize('NFC')) {
    throw new DossierError(
      'invalid_input',
      'The new passphrase is the same as the current one. Nothing was changed.',
      'newPassphrase',
    );
  }
  b.close();
  try {
    rewriteEncrypted(
      path,
      current,
      next,
      b.options.nativeBinding ? { nativeBinding: b.options.nativeBinding } : {},
    );
  } catch (err) {
    throw translateSqliteError(err, path);
  }
  b.unlock(next);
  return rekeyBackups(path, current, next, b.options.nativeBinding);
}
