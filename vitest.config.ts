import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts'],
    // The install routes take minutes of npm installs and builds: `npm run test:install` (vitest.install.config.ts).
    exclude: ['tests/install.test.ts', '**/node_modules/**'],
    // vitest's default leaves one CPU to its own process, which on a two-core machine runs the
    // files one at a time; that process does little, and the tests mostly wait on child processes.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/helpers/build.ts'],
    // Keeps vitest's transformed modules in node_modules/.experimental-vitest-cache, keyed by each
    // file's content, so a run after the first skips most of the transform and import: one rule's
    // tests took 7.7 s without it and 3.6–4.1 s with it (`npx vitest run rules/passive-voice`).
    experimental: { fsModuleCache: true },
  },
});
