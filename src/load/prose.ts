import type { Paragraph, Root, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { Doc, type Block, type ParsedSource } from '../model/document.js';
import { addMissedBreaks } from './sentence-breaks.js';
import type { Profile } from '../model/diagnostic.js';

const parser = new ParseEnglish();

/**
 * Builds the Doc every rule sees: one nlcst paragraph per block. Node positions are left relative
 * to the block, as the parser made them: rewriting every point would cost more than all the rules
 * together, and rules read source offsets from `doc.words()` and `doc.sentences()`.
 */
export function toDoc(parsed: ParsedSource, path: string, profile: Profile): Doc {
  const blocks: Block[] = [];
  const children: Root['children'] = [];
  let heading: string | undefined;
  for (const raw of parsed.blocks) {
    const text = maskNonProse(raw.text);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (raw.kind === 'heading') heading = text.replace(/\s+/g, ' ').trim();
    const node = tokenize(text);
    const block: Block = { ...raw, text, index: blocks.length + 1, heading, node, ...(text === raw.text ? {} : { shown: raw.text }) };
    if (children.length > 0) children.push({ type: 'WhiteSpaceNode', value: '\n\n' });
    children.push(node);
    blocks.push(block);
  }
  const tree: Root = { type: 'RootNode', children };
  return new Doc({
    path,
    source: parsed.source,
    format: parsed.format,
    profile,
    blocks,
    tree,
    directives: parsed.directives,
    ...(parsed.frontMatter ? { frontMatter: parsed.frontMatter } : {}),
  });
}

/** Blocks longer than this are tokenised in pieces (see `tokenize`). */
const chunkSize = 4_000;

/**
 * One nlcst paragraph for a block. parse-english merges the tokens of a sentence with `splice`,
 * quadratic in the sentence's length, and a run of abbreviations ("e.g. e.g. …") ends no sentence.
 * So a long block is tokenised in pieces of at most `chunkSize`, cut after a full stop where
 * possible, else at white space: the cost of each piece is bounded, and the whole block linear.
 * A cut inside a sentence of more than 4,000 characters splits it, which no real sentence is.
 */
function tokenize(text: string): Paragraph {
  const paragraph = tokenizeInPieces(text);
  addMissedBreaks(paragraph);
  compact(paragraph);
  return paragraph;
}

/**
 * Keeps of the parser's tree what the Doc reads (sentences, their words, each word's text and
 * position) and drops the rest: white space, punctuation and the positions of a word's parts cost
 * about 300 bytes a token, half a long document's memory, and no rule reads them.
 */
function compact(paragraph: Paragraph): void {
  paragraph.children = paragraph.children.filter((sentence) => sentence.type === 'SentenceNode');
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue;
    const words: Word[] = [];
    for (const child of sentence.children) {
      if (child.type !== 'WordNode') continue;
      child.children = [{ type: 'TextNode', value: toString(child) }];
      words.push(child);
    }
    sentence.children = words;
  }
}

function tokenizeInPieces(text: string): Paragraph {
  if (text.length <= chunkSize) return parser.tokenizeParagraph(text);
  const children: Paragraph['children'] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutPoint(text, from);
    const piece = parser.tokenizeParagraph(text.slice(from, to));
    shift(piece, from);
    children.push(...piece.children);
    from = to;
  }
  return { type: 'ParagraphNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: text.length } } };
}

function cutPoint(text: string, from: number): number {
  const limit = from + chunkSize;
  if (limit >= text.length) return text.length;
  const window = text.slice(limit - 1000, limit);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'));
  if (sentenceEnd >= 0) return limit - 1000 + sentenceEnd + 2;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return limit - 1000 + space + 1;
  // Never between the halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? '') ? limit - 1 : limit;
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } }; children?: Positioned[] };

/** Moves a piece's positions (relative to the piece) to be relative to the block; points may be shared, so each moves once. */
function shift(node: Paragraph, by: number): void {
  if (by === 0) return;
  const moved = new Set<object>();
  const visit = (current: Positioned): void => {
    for (const point of current.position ? [current.position.start, current.position.end] : []) {
      if (moved.has(point)) continue;
      moved.add(point);
      point.offset = (point.offset ?? 0) + by;
    }
    if (current.children) for (const child of current.children) visit(child);
  };
  visit(node as unknown as Positioned);
}

/**
 * Runs of text without white space longer than this are not prose ("a-a-a-…" of 2 MB, a line of
 * hyphens, an inlined image): they are blanked, as addresses are. Read as one word, such a run costs
 * the parser quadratic time and every rule memory for nothing; no word of English is this long.
 */
const maxRun = 1000;

/**
 * Blanks out URLs, email addresses and runs longer than `maxRun`, keeping every other character
 * where it is, so that offsets in the block text stay offsets in the source. Scans token by token:
 * linear time.
 */
export function maskNonProse(text: string): string {
  const pieces: string[] = [];
  let from = 0;
  const token = /\S+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const value = match[0];
    if (value.length <= maxRun && !looksLikeAddress(value)) continue;
    let end = value.length;
    // An address keeps the punctuation after it; a long run is blanked whole.
    if (end <= maxRun) while (end > 0 && '.,;:!?)]'.includes(value[end - 1]!)) end--;
    const trimmed = value.slice(0, end);
    pieces.push(text.slice(from, match.index), ' '.repeat(trimmed.length));
    from = match.index + trimmed.length;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(from));
  return pieces.join('');
}

function looksLikeAddress(value: string): boolean {
  if (/^[(<["']?(?:https?:\/\/|www\.|mailto:)/i.test(value)) return true;
  const at = value.indexOf('@');
  return at > 0 && value.indexOf('.', at) > at + 1;
}

