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
  /**
   * The window cannot reach the backend: the backend process stopped (Electron), or the browser
   * door stopped or was started again with a new address.
   */
  'disconnected',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * What a person can do next about an error, as an action rather than a command: each door says
 * it its own way (the CLI names the command to run, the app offers a button or a dialog). The
 * backend's message already says it in words ("restore the backup of 1 May 14:00").
 */
export type NextStep =
  /** Create a library where there is none (or choose another library file). */
  | { do: 'create-library' }
  /** Open another library file. */
  | { do: 'choose-library' }
  /** Give the passphrase of the encrypted library (or of the backup named in `place`). */
  | { do: 'give-passphrase' }
  /** Restore this backup from the library's backups. */
  | { do: 'restore-backup'; backup: string; createdAt: string }
  /** Pick one of the library's backups. */
  | { do: 'list-backups' }
  /** Pick one of the library's templates. */
  | { do: 'list-templates' }
  /** Encrypt the library. */
  | { do: 'encrypt-library' }
  /** Change the encrypted library's passphrase. */
  | { do: 'change-passphrase' }
  /** Look at the document's preflight findings; export anyway only if sure. */
  | { do: 'check-document'; documentId: string; forceAllowed: boolean }
  /** Confirm that the existing file (in `place`) may be replaced, or choose another name. */
  | { do: 'confirm-overwrite' }
  /** Choose another file name or folder. */
  | { do: 'choose-file' }
  /** Close the other program that has the library open, then try again. */
  | { do: 'close-other-program' };

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Where the problem is: a field path (`events[3].date`), a file, an id. */
  place?: string;
  next?: NextStep;
  /**
   * Every problem found, each at its place, when a check found more than the one the message
   * names (an import's file): for a list a person can work through.
   */
  problems?: Problem[];
}

export interface Problem {
  place: string;
  message: string;
}

/** At most this many problems travel with an error (a file with thousands says so in its count). */
export const MAX_PROBLEMS = 100;

export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly place: string | undefined;
  readonly next: NextStep | undefined;
  readonly problems: Problem[] | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    place?: string,
    next?: NextStep,
    problems?: Problem[],
  ) {
    super(oneLine(message));
    this.name = 'DossierError';
    this.code = code;
    this.place = place;
    this.next = next;
    this.problems = problems?.slice(0, MAX_PROBLEMS).map((p) => ({
      place: oneLine(p.place),
      message: oneLine(p.message),
    }));
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.place === undefined ? {} : { place: this.place }),
      ...(this.next === undefined ? {} : { next: this.next }),
      ...(this.problems === undefined ? {} : { problems: this.problems }),
    };
  }
}

/**
 * A message on one line: line breaks it quotes from input (a file name, a node type, a method
 * name) become spaces, so that a message stays one line in a dialog or a terminal, with no
 * escape sequences (`\n`) for a person to puzzle over.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])+[ \t]*/g, ' ');
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/**
 * A field's place in words, for a message a person reads next to the form: `person.aliases[0].script`
 * says "Aliases, 1st, script" (the record's own name, `person`, goes without saying).
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const parts = path.length > 1 && typeof path[0] === 'string' ? path.slice(1) : path;
  const words = parts.map((p) =>
    typeof p === 'number'
      ? `no. ${p + 1}`
      : String(p)
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase(),
  );
  const text = words.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A path into data as people write it: `persons[3].aliases[0].script`. */
export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    out += typeof p === 'number' ? `[${p}]` : `${out === '' ? '' : '.'}${String(p)}`;
  }
  return out;
}
