import { describe, expect, test } from 'vitest';
import { Linter } from '../src/index.js';
import { join } from 'node:path';
import { root } from './helpers/lint.js';

const linter = new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json') });
const lintMd = (text: string) => linter.lintText(text, 'doc.md', 'markdown');
const excerpts = async (text: string, ruleId = 'simpler-words') =>
  (await lintMd(text)).diagnostics.filter((d) => d.ruleId === ruleId).map((d) => d.excerpt);

describe('what is prose', () => {
  test('front matter, code blocks, inline code, URLs and email addresses are not prose', async () => {
    const text = [
      '---',
      'title: We utilise',
      '---',
      '',
      '```',
      'utilise',
      '```',
      '',
      'Run `utilise` at https://example.org/utilise or write to utilise@example.org.',
      '',
      '[utilise](https://example.org) and <https://example.org/commence>.',
    ].join('\n');
    expect(await excerpts(text)).toEqual(['utilise']);
    const result = await lintMd(text);
    expect(result.diagnostics.find((d) => d.excerpt === 'utilise')!.location.line).toBe(11);
  });

  test('GFM table cells, list items and headings are prose, with exact locations', async () => {
    const text = '# We utilise\n\n- You commence\n\n| a | b |\n|---|---|\n| utilised | x |\n';
    const result = await lintMd(text);
    const found = result.diagnostics.filter((d) => d.ruleId === 'simpler-words');
    expect(found.map((d) => [d.excerpt, d.location.line, d.location.column])).toEqual([
      ['utilise', 1, 6],
      ['commence', 3, 7],
      ['utilised', 7, 3],
    ]);
  });

  test('escapes and emphasis keep offsets exact', async () => {
    const text = 'We **utilise** \\*stars\\* and _commence_.\n';
    const result = await lintMd(text);
    for (const d of result.diagnostics) {
      if (d.excerpt) expect(text.slice(d.location.offset, d.location.endOffset)).toBe(d.excerpt);
    }
    expect(await excerpts(text)).toEqual(['utilise', 'commence']);
  });
});

describe('inline disabling', () => {
  test('disable and enable regions, for one rule or all', async () => {
    const text = [
      'We utilise.',
      '',
      '<!-- widen-disable simpler-words -->',
      '',
      'We utilise.',
      '',
      '<!-- widen-enable -->',
      '',
      'We commence.',
      '',
      '<!-- widen-disable -->',
      '',
      'We utilise.',
    ].join('\n');
    expect(await excerpts(text)).toEqual(['utilise', 'commence']);
  });

  test('disable-next-line affects only the next line', async () => {
    const text = ['<!-- widen-disable-next-line simpler-words -->', 'We utilise.', 'We commence.'].join('\n');
    expect(await excerpts(text)).toEqual(['commence']);
  });

  test('disabling another rule leaves this one on', async () => {
    expect(await excerpts('<!-- widen-disable-next-line hard-sentence -->\nWe utilise.\n')).toEqual(['utilise']);
  });
});

describe('profiles', () => {
  test('front matter chooses the profile', async () => {
    const result = await lintMd('---\nwiden-profile: event\n---\n\nCome to our jobs fair.\n');
    expect(result.profile).toBe('event');
    expect(result.diagnostics.filter((d) => d.requirement === 'salary')).toEqual([]);
  });

  test('advert is the default, and checks salary and closing date', async () => {
    const result = await lintMd('# Care assistant\n\nBand 3. Join us.\n');
    expect(result.profile).toBe('advert');
    expect(result.diagnostics.map((d) => d.requirement).filter(Boolean)).toEqual(expect.arrayContaining(['salary', 'closing-date']));
  });

  test('the same findings twice give the same fingerprints, and an unrelated edit keeps them', async () => {
    const before = await lintMd('We utilise.\n\nWe commence.\n');
    const after = await lintMd('A new first paragraph.\n\nWe utilise.\n\nWe commence.\n');
    const prints = (r: typeof before) => r.diagnostics.filter((d) => d.excerpt).map((d) => d.fingerprint);
    expect(prints(after)).toEqual(prints(before));
    expect(new Set(prints(before)).size).toBe(prints(before).length);
  });
});

describe('deduplication', () => {
  test('a word inside a longer phrase flagged by the same rule is reported once', async () => {
    expect(await excerpts('Reply in a timely manner.\n')).toEqual(['in a timely manner']);
  });
});
