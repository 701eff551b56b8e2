import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'rules/**/*.test.ts'],
    // The install routes take minutes of npm installs and builds: `npm run test:install` (vitest.install.config.ts).
    exclude: ['tests/install.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/helpers/build.ts'],
  },
});
