import { newPassphrase } from '../shared/api';
import { DossierError } from '../shared/errors';

/** Said once an encrypted library is created or converted. */
export const LOST_PASSPHRASE_WARNING =
  'Keep the passphrase safe (in a password manager, or written down somewhere safe). Without it nobody can open this library, not even you: a lost passphrase cannot be recovered, and the data is lost with it.';

/** Whether a person is at a terminal to answer a prompt. */
export function canPrompt(): boolean {
  return process.stdin.isTTY === true;
}

/** A passphrase from the environment variable `name` (unset or empty: none). */
export function fromEnv(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Asks on the terminal without showing what is typed (the question goes to stderr, so that
 * stdout stays clean for --json). Ctrl-C or Ctrl-D on an empty line gives up.
 */
export function readHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let text = '';
    const finish = (cancelled: boolean): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (cancelled) {
        reject(new DossierError('invalid_input', 'No passphrase given. Nothing was changed.'));
      } else {
        resolve(text);
      }
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(false);
        if (ch === '\u0003' || (ch === '\u0004' && text === '')) return finish(true);
        if (ch === '\u007f' || ch === '\b') text = [...text].slice(0, -1).join('');
        else if (ch === '\u0015') text = '';
        // An escape sequence (an arrow key): none of it is part of the passphrase.
        else if (ch === '\u001b') return;
        else if (ch >= ' ') text += ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * Asks until something is typed: an empty line (Enter pressed too soon) asks again rather than
 * counting as a wrong passphrase. Ctrl-C or Ctrl-D gives up.
 */
export async function askPassphrase(question: string): Promise<string> {
  for (;;) {
    const answer = await readHidden(question);
    if (answer !== '') return answer;
    process.stderr.write('Nothing was typed; type the passphrase (Ctrl-C to give up).\n');
  }
}

/**
 * A new passphrase: from the environment variable `envName` (for scripts), else asked twice on
 * the terminal; refused when neither is possible.
 */
export async function askNewPassphrase(envName: string, what: string): Promise<string> {
  const fromEnvironment = fromEnv(envName);
  if (fromEnvironment !== undefined) return fromEnvironment;
  if (!canPrompt()) {
    throw new DossierError(
      'invalid_input',
      `${what} needs a passphrase: set ${envName} (dossier asks for it only on an interactive terminal). Nothing was changed.`,
    );
  }
  for (let attempt = 1; ; attempt++) {
    const first = await askPassphrase('New passphrase: ');
    const checked = newPassphrase.safeParse(first);
    if (!checked.success) {
      const message = checked.error.issues[0]?.message ?? 'That passphrase cannot be used';
      if (attempt === 3)
        throw new DossierError('invalid_input', `${message}. Nothing was changed.`);
      process.stderr.write(`${message}.\n`);
      continue;
    }
    const second = await askPassphrase('The same passphrase again: ');
    if (first === second) return first;
    if (attempt === 3) {
      throw new DossierError('invalid_input', 'The passphrases differ. Nothing was changed.');
    }
    process.stderr.write('The two differ; once more.\n');
  }
}
