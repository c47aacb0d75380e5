/**
 * What a guess at an encrypted library's passphrase costs: opening it with each key profile
 * Dossier knows (store/encryption.ts), the Argon2id derivation included. The attacker pays the
 * same per guess, on their own hardware.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, KDF_PROFILES, type KdfProfile } from '../src/store/encryption';
import { benchDir } from './generate';
import { markdownTable, ms, summarise, type Summary } from './stats';

export const KDF_TARGET_MS = 250;
const RUNS = 7;

export interface KdfRow {
  profile: KdfProfile;
  open: Summary;
}

/** Times keying and first read of a small encrypted library, for each profile. */
export function runKdf(): KdfRow[] {
  const dir = mkdtempSync(join(benchDir(), 'kdf-'));
  try {
    return KDF_PROFILES.map((profile) => {
      const path = join(dir, `${profile.name}.db`);
      const made = new Database(path);
      applyKey(made, 'correct horse battery staple', profile);
      made.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      made.close();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const db = new Database(path);
        applyKey(db, 'correct horse battery staple', profile);
        db.prepare('SELECT count(*) FROM sqlite_schema').get();
        db.close();
        times.push(performance.now() - t0);
      }
      return { profile, open: summarise(times) };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function kdfRows(rows: readonly KdfRow[]): string[][] {
  return rows.map((r, i) => [
    `${r.profile.name} (Argon2id, ${r.profile.mcost / 1024} MiB, ${r.profile.tcost} passes)${i === 0 ? ', new keys' : ', Dossier 0.1 libraries'}`,
    ms(r.open.p50),
    ms(r.open.p95),
    i === 0 ? `≥ ${ms(KDF_TARGET_MS)}` : '–',
    i === 0 ? (r.open.p50 >= KDF_TARGET_MS ? 'PASS' : 'FAIL') : 'info',
  ]);
}

export function kdfMarkdown(rows: readonly KdfRow[]): string {
  return [
    '### Key derivation: the cost of one guess',
    '',
    `Opening a small encrypted library (key derivation and the first read), ${RUNS} runs each. Target (issue 7): one`,
    `guess costs at least ${ms(KDF_TARGET_MS)} on this machine with the profile new keys get.`,
    '',
    markdownTable(['Profile', 'median', 'p95', 'Target', ''], kdfRows(rows)),
    '',
  ].join('\n');
}
