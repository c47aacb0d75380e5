import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Suites that take more than about 10 s here (2 cores): `npm run test:fast` leaves them out,
 * `npm test` (and CI) runs them too.
 */
const slow = [
  'test/crash/**/*.test.ts', // 200 SIGKILLs during saves, imports and exports (about 2 min)
  'test/backend/fuzz.test.ts', // thousands of random and mutated payloads
  'test/cli/encryption.test.ts', // Argon2id key derivation in every spawned command
];

/** The app in real Chromium against the browser door (the renderer is built first). */
const ui = ['test/ui/**/*.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    pool: 'forks',
    // Much of the suite waits on spawned processes and the browser: two files at a time even on
    // two cores (vitest would take one), which cuts the run by about a fifth there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: [...slow, ...ui] },
      },
      { extends: true, test: { name: 'slow', include: slow } },
      {
        extends: true,
        test: {
          name: 'ui',
          include: ui,
          globalSetup: ['test/globalSetup.ts', 'test/ui/globalSetup.ts'],
          testTimeout: 60_000,
          // One browser at a time (beside one other file): two Chromiums on two cores made a
          // screen's first load miss its 30 s wait.
          maxWorkers: 1,
        },
      },
    ],
  },
});
