import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind } from '../../src/store/encryption';
import { tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin', 'dossier.js');

/**
 * Runs dossier on a pseudo-terminal (Python's pty module: the command sees a real terminal and
 * prompts), typing `keys` one answer at a time as each prompt appears. Returns all it printed.
 */
function onTerminal(args: string[], answers: string[]): { status: number; output: string } {
  const script = `
import os, pty, sys, json, time, select
argv = json.loads(sys.argv[1]); answers = json.loads(sys.argv[2])
pid, fd = pty.fork()
if pid == 0:
    os.execvpe(argv[0], argv, {**os.environ, 'DOSSIER_PASSPHRASE': '', 'DOSSIER_LIBRARY': ''})
out = b''
prompts = 0
while True:
    r, _, _ = select.select([fd], [], [], 30)
    if not r: break
    try: chunk = os.read(fd, 4096)
    except OSError: break
    if not chunk: break
    out += chunk
    while prompts < len(answers) and out.count(b': ') > prompts and out.rstrip().endswith(b':'):
        time.sleep(0.05)
        os.write(fd, answers[prompts].encode() + b'\\r')
        prompts += 1
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode('utf-8', 'replace'))
sys.exit(os.waitstatus_to_exitcode(status))
`;
  const r = spawnSync(
    'python3',
    ['-c', script, JSON.stringify([process.execPath, bin, ...args]), JSON.stringify(answers)],
    { cwd: root, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: r.status ?? -1, output: r.stdout };
}

describe('passphrase prompts on a terminal', () => {
  it('an empty line asks again instead of counting as an answer', () => {
    const lib = join(tempDir(), 'library.db');
    const pass = 'Bakı küləyi 2026';
    const r = onTerminal(['--library', lib, 'init', '--encrypted'], ['', pass, '', pass]);
    expect(r.output).toContain('Nothing was typed');
    expect(r.status).toBe(0);
    expect(fileKind(lib)).toBe('encrypted');
  }, 60_000);
});
