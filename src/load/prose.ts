import type { Paragraph, Root } from 'nlcst';
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
const chunkSize = 16_000;

/**
 * One nlcst paragraph for a block. parse-english merges tokens with `splice` and spreads arrays
 * into `push`, so a huge block (a 2 MB line, a page that is one paragraph) costs quadratic time
 * or overflows the stack. Such blocks are tokenised in pieces cut after a sentence where
 * possible, else at white space, else anywhere, and the pieces' sentences are joined.
 */
function tokenize(text: string): Paragraph {
  const paragraph = tokenizeInPieces(text);
  addMissedBreaks(paragraph);
  return paragraph;
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
  const window = text.slice(limit - 2000, limit);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('.\n'));
  if (sentenceEnd >= 0) return limit - 2000 + sentenceEnd + 2;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return limit - 2000 + space + 1;
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
 * Blanks out URLs and email addresses, keeping every other character where it is, so that
 * offsets in the block text stay offsets in the source. Scans token by token: linear time.
 */
export function maskNonProse(text: string): string {
  const pieces: string[] = [];
  let from = 0;
  const token = /\S+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const value = match[0];
    if (!looksLikeAddress(value)) continue;
    let end = value.length;
    while (end > 0 && '.,;:!?)]'.includes(value[end - 1]!)) end--;
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

