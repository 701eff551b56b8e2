import type { Html, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { EditMap } from 'micromark-util-edit-map';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { BlockKind, ParsedSource } from '../model/document.js';
import { parseDirective } from './directives.js';
import { addHtmlFragment } from './html.js';
import { markdownBoundNote } from '../io/limits.js';

/**
 * GFM tables only (person specifications are tables). The rest of GFM is left out on purpose:
 * its autolink-literal extension costs 40% of parsing, and widen blanks out URLs and email
 * addresses in prose itself; strikethrough and footnotes read fine as plain text.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(gfmTables).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * micromark's EditMap applies its edits by copying the whole list of events, and the document
 * tokenizer makes one such edit each time a line closes a container (a nested list item, a
 * quote): a nested list of 8,000 lines took 47 s, and 50,000 markers on one line never ended.
 * This `consume` rebuilds only the events from the first edit on (the edits of the document
 * tokenizer are near the end), with the same result: the events before the first edit are kept,
 * then each edit's additions in index order with the events between edits, as the original does.
 * It replaces the method of the one copy of micromark-util-edit-map that micromark uses (a
 * dependency of widen's for that reason); tests/markdown-bounds.test.ts checks that the trees are
 * the same and that parsing nested lists grows linearly.
 */
type Change = [number, number, unknown[]];
type Consume = (this: { map: Change[]; index: Map<number, Change> }, events: unknown[]) => void;
const editMapPrototype = EditMap.prototype as unknown as { consume: Consume };
const originalConsume = editMapPrototype.consume;
const linearConsume: Consume = function consume(events) {
  this.map.sort((a, b) => a[0] - b[0]);
  if (this.map.length === 0) return;
  const low = this.map[0]![0];
  const tail: unknown[] = [];
  let at = low;
  for (const [index, remove, add] of this.map) {
    for (let i = at; i < index; i++) tail.push(events[i]);
    for (const event of add) tail.push(event);
    at = Math.max(at, index + remove);
  }
  for (let i = at; i < events.length; i++) tail.push(events[i]);
  events.length = low;
  for (const event of tail) events.push(event);
  this.map.length = 0;
  this.index.clear();
};
editMapPrototype.consume = linearConsume;

/** For tests: runs `parse` with micromark's own `consume`, to compare the trees. */
export function withOriginalEditMap<T>(parse: () => T): T {
  editMapPrototype.consume = originalConsume;
  try {
    return parse();
  } finally {
    editMapPrototype.consume = linearConsume;
  }
}

/** The mdast tree of a Markdown text, as widen's reader parses it (for tests). */
export function markdownTree(text: string): Root {
  return processor.parse(text) as Root;
}

/** Container markers (`-`, `*`, `+`, `1.`, `>`) opened on one line past this depth are read as spaces. */
export const maxMarkdownDepth = 32;
/** Emphasis marks (`*`, `_`) or brackets (`[`, `]`) past this many in one paragraph are read as spaces. */
export const maxMarkdownDelimiters = 1000;

/** Markdown: headings, paragraphs, list items, quotes and table cells are prose; code, HTML and front matter are not. */
export function parseMarkdown(source: string): ParsedSource {
  // The parser sees the source with markers past the bounds replaced (same length, so every
  // offset holds); the blocks keep the real source, with those markers blanked.
  const bounded = boundMarkdown(source);
  const tree = processor.parse(bounded.text) as Root;
  const parsed: ParsedSource = { source: bounded.text, format: 'markdown', blocks: [], directives: [], warnings: [] };
  walk(tree, parsed, 'paragraph');
  if (bounded.text !== source) {
    for (const block of parsed.blocks) block.text = unbound(block.text, source, bounded.text, block.start);
    parsed.source = source;
    parsed.note = parsed.note ? `${parsed.note}; ${bounded.note!}` : bounded.note!;
  }
  return parsed;
}

/** A block's text with every character the bounds replaced shown as a space (line breaks are never replaced). */
function unbound(text: string, source: string, bounded: string, start: number): string {
  let out: string[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (source.charCodeAt(start + i) === bounded.charCodeAt(start + i)) continue;
    out ??= text.split('');
    out[i] = ' ';
  }
  return out ? out.join('') : text;
}

/** What stands in for a marker past a bound: a no-break space is text to a Markdown parser, not indentation. */
const filler = '\u00A0';

/**
 * Bounds what makes micromark slower than linear, in one pass over the lines: container markers
 * opened on one line past `maxMarkdownDepth` (`- - - … x`, `> > > …`), and emphasis marks or
 * brackets past `maxMarkdownDelimiters` in one paragraph (a paragraph here ends at a blank line, a
 * heading or a new list item). Each marker past a bound becomes a no-break space, so the text
 * after it is still read, and every offset stays where it was.
 */
export function boundMarkdown(source: string): { text: string; note?: string } {
  let chars: string[] | undefined;
  const replace = (at: number): void => {
    chars ??= source.split('');
    chars[at] = filler;
  };
  let deep = false;
  let marked = false;
  let emphasis = 0;
  let brackets = 0;
  const length = source.length;
  for (let lineStart = 0; lineStart < length; ) {
    let lineEnd = lineStart;
    while (lineEnd < length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
    // Container markers at the start of the line.
    let i = lineStart;
    let depth = 0;
    let listItem = false;
    for (;;) {
      while (i < lineEnd && (source[i] === ' ' || source[i] === '\t')) i++;
      if (i >= lineEnd) break;
      const char = source[i]!;
      const spaceAfter = (at: number): boolean => at >= lineEnd || source[at] === ' ' || source[at] === '\t';
      let markerEnd = -1;
      if (char === '>') markerEnd = i + 1;
      else if ((char === '-' || char === '*' || char === '+') && spaceAfter(i + 1)) markerEnd = i + 1;
      else if (char >= '0' && char <= '9') {
        let j = i;
        while (j < lineEnd && j - i < 9 && source[j]! >= '0' && source[j]! <= '9') j++;
        if ((source[j] === '.' || source[j] === ')') && spaceAfter(j + 1)) markerEnd = j + 1;
      }
      if (markerEnd < 0) break;
      if (char !== '>') listItem = true;
      depth++;
      if (depth > maxMarkdownDepth) {
        deep = true;
        for (let k = i; k < markerEnd; k++) replace(k);
      }
      i = markerEnd;
    }
    // A blank line, a heading or a new list item starts a new paragraph.
    const blank = i >= lineEnd && depth === 0;
    if (blank || listItem || source[i] === '#') {
      emphasis = 0;
      brackets = 0;
    }
    for (let k = i; k < lineEnd; k++) {
      const char = source[k];
      if (char === '*' || char === '_') {
        if (++emphasis > maxMarkdownDelimiters) {
          marked = true;
          replace(k);
        }
      } else if (char === '[' || char === ']') {
        if (++brackets > maxMarkdownDelimiters) {
          marked = true;
          replace(k);
        }
      }
    }
    lineStart = lineEnd + (source[lineEnd] === '\r' && source[lineEnd + 1] === '\n' ? 2 : 1);
  }
  if (!chars) return { text: source };
  return { text: (chars as string[]).join(''), note: markdownBoundNote({ ...(deep ? { depth: maxMarkdownDepth } : {}), ...(marked ? { delimiters: maxMarkdownDelimiters } : {}) }) };
}

function walk(parent: Parent, parsed: ParsedSource, context: BlockKind): void {
  for (const node of parent.children as RootContent[]) {
    switch (node.type) {
      case 'yaml':
        parsed.frontMatter = readFrontMatter(node.value, parsed);
        break;
      case 'heading':
        addBlock(parsed, node, 'heading', node.depth);
        break;
      case 'paragraph':
        addBlock(parsed, node, context);
        break;
      case 'list':
        for (const item of node.children) walk(item, parsed, 'list-item');
        break;
      case 'blockquote':
        walk(node, parsed, 'quote');
        break;
      case 'table':
        for (const row of node.children) for (const cell of row.children) addBlock(parsed, cell, 'table-cell');
        break;
      case 'html':
        readHtml(node, parsed);
        break;
      case 'footnoteDefinition':
        walk(node, parsed, 'paragraph');
        break;
      default:
        // code, thematicBreak, definition, toml: not prose.
        break;
    }
  }
}

function readFrontMatter(value: string, parsed: ParsedSource): Record<string, unknown> | undefined {
  try {
    const data: unknown = parseYaml(value);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch (error) {
    parsed.warnings!.push(`front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/**
 * A block of raw HTML: its prose is read with the HTML reader (a careers page written as HTML in a
 * Markdown file). Each block is parsed on its own, so an unclosed `<div>` ends with the block.
 */
function readHtml(node: Html, parsed: ParsedSource): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined && parsed.source.slice(start, end) === node.value) {
    addHtmlFragment(parsed, start, end);
    return;
  }
  const directive = parseDirective(node.value);
  if (directive && node.position) {
    parsed.directives.push({ ...directive, offset: node.position.end.offset! });
  }
}

function addBlock(parsed: ParsedSource, node: Parent & Nodes, kind: BlockKind, depth?: number): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const chars = maskAll(parsed.source.slice(start, end));
  unmaskPhrasing(node.children as PhrasingContent[], parsed, chars, start);
  parsed.blocks.push({ kind, start, end, text: chars.join(''), ...(depth ? { depth } : {}) });
}

/** Every UTF-16 unit blanked, line breaks kept, so offsets line up with the source. */
function maskAll(text: string): string[] {
  const chars = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    chars[i] = char === '\n' || char === '\r' ? char : ' ';
  }
  return chars;
}

/** Copies the prose characters of text nodes back in, aligning the parsed value with the source. */
function unmaskPhrasing(nodes: PhrasingContent[], parsed: ParsedSource, chars: string[], base: number): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) align(parsed.source, start, end, node.value, chars, base);
    } else if (node.type === 'link' && isBareAddress(node.url, node.children)) {
      continue;
    } else if (node.type === 'html') {
      const directive = parseDirective(node.value);
      if (directive && node.position) parsed.directives.push({ ...directive, offset: node.position.end.offset! });
    } else if ('children' in node) {
      unmaskPhrasing(node.children as PhrasingContent[], parsed, chars, base);
    }
  }
}

/**
 * Keeps each source character that matches the next character of the parsed value; blanks the rest.
 * This drops escapes ("\*"), entity names ("&amp;") and quote markers on continuation lines.
 */
function align(source: string, start: number, end: number, value: string, chars: string[], base: number): void {
  let j = 0;
  for (let i = start; i < end; i++) {
    const char = source[i]!;
    if (j < value.length && char === value[j]) {
      chars[i - base] = char;
      j++;
    } else if (char === '\n' || char === '\r') {
      chars[i - base] = char;
      if (value[j] === '\n' || value[j] === ' ') j++;
    }
  }
}

function isBareAddress(url: string, children: PhrasingContent[]): boolean {
  const only = children[0];
  if (children.length !== 1 || !only || only.type !== 'text') return false;
  const text = only.value.replace(/^mailto:/, '');
  return url === only.value || url === `mailto:${text}` || url === `http://${text}` || url === `https://${text}`;
}
