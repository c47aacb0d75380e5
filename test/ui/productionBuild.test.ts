import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_OUT } from '../../src/web/rendererBuild';

// The window's tests build the renderer from inside vitest, which sets NODE_ENV to "test": the
// build must still be React's production one (the development build is several times slower,
// and the browser door serves what was built last, whoever built it).
describe('the browser door’s build', () => {
  it('is React’s production build, even when built under NODE_ENV=test', () => {
    expect(process.env.NODE_ENV).toBe('test');
    const assets = resolve(import.meta.dirname, '../..', WEB_OUT, 'assets');
    const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const code = readFileSync(join(assets, f), 'utf8');
      // Present only in React's development builds (owner stacks and the dev JSX runtime).
      const dev = ['react_stack_bottom_frame', 'jsxDEV'].filter((mark) => code.includes(mark));
      expect(dev, `${f} has React's development code`).toEqual([]);
    }
  });
});
