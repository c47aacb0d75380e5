import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';

const root = resolve(import.meta.dirname, '../..');

/**
 * A checkout in miniature: the real bin/dossier.js, a bundle and a source entry that each say
 * which one ran, and the real node_modules (for tsx).
 */
function checkout(): {
  dir: string;
  run: () => string;
  write: (file: string, text: string) => void;
} {
  const dir = tempDir();
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(root, 'bin', 'dossier.js'), join(dir, 'bin', 'dossier.js'));
  write('package.json', '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  write(
    'out/cli/dossier.mjs',
    "process.stdout.write('bundle ' + process.argv.slice(2).join(' '));\n",
  );
  write('src/cli/main.ts', "const ran: string = 'source';\nprocess.stdout.write(ran);\n");
  write('src/shared/api.ts', 'export {};\n');
  const run = (): string => {
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'dossier.js'), 'search', 'x'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    return r.stdout;
  };
  return { dir, run, write };
}

const inputs = (builtAt: number): string =>
  JSON.stringify({ builtAt, inputs: ['src/cli/main.ts', 'src/shared/api.ts'] });

describe('bin/dossier.js', () => {
  it('runs the bundle while it is newer than every source it was built from', () => {
    const { dir, run, write } = checkout();
    const builtAt = Date.now();
    write('out/cli/inputs.json', inputs(builtAt));
    const before = new Date(builtAt - 60_000);
    for (const f of ['src/cli/main.ts', 'src/shared/api.ts'])
      utimesSync(join(dir, f), before, before);
    expect(run()).toBe('bundle search x');
  });

  it('runs the sources through tsx once a source is edited after the build', () => {
    const { dir, run, write } = checkout();
    const builtAt = Date.now() - 60_000;
    write('out/cli/inputs.json', inputs(builtAt));
    const old = new Date(builtAt - 60_000);
    utimesSync(join(dir, 'src/cli/main.ts'), old, old);
    // api.ts was just written: after the build.
    expect(run()).toBe('source');
  });

  it('runs the sources when there is no build, or a source it was built from is gone', () => {
    const { dir, run, write } = checkout();
    expect(run()).toBe('source');
    write('out/cli/inputs.json', inputs(Date.now() + 60_000));
    expect(run()).toBe('bundle search x');
    rmSync(join(dir, 'src/shared/api.ts'));
    expect(run()).toBe('source');
  });
});
