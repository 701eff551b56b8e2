import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/io/package-root.js';
import { generatedFiles } from './generated.js';

for (const [path, content] of generatedFiles()) writeFileSync(join(packageRoot, path), content);
console.log('widen: rule docs and the config schema are up to date');
