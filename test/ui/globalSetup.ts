import { resolve } from 'node:path';
import { ensureRenderer } from '../../src/web/rendererBuild';

/** The browser tests drive the renderer as `npm run web` builds it (rebuilt when stale). */
export default async function setup(): Promise<void> {
  await ensureRenderer(resolve(import.meta.dirname, '../..'));
}
