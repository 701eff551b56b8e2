/**
 * Writes examples/poor-advert.docx, the Word twin of examples/poor-advert.md, and exports the
 * small zip and DOCX writers the tests use to make good, broken and hostile Word files.
 * Run with `npx tsx scripts/make-example-docx.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  data: string | Uint8Array;
  /** Store instead of deflate. */
  store?: boolean;
  /** Write this as the uncompressed size in the headers instead of the real one (a lying zip). */
  declaredSize?: number;
}

/** 1 January 1980, so that the same parts always make the same bytes. */
const dosDate = (0 << 9) | (1 << 5) | 1;

/** A zip archive of the parts, in order. */
export function zip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
    const data = part.store ? raw : zlib.deflateRawSync(raw);
    const crc = crc32(raw);
    const name = Buffer.from(part.name, 'utf8');
    const size = part.declaredSize ?? raw.length;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(part.store ? 0 : 8, 8);
    header.writeUInt16LE(dosDate, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    header.writeUInt16LE(name.length, 26);
    locals.push(header, name, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(part.store ? 0 : 8, 10);
    entry.writeUInt16LE(dosDate, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/**
 * Node.js's own CRC-32 where it has one (20.15 and later): the hostile tests' 200 MB zip bombs
 * took 19 s to make with the table below, and under load overran the first test's time.
 */
const crc32: (data: Uint8Array) => number = (zlib as { crc32?: (data: Uint8Array) => number }).crc32 ?? tableCrc32;

function tableCrc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A paragraph of the example: a heading, a plain paragraph, a bulleted list item or a table row of cells. */
export type Paragraph = { heading: 1 | 2 | 3; text: string } | { text: string } | { bullet: string } | { row: string[] };

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
}

/** The body XML of one paragraph, or of a table for a run of rows. */
function paragraphXml(paragraph: Paragraph): string {
  if ('heading' in paragraph) return `<w:p><w:pPr><w:pStyle w:val="Heading${paragraph.heading}"/></w:pPr>${run(paragraph.text)}</w:p>`;
  if ('bullet' in paragraph) {
    return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(paragraph.bullet)}</w:p>`;
  }
  if ('row' in paragraph) return `<w:tr>${paragraph.row.map((cell) => `<w:tc><w:p>${run(cell)}</w:p></w:tc>`).join('')}</w:tr>`;
  return `<w:p>${run(paragraph.text)}</w:p>`;
}

/**
 * The parts of a minimal Word document that Word and mammoth both open: content types,
 * relationships, styles (Heading 1–3, List Paragraph), bullet numbering and the body.
 * `extraBody` is raw WordprocessingML appended to the body (for tests).
 */
export function docxParts(paragraphs: readonly Paragraph[], extraBody = ''): ZipPart[] {
  let body = '';
  let rows = '';
  for (const paragraph of paragraphs) {
    if ('row' in paragraph) {
      rows += paragraphXml(paragraph);
      continue;
    }
    if (rows) body += `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows}</w:tbl>`;
    rows = '';
    body += paragraphXml(paragraph);
  }
  if (rows) body += `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>${rows}</w:tbl>`;
  const style = (id: string, name: string, extra = ''): string =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/>${extra}</w:style>`;
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${r}/officeDocument" Target="word/document.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'word/_rels/document.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${r}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${r}/numbering" Target="numbering.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'word/styles.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${w}">` +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
        style('Heading1', 'heading 1', '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr>') +
        style('Heading2', 'heading 2', '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>') +
        style('Heading3', 'heading 3', '<w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr>') +
        style('ListParagraph', 'List Paragraph', '<w:pPr><w:ind w:left="720"/></w:pPr>') +
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>' +
        '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>' +
        '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>' +
        '</w:tblBorders></w:tblPr></w:style>' +
        '</w:styles>',
    },
    {
      name: 'word/numbering.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${w}">` +
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>' +
        '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '</w:numbering>',
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${w}" xmlns:r="${r}"><w:body>${body}${extraBody}<w:sectPr/></w:body></w:document>`,
    },
  ];
}

/** A Word document of the paragraphs. */
export function docx(paragraphs: readonly Paragraph[], extraBody = ''): Buffer {
  return zip(docxParts(paragraphs, extraBody));
}

/** examples/poor-advert.md as a Word document: the same words, with the "How to apply" text in a table. */
export const poorAdvert: Paragraph[] = [
  { heading: 1, text: 'Healthcare Assistant – Band 3 AfC, 1.0 WTE' },
  { heading: 2, text: 'About the role' },
  {
    text: 'An exciting opportunity has arisen for a dynamic and energetic individual to join our busy acute ward. The successful candidate will be expected to utilise their skills within the MDT and will liaise with colleagues in order to facilitate the delivery of high quality person-centred care to service users, ensuring that all safeguarding procedures are adhered to at all times and that documentation is completed in a timely manner in accordance with Trust policy.',
  },
  { text: 'You will commence employment following satisfactory pre-employment checks, including an enhanced DBS.' },
  { heading: 2, text: 'Person specification' },
  { bullet: 'Native English speaker' },
  { bullet: 'Recent graduate or school leaver' },
  { bullet: 'Must be able-bodied and physically fit, able to stand for long periods' },
  { bullet: 'No gaps in employment history' },
  { bullet: 'Full time only; must be available at short notice' },
  { bullet: 'Clean driving licence and own car' },
  { bullet: 'The chairman of the panel expects a rockstar who will work hard, play hard' },
  { heading: 2, text: 'How to apply' },
  { row: ['Please submit your application via the portal.', 'The postholder will be remunerated on Band 3 of Agenda for Change, pro rata.'] },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = join(fileURLToPath(new URL('..', import.meta.url)), 'examples', 'poor-advert.docx');
  writeFileSync(path, docx(poorAdvert));
  console.log(`widen: wrote ${path}`);
}
