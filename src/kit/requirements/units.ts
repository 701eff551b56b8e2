import type { Doc } from '../../model/document.js';

/**
 * What a requirement is judged on: one sentence, as a reader sees it (addresses kept, white
 * space collapsed, apostrophes straightened), with the label it answers when it follows one
 * (“Closing date” in a heading or table cell before it, or “Closing date:” ending the block
 * before). Offsets are the source's.
 */
export interface Unit {
  text: string;
  label?: string;
  /** The sentence before, when it ends the block before and is short: a name above its number. */
  previous?: string;
  previousStart?: number;
  start: number;
  end: number;
  /** 1-based block number. */
  block: number;
}

/** The longest sentence carried to the next block as `previous`. */
const previousLength = 160;

/** A block this short, a heading or cell or one ending in a colon, labels the next block's first sentence. */
const labelWords = 5;

/** Units are worked out once per document: the rule and the key facts both read them. */
const cache = new WeakMap<Doc, readonly Unit[]>();

export function requirementUnits(doc: Doc): readonly Unit[] {
  let units = cache.get(doc);
  if (!units) cache.set(doc, (units = unitsOf(doc)));
  return units;
}

function unitsOf(doc: Doc): Unit[] {
  const units: Unit[] = [];
  let label: string | undefined;
  let pendingLabel: string | undefined;
  let lastBlock = -1;
  const sentences = doc.sentences();
  for (const [index, sentence] of sentences.entries()) {
    const { block } = sentence;
    const shown = block.shown ?? block.text;
    // Addresses are blanked in the prose, so the sentence parser ends a sentence before them:
    // the unit runs on to the next sentence of its block, addresses included.
    const next = sentences[index + 1];
    const to = next && next.block === block ? next.start : block.end;
    const raw = shown.slice(sentence.start - block.start, to - block.start);
    const text = tidy(raw);
    const end = sentence.start + raw.trimEnd().length;
    if (block.index !== lastBlock) {
      // A new block: the block before labels this one's first sentence, if it was a label.
      label = lastBlock === -1 ? undefined : pendingLabel;
      pendingLabel = undefined;
      lastBlock = block.index;
    } else {
      label = undefined;
    }
    if (text === '') continue;
    const before = units[units.length - 1];
    const previous = before && before.block !== block.index && before.text.length <= previousLength ? before.text : undefined;
    units.push({ text, ...(label ? { label } : {}), ...(previous ? { previous, previousStart: before!.start } : {}), start: sentence.start, end: Math.max(end, sentence.end), block: block.index });
    // Only a short block can be a label, so only a short block is tidied whole.
    if (shown.length <= 200) {
      const whole = tidy(shown);
      if (isLabel(whole, block.kind)) pendingLabel = whole.replace(/:$/, '');
    }
  }
  return units;
}

function isLabel(text: string, kind: string): boolean {
  if (text.length > 60) return false;
  const words = text.split(' ').length;
  if (words > labelWords) return false;
  return kind === 'heading' || kind === 'table-cell' || text.endsWith(':');
}

/** White space collapsed and typographic apostrophes straightened, so patterns stay simple. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02BC]/g, "'").trim();
}
