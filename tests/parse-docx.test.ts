import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { Linter } from '../src/index.js';
import { parseBytes } from '../src/load/load.js';
import { InputError } from '../src/io/limits.js';
import { docx, docxParts, poorAdvert, zip } from '../scripts/make-example-docx.js';
import { root, runCliInProcess } from './helpers/lint.js';

/** Public Word test files (mammoth, python-docx, Apache POI, GDS), copied with their licences: tests/fixtures/SOURCES.md. */
const corpus = join(root, 'tests', 'fixtures', 'docx');
const emptyConfig = join(root, 'tests', 'fixtures', 'empty.widenrc.json');

async function read(bytes: Uint8Array, options: { maxDocxBytes?: number } = {}) {
  return (await parseBytes(bytes, 'docx', options)).parsed;
}

async function readCorpus(path: string) {
  return read(readFileSync(join(corpus, path)));
}

/** The reason a document is refused. */
async function refusal(bytes: Uint8Array, options: { maxDocxBytes?: number } = {}): Promise<string> {
  try {
    await read(bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected the document to be refused');
}

function blockTexts(parsed: Awaited<ReturnType<typeof read>>): Array<[string, string]> {
  return parsed.blocks.map((block) => [block.kind, block.text]);
}

describe('DOCX structure (mammoth and python-docx test files)', () => {
  test('blocks point into the extracted text, separated by blank lines', async () => {
    const parsed = await readCorpus('structure/mammoth/tables.docx');
    expect(parsed.format).toBe('docx');
    expect(parsed.source).toBe('Above\n\nTop left\n\nTop right\n\nBottom left\n\nBottom right\n\nBelow');
    for (const block of parsed.blocks) expect(parsed.source.slice(block.start, block.end)).toBe(block.text);
    expect(blockTexts(parsed)).toEqual([
      ['paragraph', 'Above'],
      ['table-cell', 'Top left'],
      ['table-cell', 'Top right'],
      ['table-cell', 'Bottom left'],
      ['table-cell', 'Bottom right'],
      ['paragraph', 'Below'],
    ]);
  });

  test('comments are not prose', async () => {
    const parsed = await readCorpus('structure/mammoth/comments.docx');
    expect(parsed.source).toBe('Ouch.');
  });

  test('footnotes and endnotes are prose; their reference marks are not', async () => {
    for (const name of ['footnotes', 'endnotes']) {
      const parsed = await readCorpus(`structure/mammoth/${name}.docx`);
      expect(blockTexts(parsed)).toEqual([
        ['paragraph', 'Ouch.'],
        ['paragraph', 'A tachyon walks into a bar.'],
        ['paragraph', 'Fin.'],
      ]);
    }
  });

  test('text boxes, lists, strict OOXML, byte order marks, merged table cells and sections', async () => {
    expect((await readCorpus('structure/mammoth/text-box.docx')).source).toBe('Datum plane');
    expect(blockTexts(await readCorpus('structure/mammoth/simple-list.docx'))).toEqual([
      ['list-item', 'Apple'],
      ['list-item', 'Banana'],
    ]);
    expect((await readCorpus('structure/mammoth/strict-format.docx')).source).toBe('Test');
    expect((await readCorpus('structure/mammoth/utf8-bom.docx')).source).toBe('This XML has a byte order mark.');
    const cells = await readCorpus('structure/python-docx/tbl-cell-access.docx');
    expect(cells.blocks.every((block) => block.kind === 'table-cell')).toBe(true);
    expect(cells.blocks.map((block) => block.text).join('')).toBe('123456789' + '12346789' + '12345679' + '12346' + '9');
    expect((await readCorpus('structure/python-docx/hdr-header-footer.docx')).source).toBe('section with header\n\nsection without header of its own.');
  });

  test('an empty document and a picture-only document have no blocks (a note, not an error)', async () => {
    expect((await readCorpus('structure/mammoth/empty.docx')).blocks).toEqual([]);
    expect((await readCorpus('structure/mammoth/tiny-picture.docx')).blocks).toEqual([]);
    expect((await read(new Uint8Array())).blocks).toEqual([]);
  });

  test('tracked insertions count; deletions, comments and field codes do not', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">We </w:t></w:r>' +
      '<w:del w:id="1" w:author="A"><w:r><w:delText>never </w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="A"><w:r><w:t xml:space="preserve">always </w:t></w:r></w:ins>' +
      '<w:commentRangeStart w:id="3"/><w:r><w:t>support carers.</w:t></w:r><w:commentRangeEnd w:id="3"/>' +
      '<w:r><w:commentReference w:id="3"/></w:r></w:p>';
    const parts = docxParts([], body);
    parts.push({ name: 'word/comments.xml', data: `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="3"><w:p><w:r><w:t>Reviewer remark</w:t></w:r></w:p></w:comment></w:comments>` });
    const parsed = await read(zip(parts));
    expect(parsed.source).toBe('We always support carers.');
  });

  test('headings, block numbers, and bold one-line paragraphs read as headings', async () => {
    const parsed = await read(
      docx([
        { heading: 1, text: 'Care worker' },
        { text: 'Intro.' },
        { bullet: 'Item one' },
        { row: ['Cell A', 'Cell B'] },
      ], '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Requirements</w:t></w:r></w:p><w:p><w:r><w:t>Under it.</w:t><w:br/><w:br/><w:t>Same paragraph.</w:t></w:r></w:p>'),
    );
    expect(parsed.blocks.map((block) => [block.kind, block.text, block.depth])).toEqual([
      ['heading', 'Care worker', 1],
      ['paragraph', 'Intro.', undefined],
      ['list-item', 'Item one', undefined],
      ['table-cell', 'Cell A', undefined],
      ['table-cell', 'Cell B', undefined],
      ['heading', 'Requirements', undefined],
      ['paragraph', 'Under it.\nSame paragraph.', undefined],
    ]);
  });
});

describe('DOCX locations', () => {
  test('every finding in the example names its block, heading and a quoted context', async () => {
    const [result] = await new Linter({ configPath: emptyConfig, jobs: 1 }).lintPaths([join(root, 'examples', 'poor-advert.docx')]);
    expect(result!.error).toBeUndefined();
    const located = result!.diagnostics.filter((d) => d.excerpt !== '');
    expect(located.length).toBeGreaterThan(10);
    for (const diagnostic of located) {
      expect(diagnostic.location.block).toBeGreaterThan(0);
      expect(diagnostic.location.heading).toBeTruthy();
      expect(diagnostic.location.context!.replace(/…/g, '')).toContain(diagnostic.excerpt);
      expect(diagnostic.location.line).toBeUndefined();
    }
    const chairman = located.find((d) => d.excerpt === 'chairman')!;
    expect(chairman.location).toMatchObject({ block: 12, heading: 'Person specification' });
    expect(chairman.location.context).toBe('The chairman of the panel expects…');
    expect(located.find((d) => d.excerpt === 'remunerated')!.location).toMatchObject({ block: 15, heading: 'How to apply' });
  });

  test('the example is the same advert as its Markdown, HTML and text twins: same rules, same excerpts', async () => {
    const linter = new Linter({ configPath: emptyConfig, jobs: 1 });
    const names = ['poor-advert.md', 'poor-advert.docx', 'poor-advert.html', 'poor-advert.txt'];
    const results = await linter.lintPaths(names.map((name) => join(root, 'examples', name)));
    const findings = results.map((result) => result.diagnostics.map((d) => `${d.ruleId}: ${d.excerpt}`));
    expect(findings[0]!.length).toBeGreaterThan(10);
    for (const other of findings.slice(1)) expect(other).toEqual(findings[0]);
  });

  test('examples/poor-advert.docx is what the script writes', () => {
    expect(Buffer.compare(readFileSync(join(root, 'examples', 'poor-advert.docx')), docx(poorAdvert))).toBe(0);
  });
});

describe('DOCX bad input', () => {
  test('a renamed .doc, an encrypted document, other formats and a zip without a document get clear reasons', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    expect(await refusal(ole)).toBe('this is an old Word .doc file; open it in Word and save it as .docx');
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 600);
    expect(await refusal(ole)).toMatch(/^the document is password-protected/);
    expect(await refusal(Buffer.from('{\\rtf1 Hello}'))).toMatch(/RTF/);
    expect(await refusal(Buffer.from('%PDF-1.4'))).toMatch(/PDF/);
    expect(await refusal(Buffer.from('Just some text'))).toMatch(/^this is not a Word document/);
    expect(await refusal(zip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]))).toMatch(/Excel/);
    expect(await refusal(zip([{ name: 'notes.txt', data: 'hello' }]))).toMatch(/no Word document in it/);
    const noMain = docxParts([{ text: 'x' }]).filter((part) => part.name !== 'word/document.xml');
    expect(await refusal(zip(noMain))).toMatch(/no Word document in it/);
    const badXml = docxParts([]).map((part) => (part.name === 'word/document.xml' ? { ...part, data: '<w:document xmlns:w="x"><w:body><w:p>' } : part));
    expect(await refusal(zip(badXml))).toBe('the Word document is damaged: its XML is not well formed (open it in Word and save it again)');
  });

  test('the malformed files: each file gets the right one-line reason or a note', async () => {
    const expected: Record<string, RegExp> = {
      'mammoth-empty-zip.docx': /empty zip archive/,
      'poi-bug53475-password-is-pass.docx': /password-protected/,
      'poi-truncated62886.docx': /damaged/,
      'poi-clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx': /damaged/,
      'poi-crash-517626e815e0afa9decd0ebb6d1dee63fb9907dd.docx': /damaged/,
    };
    for (const [name, reason] of Object.entries(expected)) {
      expect(await refusal(readFileSync(join(corpus, 'malformed', name))), name).toMatch(reason);
    }
    expect((await readCorpus('malformed/poi-zero-length.docx')).blocks).toEqual([]);
  });

  test('an XML external entity is never fetched or expanded', async () => {
    const parsed = await readCorpus('malformed/poi-ExternalEntityInText.docx');
    expect(parsed.source).toBe('Here should not be the POI web site: ""');
    expect(parsed.note).toMatch(/XML entities/);
    // A "billion laughs" internal entity is not expanded either.
    const laughs = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const parts = docxParts([]).map((part) =>
      part.name === 'word/document.xml'
        ? { ...part, data: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">${laughs}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi &l10;</w:t></w:r></w:p></w:body></w:document>` }
        : part,
    );
    expect((await read(zip(parts))).source).toBe('Hi');
  });

  test('a zip bomb is refused from its central directory before anything is inflated', async () => {
    // 200 directory entries sharing one 10 MB part: 2 GB declared, 10 kB on disk.
    const part = Buffer.alloc(10 * 1024 * 1024, 0x20);
    const bomb = overlappingZip(part, 200);
    expect(bomb.length).toBeLessThan(100_000);
    const reason = await refusal(bomb);
    expect(reason).toMatch(/would unpack to 2000 MB, more than the 50 MB limit.*--max-docx-size 2000 /);
  });

  test('a part that inflates past its declared size is refused without inflating it all', async () => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${' '.repeat(30 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`;
    const parts = docxParts([]).map((part) => (part.name === 'word/document.xml' ? { ...part, data: xml, declaredSize: 1000 } : part));
    expect(await refusal(zip(parts))).toMatch(/damaged/);
  });

  test('the limit can be raised or lowered', async () => {
    const bytes = docx([{ text: 'A short advert.' }]);
    expect(await refusal(bytes, { maxDocxBytes: 1000 })).toMatch(/more than the 1000 bytes limit/);
    expect((await read(bytes, { maxDocxBytes: 10_000 })).source).toBe('A short advert.');
  });
});

describe('DOCX through the CLI', () => {
  test('every malformed file gives a one-line error or a note, and a good file in the same run is reported', async () => {
    const malformed = readdirSync(join(corpus, 'malformed')).map((name) => join(corpus, 'malformed', name));
    const { stdout, stderr, code } = await runCliInProcess(['--format', 'json', ...malformed, 'examples/poor-advert.docx']);
    expect(code).toBe(2);
    const output = JSON.parse(stdout);
    expect(output.files).toHaveLength(malformed.length + 1);
    const errors = stderr.trim().split('\n');
    for (const file of output.files.slice(0, -1)) {
      expect(Boolean(file.error) || Boolean(file.note), file.path).toBe(true);
      if (file.error) expect(errors).toContain(`widen: ${file.path}: ${file.error}`);
    }
    expect(errors).toHaveLength(output.files.filter((file: { error?: string }) => file.error).length);
    const good = output.files.at(-1);
    expect(good.path).toBe('examples/poor-advert.docx');
    expect(good.diagnostics.length).toBeGreaterThan(10);
  });

  test('stylish output shows ¶block (heading) "context"; --max-docx-size names the file, the limit and the option', async () => {
    const { stdout } = await runCliInProcess(['examples/poor-advert.docx']);
    expect(stdout).toContain('¶12 (Person specification) "The chairman of the panel expects…"');
    const small = await runCliInProcess(['--max-docx-size', '0.001', 'examples/poor-advert.docx']);
    expect(small.code).toBe(2);
    expect(small.stderr).toMatch(/^widen: examples\/poor-advert\.docx: the document would unpack to \d+ KB, more than the 1 KB limit.*raise the limit with --max-docx-size \d+ \(or "limits": \{ "maxDocxSize": \d+ \} in the configuration\)\n$/);
    expect((await runCliInProcess(['--max-docx-size', 'lots', 'examples/poor-advert.docx'])).code).toBe(2);
  });

  test('--verbose prints mammoth warnings to standard error; they are never findings', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'widen-docx-'));
    const path = join(folder, 'styled.docx');
    writeFileSync(path, docx([], '<w:p><w:pPr><w:pStyle w:val="FancyStyle"/></w:pPr><w:r><w:t>We care.</w:t></w:r></w:p>'));
    const [result] = await new Linter({ configPath: emptyConfig, jobs: 1 }).lintPaths([path]);
    expect(result!.warnings).toContainEqual(expect.stringMatching(/^warning from mammoth: Unrecognised paragraph style.*FancyStyle/));
    expect(result!.diagnostics.every((d) => !/Unrecognised/.test(d.message))).toBe(true);
    expect((await runCliInProcess(['--format', 'json', path])).stderr).toBe('');
    const verbose = await runCliInProcess(['--verbose', '--format', 'json', path]);
    expect(verbose.stderr).toMatch(/^widen: .*styled\.docx: warning from mammoth: Unrecognised paragraph style/m);
    // Exit 1 for the missing pay and closing date, not 2: mammoth's warnings are not errors.
    expect(verbose.code).toBe(1);
  });
});

describe('real job descriptions in Word', () => {
  const files = readdirSync(join(corpus, 'real-jd')).map((name) => join(corpus, 'real-jd', name));

  test('all lint; every finding is located in the extracted text', async () => {
    const results = await new Linter({ configPath: emptyConfig, jobs: 1 }).lintPaths(files);
    for (const result of results) {
      expect(result.error, result.path).toBeUndefined();
      expect(result.stats.words).toBeGreaterThan(500);
      const { parsed } = await parseBytes(readFileSync(result.path), 'docx');
      for (const diagnostic of result.diagnostics) {
        if (diagnostic.excerpt === '') continue;
        const { offset, endOffset, block } = diagnostic.location;
        expect(parsed.source.slice(offset, endOffset)).toBe(diagnostic.excerpt);
        expect(block).toBeGreaterThan(0);
      }
    }
  });

  test('headings come from Word heading styles and bold one-line paragraphs', async () => {
    const parsed = await read(readFileSync(join(corpus, 'real-jd', 'gds-Developer-generic.docx')));
    const headings = parsed.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toContain('PERSON SPECIFICATION - COMPETENCES/SKILLS REQUIRED');
    expect(headings).toContain('The main responsibilities of the post are:');
    expect(parsed.source).toContain('Building web and mobile products to serve a variety of citizens\' needs.');
  });
});

/** A zip whose directory lists `count` entries that all point at the same deflated part. */
function overlappingZip(part: Buffer, count: number): Buffer {
  const data = deflateRawSync(part);
  const localName = Buffer.from('word/document.xml');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(part.length, 22);
  local.writeUInt16LE(localName.length, 26);
  const entries: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const name = Buffer.from(i === 0 ? 'word/document.xml' : `word/part${i}.xml`);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(part.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entries.push(entry, name);
  }
  const directory = Buffer.concat(entries);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(30 + localName.length + data.length, 16);
  return Buffer.concat([local, localName, data, directory, end]);
}
