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
  const runCuts = longRunCuts(text);
  if (text.length <= chunkSize && runCuts.length === 0) return parser.tokenizeParagraph(text);
  const children: Paragraph['children'] = [];
  let nextRunCut = 0;
  // Whether the last piece was cut inside a run without white space, to be joined again.
  let inRun = false;
  for (let from = 0; from < text.length; ) {
    while (nextRunCut < runCuts.length && runCuts[nextRunCut]! <= from) nextRunCut++;
    const runCut = runCuts[nextRunCut];
    const chunkEnd = cutPoint(text, from);
    const to = runCut !== undefined && runCut < chunkEnd ? runCut : chunkEnd;
    const piece = parser.tokenizeParagraph(text.slice(from, to));
    shift(piece, from);
    if (inRun) joinAcross(children, piece.children);
    else children.push(...piece.children);
    inRun = to === runCut;
    from = to;
  }
  return { type: 'ParagraphNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: text.length } } };
}

/**
 * Appends the sentences of a piece cut from the previous one inside a run without white space: the
 * sentence and the word that run over the cut become one again, so cutting changes no count.
 */
function joinAcross(children: Paragraph['children'], next: Paragraph['children']): void {
  const last = children[children.length - 1];
  const first = next[0];
  if (last?.type !== 'SentenceNode' || first?.type !== 'SentenceNode') {
    children.push(...next);
    return;
  }
  const tail = last.children[last.children.length - 1];
  const head = first.children[0];
  if (tail?.type === 'WordNode' && head?.type === 'WordNode') {
    tail.children.push(...head.children);
    tail.position = { start: tail.position!.start, end: head.position!.end };
    last.children.push(...first.children.slice(1));
  } else {
    last.children.push(...first.children);
  }
  last.position = { start: last.position!.start, end: first.position!.end };
  children.push(...next.slice(1));
}

/** Runs of text without white space longer than this are cut into pieces of this length for the tokeniser. */
const maxRun = 1000;

/**
 * Where to cut runs of text without white space that are longer than `maxRun` ("a-a-a-…" of
 * 2 MB, a line of hyphens): parse-english merges the parts of such a "word" with `splice`, which is
 * quadratic in its length. The pieces are joined again (`joinAcross`), so cutting changes no count; each
 * piece costs at most `maxRun` squared, and the whole run is linear. Never between the halves of a
 * surrogate pair. One pass over the text.
 */
function longRunCuts(text: string): number[] {
  const cuts: number[] = [];
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
    if (!space) continue;
    for (let cut = runStart + maxRun; cut < i; cut += maxRun) {
      const at = text.charCodeAt(cut) >= 0xdc00 && text.charCodeAt(cut) <= 0xdfff ? cut - 1 : cut;
      cuts.push(at);
    }
    runStart = i + 1;
  }
  return cuts;
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

