import type { Paragraph, Root, Sentence, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Format, Profile, ResultBlock } from './diagnostic.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'quote';

/** A unit of prose as a reader sees it: a heading, paragraph, list item or table cell. */
export interface Block {
  kind: BlockKind;
  /** 1-based position in reading order. */
  index: number;
  /** Source offsets of the block, half-open. */
  start: number;
  end: number;
  /** The block's prose: the same length as `source.slice(start, end)`, with markup and non-prose blanked out. */
  text: string;
  /** Text of the nearest heading above (or this heading itself, for a heading). */
  heading?: string;
  /** Heading level 1–6, for headings. */
  depth?: number;
  /** The parser's text, when `text` differs from it (web and email addresses are blanked in `text`). */
  shown?: string;
  /**
   * The nlcst paragraph of this block. Its positions are relative to the block (add `start`);
   * `doc.words()` and `doc.sentences()` give source offsets.
   */
  node: Paragraph;
}

/** An inline disable comment found by a parser. */
export interface DisableDirective {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Source offset just after the comment. */
  offset: number;
}

/** What a parser hands to the Doc model. */
export interface ParsedSource {
  /** The decoded text that offsets point into (for DOCX, the extracted text). */
  source: string;
  format: Format;
  blocks: Array<Omit<Block, 'node' | 'index' | 'heading'>>;
  directives: DisableDirective[];
  /** Front matter as data, when present. */
  frontMatter?: Record<string, unknown>;
  /** Notes from the parser for `--verbose` (mammoth's warnings, say). */
  warnings?: string[];
  /** A one-line remark for the reader that is not a failure (an XML entity ignored, say). */
  note?: string;
}

export interface WordToken {
  /** Lower-case text with typographic apostrophes straightened. */
  normal: string;
  /** The text as written. */
  value: string;
  start: number;
  end: number;
  /** Index into `doc.sentences()`. */
  sentence: number;
}

export interface SentenceRef {
  node: Sentence;
  block: Block;
  start: number;
  end: number;
  /** Indices into `doc.words()`: [first, last + 1). */
  words: [number, number];
}

/** The single model every rule sees. Rules never look at mdast, hast or DOCX. */
export class Doc {
  readonly path: string;
  readonly source: string;
  readonly format: Format;
  readonly profile: Profile;
  readonly blocks: readonly Block[];
  readonly tree: Root;
  readonly frontMatter: Record<string, unknown> | undefined;
  /** Inline `widen-disable` comments, in source order. */
  readonly directives: readonly DisableDirective[];
  private cachedWords: WordToken[] | undefined;
  private cachedSentences: SentenceRef[] | undefined;

  constructor(options: {
    path: string;
    source: string;
    format: Format;
    profile: Profile;
    blocks: Block[];
    tree: Root;
    frontMatter?: Record<string, unknown>;
    directives?: readonly DisableDirective[];
  }) {
    this.path = options.path;
    this.source = options.source;
    this.format = options.format;
    this.profile = options.profile;
    this.blocks = options.blocks;
    this.tree = options.tree;
    this.frontMatter = options.frontMatter;
    this.directives = options.directives ?? [];
  }

  /** The blocks as the HTML report shows them: a reader's text, addresses included. */
  displayBlocks(): ResultBlock[] {
    return this.blocks.map(({ kind, index, start, end, text, shown, heading, depth }) => ({
      kind,
      index,
      start,
      end,
      text: withAddresses(this.source, start, shown ?? text),
      ...(heading ? { heading } : {}),
      ...(depth ? { depth } : {}),
    }));
  }

  /** Every sentence in reading order, with its block. */
  sentences(): readonly SentenceRef[] {
    if (!this.cachedSentences) this.index();
    return this.cachedSentences!;
  }

  /** Every word in reading order. Hyphenated words are split, so "full-time" gives "full" and "time". */
  words(): readonly WordToken[] {
    if (!this.cachedWords) this.index();
    return this.cachedWords!;
  }

  /** The text of a source range. */
  slice(start: number, end: number): string {
    return this.source.slice(start, end);
  }

  /** The block containing a source offset. */
  blockAt(offset: number): Block | undefined {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const block = this.blocks[mid]!;
      if (offset < block.start) high = mid - 1;
      else if (offset >= block.end) low = mid + 1;
      else return block;
    }
    return undefined;
  }

  /** All prose of the document, blocks separated by blank lines. */
  proseText(): string {
    return this.blocks.map((block) => block.text.replace(/\s+/g, ' ').trim()).join('\n\n');
  }

  private index(): void {
    const words: WordToken[] = [];
    const sentences: SentenceRef[] = [];
    for (const block of this.blocks) {
      for (const sentence of block.node.children) {
        if (sentence.type !== 'SentenceNode') continue;
        const first = words.length;
        const sentenceIndex = sentences.length;
        for (const child of sentence.children) {
          if (child.type === 'WordNode') pushWordTokens(words, child, sentenceIndex, block.start);
        }
        sentences.push({
          node: sentence,
          block,
          start: block.start + sentence.position!.start.offset!,
          end: block.start + sentence.position!.end.offset!,
          words: [first, words.length],
        });
      }
    }
    this.cachedWords = words;
    this.cachedSentences = sentences;
  }
}

/** Normalises a word for matching: lower case, straight apostrophes. */
export function normaliseWord(value: string): string {
  return value.toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
}

function pushWordTokens(words: WordToken[], node: Word, sentence: number, base: number): void {
  const value = toString(node);
  const start = base + node.position!.start.offset!;
  // Split on inner hyphens so "full-time" matches "full time" and "pro-rata" matches "pro rata".
  let from = 0;
  for (let i = 0; i <= value.length; i++) {
    const char = value[i];
    if (i === value.length || char === '-' || char === '\u2010' || char === '\u2011') {
      if (i > from) {
        const part = value.slice(from, i);
        words.push({ normal: normaliseWord(part), value: part, start: start + from, end: start + i, sentence });
      }
      from = i + 1;
    }
  }
}

/** Puts back addresses a parser blanked (Markdown autolinks), so a reader sees "write to jo@nhs.net". */
function withAddresses(source: string, start: number, text: string): string {
  const slice = source.slice(start, start + text.length);
  let out = text;
  const token = /\S+/g;
  for (let match = token.exec(slice); match; match = token.exec(slice)) {
    let from = 0;
    while (from < match[0].length && '(<["\''.includes(match[0][from]!)) from++;
    let to = from;
    while (to < match[0].length && !']>"\''.includes(match[0][to]!)) to++;
    while (to > from && '.,;:!?)'.includes(match[0][to - 1]!)) to--;
    const value = match[0].slice(from, to);
    if (!/^(?:https?:\/\/|www\.|mailto:)/i.test(value) && !/^[^@]+@[^@.]+\./.test(value)) continue;
    const at = match.index + from;
    if (out.slice(at, at + value.length).trim() !== '') continue;
    out = out.slice(0, at) + value + out.slice(at + value.length);
  }
  return out;
}
