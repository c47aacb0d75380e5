import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureRenderer } from '../../src/web/rendererBuild';

/** The browser tests drive the renderer as `npm run web` builds it (rebuilt when stale). */
export default async function setup(): Promise<void> {
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    throw new Error(
      `The window's tests need Chromium at ${chromium}: on Debian or Ubuntu "sudo apt-get install chromium"; elsewhere set CHROMIUM to a Chrome or Chromium executable. "npm run test:fast" runs without it.`,
    );
  }
  await ensureRenderer(resolve(import.meta.dirname, '../..'));
}
