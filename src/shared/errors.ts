/**
 * Errors that cross every boundary (backend → IPC → renderer, backend → CLI) as plain data.
 * The message is for a person: it names the problem, the place, and what to do.
 */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'no_library',
  'not_a_library',
  'future_version',
  'corrupt',
  'read_only',
  'locked',
  /** The library is encrypted and no passphrase was given (or it was locked): ask for it. */
  'passphrase_required',
  /** The passphrase given does not open the encrypted library (or backup). */
  'wrong_passphrase',
  'conflict',
  'io',
  /** Preflight found errors; the export did not happen. */
  'preflight',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Where the problem is: a field path (`events[3].date`), a file, an id. */
  place?: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly place: string | undefined;

  constructor(code: ErrorCode, message: string, place?: string) {
    super(oneLine(message));
    this.name = 'DossierError';
    this.code = code;
    this.place = place;
  }

  toInfo(): ErrorInfo {
    return this.place === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, place: this.place };
  }
}

/**
 * A message on one line: line breaks it quotes from input (a file name, a node type, a method
 * name) are shown escaped, as `\n`, so that a message stays one line in a dialog or a terminal.
 */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/** A path into data as people write it: `persons[3].aliases[0].script`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  }
  return out;
}
