import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { applyEdits, applyEditsToBytes, FileChangedError, planFixes, proseOnly, writeAtomically, type Edit } from '../src/fix/fix.js';
import { parseHtml } from '../src/load/html.js';
import { parseMarkdown } from '../src/load/markdown.js';
import { parseText } from '../src/load/text.js';
import { decodeText } from '../src/load/decode.js';
import type { Diagnostic } from '../src/model/diagnostic.js';

function finding(offset: number, endOffset: number, excerpt: string, replacement: string, safe = true): Diagnostic {
  return {
    ruleId: 'test-rule',
    category: 'plain-language',
    severity: 'warning',
    message: 'm',
    excerpt,
    location: { offset, endOffset },
    suggestions: [{ text: 't', replacement, safe }],
    docs: '',
    fingerprint: '',
  };
}

describe('planning fixes', () => {
  test('only safe suggestions with words to replace, non-overlapping, in order', () => {
    const edits = planFixes(
      [finding(10, 20, 'x', 'a'), finding(0, 5, 'x', 'b'), finding(3, 12, 'x', 'c'), finding(30, 35, 'x', 'd', false), finding(0, 0, '', 'e')],
      'markdown',
    );
    expect(edits.map((edit) => edit.text)).toEqual(['b', 'a']);
  });

  test('replacements written into HTML are escaped', () => {
    expect(planFixes([finding(0, 1, 'x', 'A & B')], 'html')[0]!.text).toBe('A &amp; B');
  });
});

describe('applying edits to bytes', () => {
  const edits: Edit[] = [{ start: 3, end: 10, text: 'use', ruleId: 'r' }];

  test('UTF-8 with a BOM and CRLF keeps both, and no byte outside the edit changes', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('We utilise £5\r\nnext line\r\n', 'utf8')]);
    const { text, encoding } = decodeText(bytes);
    const out = Buffer.from(applyEditsToBytes(bytes, text, encoding, edits)!);
    expect(out.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(out.toString('utf8').slice(1)).toBe('We use £5\r\nnext line\r\n');
    expect(applyEdits(text, edits)).toBe('We use £5\r\nnext line\r\n');
  });

  test('Windows-1252 stays Windows-1252', () => {
    const bytes = Buffer.from([...Buffer.from('We utilise '), 0xa3, ...Buffer.from('5\n')]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding.name).toBe('windows-1252');
    const out = Buffer.from(applyEditsToBytes(bytes, text, encoding, edits)!);
    expect([...out]).toEqual([...Buffer.from('We use '), 0xa3, ...Buffer.from('5\n')]);
  });

  test('UTF-16 LE with a BOM stays UTF-16 LE', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('We utilise it\n', 'utf16le')]);
    const { text, encoding } = decodeText(bytes);
    const out = Buffer.from(applyEditsToBytes(bytes, text, encoding, edits)!);
    expect(out.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xfe]));
    expect(out.subarray(2).toString('utf16le')).toBe('We use it\n');
  });

  test('the decoded text is exact: only the first byte order mark is removed, and bad UTF-8 after one is read as Windows-1252', () => {
    const two = Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...Buffer.from('We utilise it\n')]);
    expect(decodeText(two)).toEqual({ text: '\uFEFFWe utilise it\n', encoding: { name: 'utf-8', bom: true } });
    const sixteen = Buffer.concat([Buffer.from([0xff, 0xfe, 0xff, 0xfe]), Buffer.from('We', 'utf16le')]);
    expect(decodeText(sixteen).text).toBe('\uFEFFWe');
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff, 0xfe, 0xff]), Buffer.from('We', 'utf16le').swap16()])).text).toBe('\uFEFFWe');
    const badAfterBom = Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Pay '), 0xa3, ...Buffer.from('5, we utilise it')]);
    const decoded = decodeText(badAfterBom);
    expect(decoded).toEqual({ text: 'Pay £5, we utilise it', encoding: { name: 'windows-1252', bom: true } });
    const edit: Edit = { start: 11, end: 18, text: 'use', ruleId: 'r' };
    expect([...applyEditsToBytes(badAfterBom, decoded.text, decoded.encoding, [edit])!]).toEqual([0xef, 0xbb, 0xbf, ...Buffer.from('Pay '), 0xa3, ...Buffer.from('5, we use it')]);
  });

  test('nothing is spliced when the text is not the exact decoding of the bytes', () => {
    const bytes = Buffer.from('We utilise it\n');
    expect(applyEditsToBytes(bytes, 'We utilise it', { name: 'utf-8', bom: false }, edits)).toBeUndefined();
    expect(applyEditsToBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'We utilise it\n', { name: 'utf-8', bom: false }, edits)).toBeUndefined();
  });
});

