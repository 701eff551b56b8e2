import type { Paragraph, Root } from 'nlcst';
import { ParseEnglish } from 'parse-english';
import { Doc, type Block, type ParsedSource } from '../document.js';
import type { Profile } from '../diagnostic.js';

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
    const node = parser.tokenizeParagraph(text);
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
  const pieces: string[] = [];
  let from = 0;
  const token = /\S+/g;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    const value = match[0];
    if (!looksLikeAddress(value)) continue;
    const trimmed = value.replace(/[.,;:!?)\]]+$/, '');
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
