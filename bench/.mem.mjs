import { Linter } from '../dist/src/index.js';
const linter = new Linter({ jobs: 1 });
let n = 0;
await linter.lintPathsInOrder(['/tmp/widen-bench/memory'], () => { n++; if (n % 2500 === 0) { globalThis.gc?.(); const m = process.memoryUsage(); console.log(n, 'heapUsed', (m.heapUsed/1e6).toFixed(0), 'rss', (m.rss/1e6).toFixed(0), 'ext', (m.external/1e6).toFixed(0), 'ab', (m.arrayBuffers/1e6).toFixed(0)); } });
