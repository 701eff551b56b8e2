import type { Paragraph, Root } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { location } from 'vfile-location';
import { Doc, type Block, type ParsedSource } from '../document.js';
import type { Profile } from '../diagnostic.js';

const parser = new ParseEnglish();

/** Builds the Doc every rule sees: one nlcst paragraph per block, positioned in the source. */
export function toDoc(parsed: ParsedSource, path: string, profile: Profile): Doc {
  const place = location(parsed.source);
  const blocks: Block[] = [];
  const children: Root['children'] = [];
  let heading: string | undefined;
  for (const raw of parsed.blocks) {
    const text = maskNonProse(raw.text);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    if (raw.kind === 'heading') heading = text.replace(/\s+/g, ' ').trim();
    const node = parser.tokenizeParagraph(text);
    positionTree(node, raw.start, place);
    const block: Block = { ...raw, text, index: blocks.length + 1, heading, node };
    if (children.length > 0) children.push({ type: 'WhiteSpaceNode', value: '\n\n' });
    children.push(node);
    blocks.push(block);
  }
  const tree: Root = { type: 'RootNode', children };
  return new Doc({ path, source: parsed.source, format: parsed.format, profile, blocks, tree, frontMatter: parsed.frontMatter });
}

/**
 * Blanks out URLs and email addresses, keeping every other character where it is, so that
 * offsets in the block text stay offsets in the source. Scans token by token: linear time.
 */
export function maskNonProse(text: string): string {
  let out: string | undefined;
  const token = /\S+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const value = match[0];
    if (!looksLikeAddress(value)) continue;
    const trimmed = value.replace(/[.,;:!?)\]]+$/, '');
    out ??= text;
    out = out.slice(0, match.index) + ' '.repeat(trimmed.length) + out.slice(match.index + trimmed.length);
  }
  return out ?? text;
}

function looksLikeAddress(value: string): boolean {
  if (/^[(<["']?(?:https?:\/\/|www\.|mailto:)/i.test(value)) return true;
  const at = value.indexOf('@');
  return at > 0 && value.indexOf('.', at) > at + 1;
}

type Positioned = { position?: { start: Point; end: Point }; children?: Positioned[] };
type Point = { line: number; column: number; offset?: number };

/** Rewrites the parser's block-relative positions as points in the whole source. */
function positionTree(node: Paragraph, base: number, place: ReturnType<typeof location>): void {
  const visit = (current: Positioned): void => {
    if (current.position) {
      const start = base + (current.position.start.offset ?? 0);
      const end = base + (current.position.end.offset ?? 0);
      current.position = { start: toPoint(place, start), end: toPoint(place, end) };
    }
    if (current.children) for (const child of current.children) visit(child);
  };
  visit(node as unknown as Positioned);
}

function toPoint(place: ReturnType<typeof location>, offset: number): Point {
  const point = place.toPoint(offset);
  return { line: point?.line ?? 1, column: point?.column ?? 1, offset };
}