describe('a fix applies only to whole words in the source', () => {
  /** Whether an edit of `word` (its first occurrence after `after`) in a parsed source is kept. */
  const kept = (parsed: ReturnType<typeof parseHtml>, word: string, after = 0): boolean => {
    const start = parsed.source.indexOf(word, after);
    expect(start).toBeGreaterThanOrEqual(0);
    return proseOnly([{ start, end: start + word.length, text: 'x', ruleId: 'r' }], parsed).kept.length === 1;
  };

  test('HTML: a word split by a tag, a comment or a soft hyphen is one word; spaces and punctuation end words', () => {
    expect(kept(parseHtml('<p>The commence<span>ment</span> date.</p>'), 'commence')).toBe(false);
    expect(kept(parseHtml('<p>The commence<span class="a b">ment</span> date.</p>'), 'commence')).toBe(false);
    expect(kept(parseHtml('<p>The commence<!-- -->ment date.</p>'), 'commence')).toBe(false);
    expect(kept(parseHtml('<p>The <b>re</b>commence date.</p>'), 'commence')).toBe(false);
    expect(kept(parseHtml('<p>We utilise&shy;d it.</p>'), 'utilise')).toBe(false);
    expect(kept(parseHtml('<p>We utilise\u00ADd it.</p>'), 'utilise')).toBe(false);
    expect(kept(parseHtml('<p>We utilise&#100; it.</p>'), 'utilise')).toBe(false);
    expect(kept(parseHtml('<p>We <em>utilise</em> it.</p>'), 'utilise')).toBe(true);
    expect(kept(parseHtml('<p>We utilise&nbsp;it.</p>'), 'utilise')).toBe(true);
    expect(kept(parseHtml('<p>We <span>utilise</span>, it.</p>'), 'utilise')).toBe(true);
    expect(kept(parseHtml('<p>utilise</p>'), 'utilise')).toBe(true);
  });

  test('Markdown: emphasis or a link inside a word joins it; around a word it does not', () => {
    expect(kept(parseMarkdown('The commence*ment* date.\n'), 'commence')).toBe(false);
    expect(kept(parseMarkdown('We [utilise](x)d it.\n'), 'utilise')).toBe(false);
    expect(kept(parseMarkdown('The commence<span>ment</span> date.\n'), 'commence')).toBe(false);
    expect(kept(parseMarkdown('We *utilise* it.\n'), 'utilise')).toBe(true);
    expect(kept(parseMarkdown('We utilise it.\n'), 'utilise')).toBe(true);
  });

  test('text: a zero-width space or soft hyphen inside a word joins it', () => {
    expect(kept(parseText('We utilise\u200Bd it.\n'), 'utilise')).toBe(false);
    expect(kept(parseText('We utilise\u00ADd it.\n'), 'utilise')).toBe(false);
    expect(kept(parseText('We utilise it.\n'), 'utilise')).toBe(true);
  });
});

describe('writing atomically', () => {
  test('keeps the mode and leaves no temporary file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-fix-'));
    const path = join(folder, 'a.md');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    writeAtomically(path, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(folder)).toEqual(['a.md']);
  });

  test('refuses to overwrite a file that changed since it was read', () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-fix-'));
    const path = join(folder, 'a.md');
    writeFileSync(path, 'edited by someone else');
    expect(() => writeAtomically(path, Buffer.from('new'), Buffer.from('old'))).toThrow(FileChangedError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else');
    expect(readdirSync(folder)).toEqual(['a.md']);
  });
});

describe('a fix that cannot be matched to the bytes', () => {
  test('is left out with a note, and nothing is written', async () => {
    const { fixLinted } = await import('../src/fix/fix-file.js');
    const { loadDoc } = await import('../src/load/load.js');
    const { lintDoc } = await import('../src/engine/engine.js');
    const { rules } = await import('../rules/index.js');
    const { resolveConfig } = await import('../src/config/config.js');
    const folder = mkdtempSync(join(tmpdir(), 'widen-fix-unmatched-'));
    const path = join(folder, 'advert.md');
    const text = '# Job\n\nPlease utilise the portal.\n';
    // The bytes on disk hold one more character than the text widen read.
    const bytes = Buffer.from(`${text}!`);
    writeFileSync(path, bytes);
    const loaded = await loadDoc(Buffer.from(text), path, 'markdown');
    const config = resolveConfig(rules, undefined, path, {});
    const result = lintDoc(loaded.doc, rules, config, {});
    expect(result.diagnostics.some((diagnostic) => diagnostic.suggestions.some((suggestion) => suggestion.safe))).toBe(true);
    const fixed = await fixLinted(path, bytes, { doc: loaded.doc, ...(loaded.encoding ? { encoding: loaded.encoding } : {}), result }, async () => {
      throw new Error('no second pass expected');
    });
    expect(fixed.outcome.count).toBe(0);
    expect(fixed.outcome.note).toMatch(/could not match the text it read to the file's bytes/);
    expect(readFileSync(path)).toEqual(bytes);
  });
});
