/**
 * Builds the hostile-input folder (tests/.hostile/, git-ignored) for the hardening tests, so no
 * large or binary file is committed. Run: `tsx tests/hostile/make-hostile.ts [folder]`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    mkdirSync(dirname(join(folder, name)), { recursive: true });
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

  // Issue 13: Markdown micromark could not finish (each now bounded before parsing, with a note).
  const tail = 'You will utilise the hoist.\n';
  write('md-list-50k.md', `${'- '.repeat(50_000)}${tail}`, '50,000 nested list markers on one line');
  write('md-quotes-100k.md', `${'> '.repeat(100_000)}${tail}`, '100,000 nested block quotes on one line');
  write('md-list-20kb.md', `${'- '.repeat(10_000)}${tail}`, '20 KB of nested list markers');
  write('md-emphasis-200kb.md', `${'*a'.repeat(100_000)} ${tail}`, '200 KB of *a');
  write('md-list-10kb.md', `${'- '.repeat(5_000)}${tail}`, '10 KB of 5,000 nested list markers');
  write('md-nested-lines.md', ('- '.repeat(5) + 'You help.\n').repeat(4000), '4,000 lines of lists nested 5 deep (quadratic in micromark before)');
  // Word: declarations that never end (quadratic to strip), and two parts of one name.
  const unclosed = bodyXml(`<w:p><w:r><w:t>${'We help people. '.repeat(250_000)}</w:t></w:r></w:p>`).toString().replace('<w:document', `${'<!DOCTYPE ['.repeat(8000)}<w:document`);
  write('doctype-unclosed.docx', docxWithBody(Buffer.from(unclosed)), '8,000 unclosed <!DOCTYPE [ and 4 MB of text in a small zip');
  write(
    'duplicate-parts.docx',
    zip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: '_rels/.rels', data: rels },
      { name: 'word/document.xml', data: documentXml(['We help people.']) },
      { name: 'word/document.xml', data: documentXml(['You must be a native English speaker.']) },
    ]),
    'two word/document.xml parts: a harmless one first, a flagged one second',
  );
  // Words hidden by markup, invisible characters and look-alike letters.
  write('invisible.html', '<p>You must be a nat<span>ive</span> English speaker. You must be a nat&shy;ive English speaker.</p>\n', 'tags and entities inside a word');
  write('invisible.md', 'You must be a nat\u200Bive English speaker.\n\nYou must be a n\u0430tive English speaker.\n', 'a zero-width space and a Cyrillic letter inside a word');
  // A repository that attacks discovery: an ignore file that is a device, a FIFO; a configuration
  // that reads for ever; a glob that backtracks for ever. Each folder has an advert of its own.
  symlinkSync('/dev/zero', join(folder, '.gitignore'));
  files['.gitignore'] = 'an ignore file that is a link to /dev/zero';
  write('fifo-ignore/advert.md', tail, 'an advert beside a FIFO .gitignore');
  execFileSync('mkfifo', [join(folder, 'fifo-ignore', '.gitignore')]);
  files['fifo-ignore/.gitignore'] = 'an ignore file that is a FIFO';
  write('endless-config/advert.md', tail, 'an advert under a configuration that never ends');
  symlinkSync(existsSync('/proc/self/pagemap') ? '/proc/self/pagemap' : '/dev/zero', join(folder, 'endless-config', 'widen.config.json'));
  write('glob-bomb/widen.config.json', JSON.stringify({ ignore: ['**/a*a*a*a*a*a*a*a*a*a*a*a*b'], overrides: [{ files: ['**/a*a*a*a*a*a*a*a*a*a*a*a*b'], profile: 'event' }] }), 'a configuration whose globs backtrack for ever');
  delete files['glob-bomb/widen.config.json'];
  write(`glob-bomb/${'a'.repeat(200)}.md`, tail, 'a file named with 200 a’s under it');
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2] ?? join(import.meta.dirname, '..', '.hostile');
  const files = makeHostile(folder);
  console.log(`wrote ${Object.keys(files).length} hostile inputs to ${folder}`);
}

/** `count` small adverts in folders of 1,000, for runs over very many files; returns their number. */
export function manySmallFiles(folder: string, count: number): number {
  for (let index = 0; index < count; index++) {
    const sub = join(folder, `part-${String(Math.floor(index / 1000)).padStart(3, '0')}`);
    if (index % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `advert-${index}.md`), `# Care assistant ${index}\n\nYou will utilise the hoist.\n`);
  }
  return count;
}
