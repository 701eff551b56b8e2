// Bundles the CLI and the worker into dist/bundle/ with esbuild, so that starting widen reads a
// few files instead of several hundred modules (start-up time is most of a one-file run).
// Code splitting keeps mammoth, the HTML parser and the reporters in chunks loaded only when used.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/run/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  // CommonJS dependencies bundled into ES modules still call require() for Node's built-ins.
  banner: { js: "import { createRequire as __widenCreateRequire } from 'node:module'; const require = __widenCreateRequire(import.meta.url);" },
});
