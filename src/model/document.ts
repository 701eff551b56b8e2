import type { Paragraph, Root, Sentence } from 'nlcst';
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
   * The nlcst paragraph of this block, kept to what rules read: its sentences, their words, each
   * word's text (one text node) and position. Positions are relative to the block (add `start`);
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
  /**
   * Lower-case text with typographic apostrophes straightened, in compatibility form (NFKC:
   * fullwidth and mathematical letters, ligatures), without invisible characters, and, in a word
   * that mixes Latin letters with look-alike Cyrillic or Greek ones, with those written as Latin.
   */
  normal: string;
  /** The text as written, without invisible characters (soft hyphens, zero-width spaces) or markup inside it. */
  value: string;
  /** The word mixes Latin letters with look-alike letters of another alphabet (“nаtive” with a Cyrillic “а”). */
  confusable?: boolean;
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
        // Words split only by markup or invisible characters (“nat<span>ive</span>”, “nat&shy;ive”,
        // a zero-width space pasted from the web) are one word to a reader, and so to the rules.
        let pieces: Array<{ value: string; start: number }> = [];
        let pieceEnd = -1;
        for (const child of sentence.children) {
          if (child.type !== 'WordNode') continue;
          const start = block.start + child.position!.start.offset!;
          const end = block.start + child.position!.end.offset!;
          if (pieces.length > 0 && !joins(this.source, block, pieceEnd, start)) {
            pushWordTokens(words, pieces, sentenceIndex);
            pieces = [];
          }
          pieces.push({ value: toString(child), start });
          pieceEnd = end;
        }
        if (pieces.length > 0) pushWordTokens(words, pieces, sentenceIndex);
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

/** Characters a reader does not see, which join the letters either side into one word. */
const invisible = /[\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;

/**
 * Whether the gap between two words of a block, [from, to) in the source, is only markup (the
 * block text blanks it, and the source there is not white space: a tag, a comment, an entity's
 * name) or invisible characters, so that a reader sees one word.
 */
function joins(source: string, block: Block, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const shown = block.text[i - block.start];
    const char = source[i];
    if (shown === undefined || char === undefined) return false;
    if (invisible.test(shown)) continue;
    if (shown !== ' ' || /\s/.test(char)) return false;
    // A tag or comment is passed over whole: the spaces inside it are not spaces in the text.
    if (char === '<') {
      // Searched within the gap only, so the cost is the gap's length.
      const gap = source.slice(i, to);
      const comment = gap.startsWith('<!--');
      const found = comment ? gap.indexOf('-->', 4) : gap.indexOf('>');
      if (found < 1) return false;
      i += comment ? found + 2 : found;
    }
  }
  return true;
}

/**
 * Look-alike Cyrillic and Greek letters and the Latin letters they pass for, used only in a word
 * that also has Latin letters (an all-Cyrillic or all-Greek word is left as it is).
 */
const confusables: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ү: 'y',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ү: 'Y',
  // Greek
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', γ: 'y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const latin = /\p{Script=Latin}/u;
const lookAlike = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** A word as matched: compatibility form, and Latin letters for look-alikes in a mixed-script word. */
function matchingForm(value: string): { text: string; confusable: boolean } {
  if (/^[\x00-\x7F]*$/.test(value)) return { text: value, confusable: false };
  const text = value.normalize('NFKC');
  if (!latin.test(text) || !lookAlike.test(text)) return { text, confusable: false };
  let out = '';
  let changed = false;
  for (const char of text) {
    const swap = confusables[char];
    if (swap) changed = true;
    out += swap ?? char;
  }
  return { text: out, confusable: changed };
}

/**
 * Turns the pieces of one word as a reader sees it (usually one WordNode; several when markup or
 * invisible characters split it) into tokens: invisible characters left out, and split on inner
 * hyphens so "full-time" matches "full time" and "pro-rata" matches "pro rata". Offsets are the
 * source's: a token runs from its first visible character to just after its last.
 */
function pushWordTokens(words: WordToken[], pieces: ReadonlyArray<{ value: string; start: number }>, sentence: number): void {
  let text: string;
  // Where each unit of `text` is in the source: for one piece with nothing invisible, its start + i.
  let at: (i: number) => number;
  if (pieces.length === 1 && !invisible.test(pieces[0]!.value)) {
    const only = pieces[0]!;
    text = only.value;
    at = (i) => only.start + i;
  } else {
    text = '';
    const positions: number[] = [];
    for (const piece of pieces) {
      for (let i = 0; i < piece.value.length; i++) {
        const char = piece.value[i]!;
        if (invisible.test(char)) continue;
        text += char;
        positions.push(piece.start + i);
      }
    }
    at = (i) => positions[i]!;
  }
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (i === text.length || char === '-' || char === '\u2010' || char === '\u2011') {
      if (i > from) {
        const part = text.slice(from, i);
        const form = matchingForm(part);
        words.push({
          normal: normaliseWord(form.text),
          value: part,
          start: at(from),
          end: at(i - 1) + 1,
          sentence,
          ...(form.confusable ? { confusable: true } : {}),
        });
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
