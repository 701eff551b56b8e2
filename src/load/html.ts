import type { Element, Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { VFile } from 'vfile';
import type { BlockKind, DisableDirective, ParsedSource } from '../model/document.js';
import { htmlDepthNote, maxHtmlDepth } from '../io/limits.js';
import { parseDirective } from './directives.js';

/** A text node's decoded value and where it is in the parsed string. */
export interface TextPiece {
  start: number;
  end: number;
  value: string;
  /** Inside `<strong>` or `<b>`. */
  bold: boolean;
}

/** A run of prose between block boundaries: a paragraph, heading, list item, table cell or quote. */
export interface HtmlBlock {
  kind: BlockKind;
  depth?: number;
  pieces: TextPiece[];
}

export interface WalkOptions {
  /** Lint everything, not only `<main>`. */
  wholePage?: boolean;
  /** `split`: a `<br>` ends the block (web pages); `newline`: it is a line break inside it (Word). */
  lineBreak: 'split' | 'newline';
  /** Elements to leave out besides the usual non-prose ones (mammoth's footnote links, say). */
  skip?: (element: Element) => boolean;
  /** A kind for an element that would otherwise inherit one (footnotes are paragraphs, not list items). */
  kindOf?: (element: Element) => BlockKind | undefined;
}

/** Elements whose content is never prose. */
const notProse = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'audio', 'video', 'select', 'textarea', 'code', 'pre', 'kbd', 'samp',
]);

/** Elements that start and end a block; everything else is inline and keeps the block going. */
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p',
  'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const kinds: Readonly<Record<string, BlockKind>> = {
  li: 'list-item', dd: 'list-item', dt: 'list-item', td: 'table-cell', th: 'table-cell', blockquote: 'quote',
};

/** A bullet typed by hand at the start of a line ("•Competitive pay"): the line is a list item. */
const typedBullet = /^(\s*)([•·▪‣◦●○■□➢✓✔]|[-*–](?=\s))/;

/** HTML (`.html`, `.htm`): real offsets in the original file. */
export function parseHtml(source: string, options: { wholePage?: boolean } = {}): ParsedSource {
  const parsed: ParsedSource = { source, format: 'html', blocks: [], directives: [], warnings: [] };
  const { tree, flattened } = parseTree(source, false);
  if (flattened) parsed.note = htmlDepthNote;
  const { blocks, directives } = walkHtml(tree, { lineBreak: 'split', ...(options.wholePage ? { wholePage: true } : {}) });
  parsed.directives.push(...directives);
  for (const block of blocks) pushMasked(parsed, block, 0);
  return parsed;
}

/**
 * Adds the prose of raw HTML inside another format (a Markdown HTML block) to `parsed`:
 * `source.slice(start, end)` is parsed as a fragment and its blocks keep their place in the source.
 */
export function addHtmlFragment(parsed: ParsedSource, start: number, end: number): void {
  const { tree, flattened } = parseTree(parsed.source.slice(start, end), true);
  if (flattened) parsed.note = htmlDepthNote;
  const { blocks, directives } = walkHtml(tree, { lineBreak: 'split', wholePage: true });
  for (const directive of directives) parsed.directives.push({ ...directive, offset: directive.offset + start });
  for (const block of blocks) pushMasked(parsed, block, start);
}

/** Parses an HTML fragment (mammoth's output) for the DOCX reader. */
export function parseHtmlFragment(html: string): Root {
  return parseTree(html, true).tree;
}

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * Parses HTML with parse5 (as rehype-parse does), first flattening elements nested deeper than
 * `maxHtmlDepth`: the conversion to hast is recursive, and 200,000 nested `<div>`s would
 * overflow the stack. Flattened elements keep their text (with its place in the source).
 */
function parseTree(html: string, fragment: boolean): { tree: Root; flattened: boolean } {
  const options = { sourceCodeLocationInfo: true, scriptingEnabled: false };
  const document: P5Parent = fragment ? parseFragment(html, options) : parse(html, options);
  const flattened = flattenDeep(document);
  return { tree: fromParse5(document, { file: new VFile(html) }) as Root, flattened };
}

