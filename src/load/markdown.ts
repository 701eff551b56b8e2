import type { Html, Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parse as parseYaml } from 'yaml';
import type { BlockKind, ParsedSource } from '../model/document.js';
import { parseDirective } from './directives.js';
import { addHtmlFragment } from './html.js';

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

/** Markdown: headings, paragraphs, list items, quotes and table cells are prose; code, HTML and front matter are not. */
export function parseMarkdown(source: string): ParsedSource {
  const tree = processor.parse(source) as Root;
  const parsed: ParsedSource = { source, format: 'markdown', blocks: [], directives: [], warnings: [] };
  walk(tree, parsed, 'paragraph');
  return parsed;
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
