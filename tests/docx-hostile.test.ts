/**
 * Hostile Word documents: document type declarations that never end (quadratic to strip with a
 * regular expression), two parts of one name (readers disagree about which is the document), and
 * the unpacked size the zip directory declares, read without unpacking.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../src/io/limits.js';
import { docxUnpackedSize, docxUnpackedSizeOfFile, withoutDoctype } from '../src/load/docx.js';
import { parseBytes } from '../src/load/load.js';
import { zip } from '../scripts/make-example-docx.js';
import { docx, docxWithBody } from './hostile/make-hostile.js';

const work = mkdtempSync(join(tmpdir(), 'widen-docx-hostile-'));
const documentXml = (text: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;

describe('document type declarations', () => {
  test('every declaration is removed, with its internal subset and the entities it could define', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y>z">]><!doctype b><r>&x; &amp; &#65; &lt;</r>`;
    expect(withoutDoctype(xml)).toBe('<?xml version="1.0"?><r> &amp; &#65; &lt;</r>');
    expect(withoutDoctype('<r>plain</r>')).toBe('<r>plain</r>');
  });

  test('a declaration that never ends is damaged XML, said at once', () => {
    expect(() => withoutDoctype(`<x>${'<!DOCTYPE ['.repeat(8000)}${'text '.repeat(800_000)}</x>`)).toThrow(
      new InputError('the Word document is damaged: its XML has a document type declaration that never ends'),
    );
  });

  test('stripping takes time linear in the XML: four times the declarations, less than eight times as long', () => {
    const time = (count: number): number => {
      const xml = `<x>${'<!DOCTYPE a>text without brackets '.repeat(count)}</x>`;
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        expect(withoutDoctype(xml)).toBe(`<x>${'text without brackets '.repeat(count)}</x>`);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(2000);
    const t1 = time(40_000);
    const t4 = time(160_000);
    // Below 200 ms for 5 MB there is nothing to see (and the machine's noise dominates); above, the growth must be linear.
    expect(t4 < 200 || t4 / t1 < 8, `${t1.toFixed(1)} ms → ${t4.toFixed(1)} ms`).toBe(true);
  });

  test('a .docx holding 8,000 unclosed <!DOCTYPE [ and 4 MB of text is refused as damaged', async () => {
    const xml = documentXml('We help people. '.repeat(250_000)).replace('<w:document', `${'<!DOCTYPE ['.repeat(8000)}<w:document`);
    await expect(parseBytes(docxWithBody(Buffer.from(xml)), 'docx')).rejects.toThrow(/^the Word document is damaged: its XML has a document type declaration that never ends$/);
  });
});

describe('zip archives with two parts of one name', () => {
  const contentTypes = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

  test.each([
    ['word/document.xml', 'word/document.xml'],
    ['word/document.xml', 'Word/Document.XML'],
    ['word/document.xml', 'word\\document.xml'],
  ])('a harmless %s and a flagged %s: refused as damaged or hostile', async (first, second) => {
    const bytes = zip([
      { name: '[Content_Types].xml', data: contentTypes },
      { name: '_rels/.rels', data: rels },
      { name: first, data: documentXml('We help people.') },
      { name: second, data: documentXml('You must be a native English speaker.') },
    ]);
    await expect(parseBytes(bytes, 'docx')).rejects.toThrow(
      new RegExp(`^the file is damaged or hostile: its zip archive holds two parts named ${second.replace(/[.\\]/g, '\\$&')}, and programs disagree about which one to read, so widen did not open it$`),
    );
  });
});

describe('the unpacked size the zip directory declares', () => {
  test('adds up the parts widen would unpack, leaving out pictures; from bytes or from a file', () => {
    const bytes = zip([
      { name: 'word/document.xml', data: Buffer.alloc(3000, 0x20) },
      { name: '_rels/.rels', data: Buffer.from('<x/>') },
      { name: 'word/media/image1.png', data: Buffer.alloc(5000, 1) },
      { name: 'word/styles.xml', data: Buffer.alloc(1000, 0x20), declaredSize: 7_000_000 },
    ]);
    expect(docxUnpackedSize(bytes)).toBe(3000 + 4 + 7_000_000);
    const path = join(work, 'sizes.docx');
    writeFileSync(path, bytes);
    expect(docxUnpackedSizeOfFile(path)).toBe(3000 + 4 + 7_000_000);
  });

  test('undefined for what is not a zip archive, a missing file or a device', () => {
    expect(docxUnpackedSize(Buffer.from('not a zip'))).toBeUndefined();
    expect(docxUnpackedSizeOfFile(join(work, 'missing.docx'))).toBeUndefined();
    expect(docxUnpackedSizeOfFile('/dev/zero')).toBeUndefined();
    expect(docxUnpackedSize(docx(['A job.']))).toBeGreaterThan(0);
  });
});
