import { defineConfig, type UserConfig } from 'vite';
import electronConfig from './electron.vite.config';

/**
 * The renderer for the browser door (`npm run web`): electron-vite's renderer config as it is,
 * built with relative asset paths. The output folder is given by the door (out/web); the
 * renderer picks its client at run time, so the same sources serve both doors.
 */
const renderer = electronConfig.renderer ?? {};

export default defineConfig({
  ...(renderer as UserConfig),
  root: renderer.root ?? 'src/renderer',
  base: './',
});
