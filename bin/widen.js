#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8 first runs each regular expression in its interpreter and compiles it to machine code
// only once it runs again, so each of the hundreds of patterns a run uses is compiled twice.
// Compiling once, on first use, took judging one advert's requirements from 54–95 ms to
// 20–24 ms, and a long run no slower. V8 reads the flag when it compiles a pattern, so it is set
// before any module of widen loads; worker threads share it.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/src/cli.js');

process.exitCode = await main(process.argv.slice(2));
