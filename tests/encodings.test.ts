import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Linter } from '../src/index.js';
import { parseBytes } from '../src/load/load.js';
import { decodeHtml, decodeText, declaredHtmlCharset } from '../src/load/decode.js';
import { root, runCliInProcess } from './helpers/lint.js';

const advert = 'Pay: £24,000 a year. You will utilise a hoist.\n';

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

/** The same advert in every encoding widen reads. */
const encoded: Record<string, Buffer> = {
  'utf-8': Buffer.from(advert, 'utf8'),
  'utf-8 with BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(advert, 'utf8')]),
  'utf-16le with BOM': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(advert, 'utf16le')]),
  'utf-16be with BOM': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(advert)]),
  'windows-1252': Buffer.from(advert, 'latin1'),
};

describe('text encodings', () => {
  test.each(Object.entries(encoded))('%s: decoded exactly, with its encoding', (name, bytes) => {
    const { text, encoding } = decodeText(bytes);
    expect(text).toBe(advert);
    expect(`${encoding.name}${encoding.bom ? ' with BOM' : ''}`).toBe(name);
  });

  test('a £ byte (0xA3) from an old Windows editor comes out as £, with a warning for --verbose', async () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      const { parsed, encoding } = await parseBytes(encoded['windows-1252']!, format);
      expect(parsed.source).toBe(advert);
      expect(encoding).toEqual({ name: 'windows-1252', bom: false });
      expect(parsed.warnings).toContain('not valid UTF-8, so read as Windows-1252');
    }
  });

  test.each(Object.keys(encoded))('%s: findings are found and their offsets are in the decoded text', async (name) => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-encoding-'));
    const path = join(folder, 'advert.md');
    writeFileSync(path, encoded[name]!);
    const [result] = await new Linter({ configPath: join(root, 'tests', 'fixtures', 'empty.widenrc.json'), jobs: 1 }).lintPaths([path]);
    const utilise = result!.diagnostics.find((d) => d.excerpt === 'utilise')!;
    expect(utilise.location).toMatchObject({ offset: advert.indexOf('utilise'), line: 1, column: advert.indexOf('utilise') + 1 });
    // Pay in pounds is found, so the £ was read as £.
    expect(result!.diagnostics.filter((d) => d.requirement === 'salary')).toEqual([]);
  });

  test('HTML: <meta charset> is honoured; a byte order mark wins over it', async () => {
    const page = (charset: string, body: string): Buffer =>
      Buffer.concat([Buffer.from(`<html><head><meta charset="${charset}"></head><body><p>`), Buffer.from(body, 'latin1'), Buffer.from('</p></body></html>')]);
    expect(declaredHtmlCharset(page('windows-1252', ''))).toBe('windows-1252');
    expect(declaredHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('ISO-8859-1');

    // "Â£" would be the UTF-8 reading of these bytes; the page says Latin-1, so it is "£".
    const utf8Bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from('£5', 'utf8'), Buffer.from('</p>')]);
    expect(decodeHtml(utf8Bytes).text).toContain('Â£5');
    expect(decodeHtml(utf8Bytes).encoding).toEqual({ name: 'windows-1252', bom: false });

    const utf8Page = Buffer.from('<meta charset="utf-8"><p>£5 – café</p>', 'utf8');
    expect(decodeHtml(utf8Page)).toEqual({ text: '<meta charset="utf-8"><p>£5 – café</p>', encoding: { name: 'utf-8', bom: false } });

    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>£5</p>', 'utf8')]);
    expect(decodeHtml(bom).text).toBe('<meta charset="windows-1252"><p>£5</p>');

    // A charset --fix could not write back is still read, without an encoding.
    const latin9 = Buffer.concat([Buffer.from('<meta charset="iso-8859-15"><p>'), Buffer.from([0xa4]), Buffer.from('10</p>')]);
    const decoded = decodeHtml(latin9);
    expect(decoded.text).toContain('€10');
    expect(decoded.encoding).toBeUndefined();
    expect(decoded.warning).toBe('read as iso-8859-15, as the page declares');

    const { parsed } = await parseBytes(page('windows-1252', 'Pay £24,000.'), 'html');
    expect(parsed.blocks.map((block) => block.text)).toEqual(['Pay £24,000.']);
  });

  test('a file that is not text at all is a one-line error naming what it is', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-binary-'));
    writeFileSync(join(folder, 'picture.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(folder, 'report.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20)]));
    writeFileSync(join(folder, 'advert.html'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(40)]));
    writeFileSync(join(folder, 'good.md'), 'We utilise hoists.\n');
    const { stdout, stderr, code } = await runCliInProcess(['--format', 'json', folder]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([
      `widen: ${join(folder, 'advert.html')}: this is a zip archive (a Word .docx file, perhaps), not a text file; if it is a Word document, name it .docx`,
      `widen: ${join(folder, 'picture.md')}: this is a picture, not a text file`,
      `widen: ${join(folder, 'report.txt')}: this is a PDF file, not a text file; widen reads .md, .txt, .html and .docx`,
    ]);
    const good = JSON.parse(stdout).files.find((file: { path: string }) => file.path.endsWith('good.md'));
    expect(good.diagnostics.length).toBeGreaterThan(0);
  });

  test('standard input is already text: a page\'s <meta charset> is not applied to it again', async () => {
    const page = '<meta charset="windows-1252"><p>Pay £24,000 a year. We utilise hoists.</p>';
    const file = JSON.parse((await runCliInProcess(['--stdin', '--stdin-filename', 'page.html', '--format', 'json'], { input: page })).stdout).files[0];
    const utilise = file.diagnostics.find((d: { excerpt: string }) => d.excerpt === 'utilise');
    expect(utilise.location.offset).toBe(page.indexOf('utilise'));
    expect(file.diagnostics.filter((d: { requirement?: string }) => d.requirement === 'salary')).toEqual([]);
  });

  test('--verbose shows the encoding guess', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-verbose-'));
    writeFileSync(join(folder, 'advert.txt'), encoded['windows-1252']!);
    expect((await runCliInProcess([join(folder, 'advert.txt')])).stderr).toBe('');
    expect((await runCliInProcess(['--verbose', join(folder, 'advert.txt')])).stderr).toBe(`widen: ${join(folder, 'advert.txt')}: not valid UTF-8, so read as Windows-1252\n`);
  });
});
