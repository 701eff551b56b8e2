import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { main } from '../src/cli/main.js';
import { Linter } from '../src/index.js';
import { json } from '../src/report/json.js';
import { corpusPath, describeWithCorpus } from './helpers/corpus.js';
import { root } from './helpers/lint.js';

/** Runs the CLI in this process and returns what it wrote. */
async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const code = await main(args, { stdout, stderr, stdin: Readable.from([]) });
  return { stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8'), code };
}

/** The API's results through the same reporter the CLI uses. */
async function api(paths: string[], options: ConstructorParameters<typeof Linter>[0] = {}): Promise<string> {
  const results = await new Linter(options).lintPaths(paths);
  return json(results, { color: false, version: '' });
}

describe('the CLI is the library with options', () => {
  test('the examples give the same JSON through the API as through the CLI', async () => {
    const paths = [join(root, 'examples')];
    const fromCli = await cli(['--format', 'json', ...paths]);
    expect(fromCli.stderr).toBe('');
    expect(JSON.parse(fromCli.stdout)).toEqual(JSON.parse(await api(paths)));
  });

  test('so do the options a run takes: a profile, a rule off, one thread', async () => {
    const paths = [join(root, 'examples', 'poor-advert.md')];
    const fromCli = await cli(['--format', 'json', '--profile', 'event', '--rule', 'passive-voice=off', '--jobs', '1', ...paths]);
    expect(JSON.parse(fromCli.stdout)).toEqual(JSON.parse(await api(paths, { profile: 'event', rules: { 'passive-voice': 'off' }, jobs: 1 })));
  });

});

describeWithCorpus('the API and the CLI on real adverts', () => {
  test('the 30 NHS adverts give the same JSON through the API as through the CLI', async () => {
    const nhs = corpusPath('adverts', 'nhsjobs-2020');
    const fromCli = await cli(['--format', 'json', nhs]);
    expect(JSON.parse(fromCli.stdout)).toEqual(JSON.parse(await api([nhs])));
  });
});
