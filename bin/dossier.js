#!/usr/bin/env node
// The `dossier` command: runs src/cli/main.ts through tsx, so a checkout needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
