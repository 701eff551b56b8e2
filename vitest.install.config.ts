import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The install routes (`npm run test:install`): a packed tarball, git into a project and globally,
 * the GitHub Action's build and the pre-commit hook, each in an empty folder. They run npm installs
 * and whole builds (about three minutes on two cores), so they are kept out of `npm test`; CI
 * (`.ci/run`) runs both. The base settings are spread, not merged: vitest's mergeConfig joins
 * arrays, which would keep the base's include and its exclude of this very file.
 */
export default defineConfig({ test: { ...base.test, include: ['tests/install.test.ts'], exclude: ['**/node_modules/**'] } });
