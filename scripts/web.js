#!/usr/bin/env node
// `npm run web`: Dossier in a browser (src/web/main.ts through tsx, so a checkout needs no build
// step beyond the renderer's, which it makes itself).
import { register } from 'tsx/esm/api';

register();
await import('../src/web/main.ts');