function childrenOf(node: P5Node): P5Node[] | undefined {
  if (node.nodeName === 'template') return (node as DefaultTreeAdapterMap['template']).content.childNodes;
  return 'childNodes' in node ? node.childNodes : undefined;
}

/** Replaces the children of each element at the depth limit with the text inside them. */
function flattenDeep(root: P5Parent): boolean {
  let flattened = false;
  const stack: Array<[P5Node, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = childrenOf(node);
    if (!children) continue;
    if (depth < maxHtmlDepth) {
      for (const child of children) stack.push([child, depth + 1]);
      continue;
    }
    if (!children.some((child) => 'tagName' in child)) continue;
    const texts = textInside(children);
    for (const text of texts) text.parentNode = node as DefaultTreeAdapterMap['parentNode'];
    children.splice(0, children.length, ...texts);
    flattened = true;
  }
  return flattened;
}

/** The text nodes below some nodes, in document order, leaving out what is never prose. */
function textInside(nodes: P5Node[]): DefaultTreeAdapterMap['textNode'][] {
  const texts: DefaultTreeAdapterMap['textNode'][] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') {
      texts.push(node as DefaultTreeAdapterMap['textNode']);
      continue;
    }
    if (!('tagName' in node) || notProse.has(node.tagName)) continue;
    if (node.attrs.some((attr) => attr.name === 'hidden' || (attr.name === 'aria-hidden' && attr.value.toLowerCase() === 'true'))) continue;
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return texts;
}

/**
 * The one hast walker for HTML pages, HTML inside Markdown and Word documents: collects prose
 * runs as blocks, in reading order, and `widen-disable` comments as directives.
 */
export function walkHtml(tree: Root, options: WalkOptions): { blocks: HtmlBlock[]; directives: DisableDirective[] } {
  const blocks: HtmlBlock[] = [];
  const directives: DisableDirective[] = [];
  let run: HtmlBlock | undefined;
  const flush = (): void => {
    if (run) trimRun(run, blocks);
    run = undefined;
  };

  const visit = (node: Root | Element, kind: BlockKind, depth: number | undefined, bold: boolean): void => {
    for (const child of node.children) {
      if (child.type === 'text') {
        const start = child.position?.start.offset;
        const end = child.position?.end.offset;
        if (start === undefined || end === undefined) continue;
        run ??= { kind, ...(depth ? { depth } : {}), pieces: [] };
        run.pieces.push({ start, end, value: child.value, bold });
      } else if (child.type === 'comment') {
        const directive = parseDirective(`<!--${child.value}-->`);
        const offset = child.position?.end.offset;
        if (directive && offset !== undefined) directives.push({ ...directive, offset });
      } else if (child.type === 'element') {
        const name = child.tagName;
        if (notProse.has(name) || isHidden(child) || options.skip?.(child)) continue;
        if (name === 'br') {
          if (options.lineBreak === 'split') flush();
          else if (run) run.pieces.push({ start: 0, end: 0, value: '\n', bold });
          continue;
        }
        if (!blockElements.has(name)) {
          visit(child, kind, depth, bold || name === 'strong' || name === 'b');
          continue;
        }
        flush();
        const heading = /^h([1-6])$/.exec(name);
        const own = options.kindOf?.(child) ?? (heading ? 'heading' : kinds[name]);
        visit(child, own ?? kind, heading ? Number(heading[1]) : own ? undefined : depth, false);
        flush();
      }
    }
  };

  const mains = options.wholePage ? [] : findMains(tree);
  if (mains.length > 0) {
    collectComments(tree, directives);
    for (const main of mains) {
      visit(main, 'paragraph', undefined, false);
      flush();
    }
    directives.sort((a, b) => a.offset - b.offset);
  } else {
    visit(tree, 'paragraph', undefined, false);
    flush();
  }
  return { blocks, directives };
}

/** Drops whitespace-only pieces at either end; keeps the run if any prose is left. */
function trimRun(run: HtmlBlock, blocks: HtmlBlock[]): void {
  const pieces = run.pieces;
  let first = 0;
  let last = pieces.length - 1;
  while (first <= last && !pieces[first]!.value.trim()) first++;
  while (last >= first && !pieces[last]!.value.trim()) last--;
  if (first > last) return;
  blocks.push({ ...run, pieces: pieces.slice(first, last + 1) });
}

