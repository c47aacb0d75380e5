import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { foldForms, lowerAz, plainFold, translitFold } from '../src/core/text/fold';

/**
 * Words that appear nowhere but in what a test writes: a person's name in Azerbaijani, her
 * aliases in Cyrillic and in English transliteration, notes, a snippet and a document.
 */
export const SECRETS = {
  name: 'Zəhranigar Qulubəyova-Xəzərli',
  cyrillic: 'Захранигяр Гулубекова',
  latin: 'Zahranigar Gulubayova',
  notes: 'Görüş yeri: Şüvəlan bağ evi, gecə',
  snippetTitle: 'Qobustanlı şahid ifadəsi',
  snippetText: 'Свидетель Тамерланов видел протокол допроса Вельмирова',
  documentTitle: 'Submission on the Nardaranvellichor detentions',
  documentText: 'Whistleblower Octaviusmerrow handed over the Quxoristan ledger',
} as const;

/**
 * The forms in which a secret could sit in a file: each distinctive word as written, in lower
 * case (Azerbaijani rules too), upper case, the folded and transliterated forms the search index
 * keeps; in UTF-8, UTF-16LE and UTF-16BE.
 */
export function needles(): { label: string; bytes: Buffer }[] {
  const words = new Set<string>();
  for (const text of Object.values(SECRETS)) {
    for (const word of text.split(/[\s,:.-]+/u)) {
      if ([...word].length < 6) continue;
      for (const form of [
        word,
        word.toLowerCase(),
        lowerAz(word),
        word.toUpperCase(),
        plainFold(word),
        translitFold(word),
        ...foldForms(word),
      ]) {
        if ([...form].length >= 6) words.add(form);
      }
    }
  }
  const out: { label: string; bytes: Buffer }[] = [];
  for (const w of words) {
    out.push({ label: `${w} (UTF-8)`, bytes: Buffer.from(w, 'utf8') });
    out.push({ label: `${w} (UTF-16LE)`, bytes: Buffer.from(w, 'utf16le') });
    out.push({ label: `${w} (UTF-16BE)`, bytes: Buffer.from(w, 'utf16le').swap16() });
  }
  return out;
}

/** Which needles the raw bytes of `path` hold. */
export function secretsIn(path: string): string[] {
  const bytes = readFileSync(path);
  return needles()
    .filter((n) => bytes.includes(n.bytes))
    .map((n) => n.label);
}

/** The library file and whatever SQLite keeps beside it (WAL, shared memory, journal). */
export function libraryFiles(path: string): string[] {
  return ['', '-wal', '-shm', '-journal'].map((s) => path + s).filter((p) => existsSync(p));
}

/** Every file under `dir`, recursively. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Files among `paths` that hold any secret, with what they hold. */
export function leaks(paths: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of paths) {
    const found = secretsIn(p);
    if (found.length > 0) out[p] = found;
  }
  return out;
}
