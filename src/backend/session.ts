import { statSync } from 'node:fs';
import { DossierError } from '../shared/errors';
import { today } from '../core/dates';
import { openLibrary, type Library } from '../store/library';
import { fileKind, passphraseOpens } from '../store/encryption';
import { Changes, refreshStatuses, statusesDue } from './changes';
import { listBackups, newestBackupAge, SCHEDULE_MS } from './backups/backups';
import { snapshot } from './backups/snapshot';
import { announce, type Door } from './presence';
import type { WriteContext } from './writes';

export interface SessionOptions {
  libraryPath: string;
  /** better-sqlite3-multiple-ciphers built for Electron, when the backend runs there. */
  nativeBinding?: string;
  /** The passphrase of an encrypted library (a plain library ignores it). */
  passphrase?: string;
  busyTimeoutMs?: number;
  /** Which door this backend serves: named to others who find the library open. */
  door?: Door;
  /** The day facts are derived for (default: today). */
  today?: () => string;
  /** The time backups are made and pruned by (default: now). */
  clock?: () => Date;
  /** Time that only moves forward, in ms (default: `performance.now`); for backups' schedule. */
  monotonic?: () => number;
}

interface Identity {
  dev: number;
  ino: number;
}

function identity(path: string): Identity | null {
  try {
    const st = statSync(path);
    return { dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/**
 * The library's lifetime for one backend: opening it (with its passphrase), locking and
 * unlocking, the write transaction of each user action, and the schedule of rolling backups.
 * The handlers of every area work through it.
 */
export class Session {
  private lib: Library | null = null;
  /** The passphrase while the library is unlocked; forgotten by `lock`. */
  private key: string | null;
  /** The file the connection was opened on: a restore by another process replaces it. */
  private opened: Identity | null = null;
  /** Statuses still to be brought up to today (skipped at opening while another writes). */
  private statusesPending = false;
  /** When the last scheduled backup was made or found due, on the monotonic clock. */
  private lastBackupAt: number | null = null;
  private retire: (() => void) | null = null;

  constructor(readonly options: SessionOptions) {
    this.key = options.passphrase ?? null;
  }

  get libraryPath(): string {
    return this.options.libraryPath;
  }

  today(): string {
    return this.options.today?.() ?? today();
  }

  now(): Date {
    return this.options.clock?.() ?? new Date();
  }

  private monotonic(): number {
    return this.options.monotonic?.() ?? performance.now();
  }

  isOpen(): boolean {
    return this.lib !== null;
  }

  /** The passphrase the library is unlocked with (null: none given, or locked). */
  passphrase(): string | null {
    return this.key;
  }

  /** Whether the library file is encrypted (known without its passphrase). */
  isEncrypted(): boolean {
    if (this.lib !== null) return this.lib.encrypted;
    try {
      return fileKind(this.options.libraryPath) === 'encrypted';
    } catch {
      return false;
    }
  }

  /**
   * Opens the library with `passphrase` (checked on opening) and keeps it for later calls. A
   * wrong one leaves the session as it was.
   */
  unlock(passphrase: string, create = false): Library {
    const before = this.key;
    this.close();
    this.key = passphrase;
    try {
      return this.library(create);
    } catch (err) {
      this.key = before;
      throw err;
    }
  }

  /**
   * Closes the library and forgets its passphrase: the desktop app's "Lock now" and auto-lock.
   * Until `unlock`, every call on an encrypted library fails with `passphrase_required`.
   */
  lock(): void {
    this.close();
    this.key = null;
  }

  /** Forgets the passphrase without closing (the library it was for is gone or now plain). */
  forgetPassphrase(): void {
    this.key = null;
  }

  /**
   * The open library, opened on first use. A library that another process replaced on disk (a
   * restore) is opened again, so that nothing is written to a file no longer there.
   */
  library(create = false): Library {
    if (this.lib !== null) {
      const now = identity(this.options.libraryPath);
      const was = this.opened;
      if (now !== null && was !== null && now.dev === was.dev && now.ino === was.ino) {
        return this.lib;
      }
      this.letGoOfReplaced(this.lib);
    }
    // The file the connection holds is the one at the path only if the path named the same
    // file before and after opening: a restore by another process may swap it in between.
    let lib: Library;
    for (let attempt = 1; ; attempt++) {
      const before = identity(this.options.libraryPath);
      lib = this.open(create);
      const after = identity(lib.path);
      if (
        before === null ||
        after === null ||
        (before.dev === after.dev && before.ino === after.ino) ||
        attempt === 5
      ) {
        this.opened = after;
        break;
      }
      lib.close();
    }
    this.lib = lib;
    this.retire = announce(lib.path, this.options.door ?? 'cli');
    // Statuses come up to today on opening, in a short transaction of their own that waits for
    // no one: while another program writes, the next write of ours does it instead.
    this.statusesPending = statusesDue(lib.db, this.today());
    if (this.statusesPending) {
      try {
        lib.db.pragma('busy_timeout = 0');
        lib.transaction(() => refreshStatuses(lib.db, this.today()));
        this.statusesPending = false;
      } catch (err) {
        if (!(err instanceof DossierError) || err.code !== 'locked') {
          this.close();
          throw err;
        }
      } finally {
        if (lib.db.open) lib.db.pragma(`busy_timeout = ${this.options.busyTimeoutMs ?? 5000}`);
      }
    }
    return lib;
  }

  /**
   * Another program put a different file where the library was (a restore by an older Dossier,
   * a copy from a backup drive) while this connection still holds the old one. What this
   * connection saved there is kept as a backup, the WAL it wrote beside the path is emptied
   * (its frames belong to the old file and would damage the new one), and the connection is
   * closed; the caller opens the file now at the path.
   */
  private letGoOfReplaced(lib: Library): void {
    try {
      snapshot(lib, 'before-restore', this.now());
    } catch {
      // The old file may be beyond reading; the new one matters now.
    }
    try {
      lib.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Nothing more to do for a file that is gone.
    }
    this.close();
  }

  /** Opens the library file; a damaged one comes with the latest backup to restore. */
  private open(create: boolean): Library {
    try {
      return openLibrary(this.options.libraryPath, {
        create,
        ...(this.key === null ? {} : { passphrase: this.key }),
        ...(this.options.busyTimeoutMs === undefined
          ? {}
          : { busyTimeoutMs: this.options.busyTimeoutMs }),
        ...(this.options.nativeBinding === undefined
          ? {}
          : { nativeBinding: this.options.nativeBinding }),
      });
    } catch (err) {
      if (err instanceof DossierError && err.code === 'wrong_passphrase' && this.key !== null) {
        throw this.wrongPassphraseOrDamage(err, this.key);
      }
      if (!(err instanceof DossierError) || err.code !== 'corrupt') throw err;
      const latest = listBackups(this.options.libraryPath)[0];
      if (latest === undefined) throw err;
      throw new DossierError(
        'corrupt',
        `${err.message} The latest backup is of ${latest.createdAt.slice(0, 16).replace('T', ' ')} UTC: restore it (the damaged file is kept beside it).`,
        err.place,
        { do: 'restore-backup', backup: latest.name, createdAt: latest.createdAt },
      );
    }
  }

  /**
   * An encrypted library whose first page does not decrypt: a wrong passphrase, or damage (the
   * format cannot tell them apart). When the passphrase opens one of its backups, it is right,
   * and the library is damaged; otherwise both are said, with the latest backup named.
   */
  private wrongPassphraseOrDamage(err: DossierError, passphrase: string): DossierError {
    const path = this.options.libraryPath;
    const backups = listBackups(path).filter((b) => fileKind(b.path) === 'encrypted');
    const when = (iso: string): string => iso.slice(0, 16).replace('T', ' ');
    const opens = backups
      .slice(0, 3)
      .find((b) => passphraseOpens(b.path, passphrase, this.options.nativeBinding));
    if (opens !== undefined) {
      return new DossierError(
        'corrupt',
        `${path} is damaged: the passphrase is right (it opens the backup of ${when(opens.createdAt)} UTC), but the library's first page cannot be read. Nothing was changed; restore that backup (the damaged file is kept beside it).`,
        path,
        { do: 'restore-backup', backup: opens.name, createdAt: opens.createdAt },
      );
    }
    const latest = backups[0];
    if (latest === undefined) return err;
    return new DossierError(
      'wrong_passphrase',
      `Wrong passphrase for ${path}, or the file is damaged (an encrypted file cannot tell which). Try again (passphrases are case-sensitive); if you are sure of the passphrase, restore the latest backup, of ${when(latest.createdAt)} UTC. Nothing was changed.`,
      path,
      { do: 'give-passphrase' },
    );
  }

  /** Runs one user action in one transaction, then derives statuses and updates the index. */
  write<T>(fn: (ctx: WriteContext) => T): T {
    const lib = this.library();
    const outcome = lib.transaction(() => {
      if (this.statusesPending) {
        refreshStatuses(lib.db, this.today());
        this.statusesPending = false;
      }
      const ctx: WriteContext = {
        db: lib.db,
        changes: new Changes(lib.db),
        now: this.now().toISOString(),
      };
      const result = fn(ctx);
      ctx.changes.apply(this.today());
      return result;
    });
    this.scheduledBackup(lib);
    return outcome;
  }

  /**
   * Rolling backups while the library changes: one an hour at most (see backups/backups). The
   * folder is read once a session; after that autosave costs a comparison, not a listing. The
   * hour is counted on a clock that only moves forward, so a system clock set back (or ahead)
   * neither stops the backups nor bunches them.
   */
  private scheduledBackup(lib: Library): void {
    const tick = this.monotonic();
    if (this.lastBackupAt === null) {
      const age = newestBackupAge(lib.path, this.now());
      this.lastBackupAt = age === null ? -Infinity : tick - age;
    }
    if (tick - this.lastBackupAt < SCHEDULE_MS) return;
    snapshot(lib, 'scheduled', this.now());
    this.lastBackupAt = tick;
  }

  /** Runs a read with SQLite's errors turned into DossierErrors. */
  read<T>(fn: (lib: Library) => T): T {
    const lib = this.library();
    return lib.read(() => fn(lib));
  }

  close(): void {
    this.lib?.close();
    this.lib = null;
    this.opened = null;
    this.lastBackupAt = null;
    this.retire?.();
    this.retire = null;
  }
}