/** `hidden`, `aria-hidden="true"` and inline `display: none` or `visibility: hidden` content is not read. */
function isHidden(element: Element): boolean {
  const { hidden, ariaHidden, style } = element.properties;
  if (hidden !== undefined && hidden !== false && hidden !== null) return true;
  if (String(ariaHidden).toLowerCase() === 'true') return true;
  if (element.tagName === 'input' && String(element.properties.type).toLowerCase() === 'hidden') return true;
  return typeof style === 'string' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** The page's visible `<main>` elements (outermost only). */
function findMains(tree: Root): Element[] {
  const mains: Element[] = [];
  const search = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || notProse.has(child.tagName) || isHidden(child)) continue;
      if (child.tagName === 'main') mains.push(child);
      else search(child);
    }
  };
  search(tree);
  return mains;
}

function collectComments(node: Root | Element, directives: DisableDirective[]): void {
  for (const child of node.children as Nodes[]) {
    if (child.type === 'comment') {
      const directive = parseDirective(`<!--${child.value}-->`);
      const offset = child.position?.end.offset;
      if (directive && offset !== undefined) directives.push({ ...directive, offset });
    } else if (child.type === 'element') {
      collectComments(child, directives);
    }
  }
}

/**
 * Adds a block whose text is the source slice with everything but its prose blanked, so that
 * offsets in the block are offsets in the file. `base` is where the parsed string starts in the source.
 */
function pushMasked(parsed: ParsedSource, block: HtmlBlock, base: number): void {
  const source = parsed.source;
  const start = base + block.pieces[0]!.start;
  const end = base + block.pieces[block.pieces.length - 1]!.end;
  const chars = new Array<string>(end - start);
  for (let i = start; i < end; i++) {
    const char = source[i]!;
    chars[i - start] = char === '\n' || char === '\r' ? char : ' ';
  }
  for (const piece of block.pieces) align(source, base + piece.start, base + piece.end, piece.value, chars, start);
  let kind = block.kind;
  if (kind === 'paragraph') {
    const bullet = typedBullet.exec(chars.join(''));
    if (bullet) {
      kind = 'list-item';
      for (let i = bullet[1]!.length; i < bullet[0].length; i++) chars[i] = ' ';
    }
  }
  // The block starts at its first visible character and ends after its last.
  let first = 0;
  let last = chars.length;
  while (first < last && /\s/.test(chars[first]!)) first++;
  while (last > first && /\s/.test(chars[last - 1]!)) last--;
  if (first === last) return;
  const text = chars.slice(first, last).join('');
  parsed.blocks.push({ kind, start: start + first, end: start + last, text, ...(block.depth ? { depth: block.depth } : {}) });
}

/** A character reference: numeric (the `;` may be missing) or named (with its `;`). */
const reference = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};)/y;

/**
 * Copies a text node's decoded value into `chars` at its place in the source. A character
 * reference ("&amp;", "&rsquo;") gets its decoded character at the position of its "&", and
 * the rest of it is blanked; CR LF, which the parser reads as LF, stays as it is.
 */
export function align(source: string, start: number, end: number, value: string, chars: string[], base: number): void {
  let j = 0;
  for (let i = start; i < end; i++) {
    const char = source[i]!;
    if (char === '&' && j < value.length) {
      reference.lastIndex = i;
      const match = reference.exec(source);
      if (match && match.index + match[0].length <= end && !value.startsWith(match[0], j)) {
        const high = value.charCodeAt(j);
        const width = high >= 0xd800 && high <= 0xdbff && j + 1 < value.length ? 2 : 1;
        for (let k = 0; k < width && k < match[0].length; k++) chars[i - base + k] = value[j + k]!;
        i += match[0].length - 1;
        j += width;
        continue;
      }
    }
    if (j < value.length && char === value[j]) {
      chars[i - base] = char;
      j++;
    } else if (char === '\r' && value[j] === '\n') {
      chars[i - base] = char;
      if (source[i + 1] !== '\n') j++;
    } else if (char === '\0' && value[j] === '\uFFFD') {
      j++;
    }
  }
}
