import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding widen's package.json, whether running from `src/` or the built `dist/src/`. */
export const packageRoot: string = (() => {
  let directory = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(directory, 'package.json')) || !existsSync(join(directory, 'rules'))) {
    const parent = dirname(directory);
    if (parent === directory) throw new Error('widen: cannot find its own package folder');
    directory = parent;
  }
  return directory;
})();
