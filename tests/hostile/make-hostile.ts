/**
 * Builds the hostile-input folder (tests/.hostile/, git-ignored) for the hardening tests, so no
 * large or binary file is committed. Run: `tsx tests/hostile/make-hostile.ts [folder]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zip } from '../../scripts/make-example-docx.js';

const contentTypes = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const rels = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);

function documentXml(paragraphs: readonly string[]): Buffer {
  return bodyXml(paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join(''));
}

function bodyXml(body: string): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
}

/** A small valid DOCX with the given paragraphs. */
export function docx(paragraphs: readonly string[]): Buffer {
  return docxWithBody(documentXml(paragraphs));
}

/** A DOCX whose document part is this XML (or a body of WordprocessingML, wrapped). */
export function docxWithBody(xml: Buffer | string): Buffer {
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', data: typeof xml === 'string' ? bodyXml(xml) : xml },
  ]);
}

/** Writes every hostile input into `folder` and returns their names with what each is. */
export function makeHostile(folder: string): Record<string, string> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files: Record<string, string> = {};
  const write = (name: string, data: Buffer | string, what: string) => {
    writeFileSync(join(folder, name), data);
    files[name] = what;
  };
  // 200 MB of one repeated paragraph inflates from about 200 KB: the central directory says so.
  const bomb = Buffer.concat([documentXml(['x']).subarray(0, 200), Buffer.alloc(200 * 1024 * 1024, 0x41)]);
  write('zip-bomb.docx', zip([{ name: '[Content_Types].xml', data: contentTypes }, { name: '_rels/.rels', data: rels }, { name: 'word/document.xml', data: bomb }]), 'a zip bomb: 200 MB of XML in a small zip');
  write('lying-zip-bomb.docx', zip([{ name: '[Content_Types].xml', data: contentTypes }, { name: '_rels/.rels', data: rels }, { name: 'word/document.xml', data: bomb, declaredSize: 1000 }]), 'a zip bomb whose central directory claims 1 KB');
  write('renamed.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 0)]), 'an old binary Word .doc renamed .docx');
  const good = docx(['Healthcare assistant', 'You will utilise the hoist.']);
  write('truncated.docx', good.subarray(0, Math.floor(good.length / 2)), 'a zip cut in half');
  const cell = '<w:tbl><w:tr><w:tc>';
  write('deep-tables.docx', docxWithBody(`${cell.repeat(1000)}<w:p><w:r><w:t>We utilise hoists.</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(1000)}`), 'Word tables nested 1,000 deep');
  let seed = 42;
  const randomBytes = Buffer.alloc(64 * 1024);
  for (let i = 0; i < randomBytes.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    randomBytes[i] = seed >>> 24;
  }
  write('random-bytes.md', randomBytes, 'random bytes named .md');
  write('utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Nurse\n\nWe utilise hoists. Pay: £12.60 an hour.\n', 'utf16le')]), 'UTF-16 LE with a BOM');
  write('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('We utilise hoists. Pay: £12.60 an hour.\n', 'utf16le').swap16()]), 'UTF-16 BE with a BOM');
  write('windows-1252.txt', Buffer.from([...Buffer.from('We utilise hoists. Pay: '), 0xa3, ...Buffer.from('12.60 an hour.\n')]), 'Windows-1252 with a £');
  write('empty.md', '', 'an empty file');
  write('blank.txt', '  \n\n\t\n', 'a file of white space');
  write('long-line.md', 'a'.repeat(2 * 1024 * 1024), 'a 2 MB line with no spaces');
  write('hyphen-line.md', 'a-'.repeat(1024 * 1024), 'a 2 MB "word" of letters and hyphens (a-a-a-…)');
  write('abbreviations.txt', 'e.g. '.repeat(200 * 1024), 'a 1 MB sentence of abbreviations (e.g. e.g. …)');
  write('nested-divs.html', `<!doctype html><html><body>${'<div>'.repeat(200_000)}We utilise hoists.${'</div>'.repeat(200_000)}</body></html>`, '200,000 nested <div>s');
  const paragraph = 'You will utilise your skills within the team and help people with washing and dressing. ';
  write('huge.md', `# Huge\n\n${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}`, 'a 20 MB Markdown file');
  write('good.md', '# Care assistant\n\nYou will utilise the hoist. The pay is £12.60 an hour. The closing date is 1 March 2027.\n', 'a good file');
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? join(import.meta.dirname, '..', '.hostile');
  const files = makeHostile(folder);
  console.log(`wrote ${Object.keys(files).length} hostile inputs to ${folder}`);
}
