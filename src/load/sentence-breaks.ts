import type { Paragraph, Punctuation, Sentence, SentenceContent, Word } from 'nlcst';

/**
 * Sentence breaks the English parser misses, and a reader does not: after a number
 * (“350,000. The services”, “Band 3. If you”), after “p.a.” or “etc.” before a word that starts a
 * sentence, and where a full stop has no space after it (“across Scotland.We are”, pasted from a
 * web page). Splits the paragraph's sentences in place; positions stay offsets in the block.
 */
export function addMissedBreaks(paragraph: Paragraph): void {
  const out: Paragraph['children'] = [];
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      out.push(child);
      continue;
    }
    out.push(...split(child));
  }
  paragraph.children = out;
}

/** Words that end a sentence when they close with a full stop: a number, or one of these abbreviations. */
const closingAbbreviations = new Set(['p.a', 'pa', 'etc', 'ltd', 'inc', 'plc']);
/** What starts a new sentence after “p.a.” or “etc.”; after a number any capitalised word does. */
const sentenceStarters = new Set(['we', 'you', 'our', 'your', 'if', 'please', 'the', 'this', 'it', 'there', 'they', 'all', 'applicants', 'interviews', 'for', 'to', 'in', 'as', 'a', 'an', 'i']);

function split(sentence: Sentence): Sentence[] {
  const sentences: Sentence[] = [];
  let current: SentenceContent[] = [];
  const children = sentence.children;
  const flush = (): void => {
    if (current.some((node) => node.type === 'WordNode')) sentences.push(make(current));
    current = [];
  };
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'WordNode') {
      const joined = joinedSentences(child);
      if (joined) {
        current.push(joined.before, joined.stop);
        flush();
        current = [joined.after];
        continue;
      }
      current.push(child);
      if (endsSentence(child, children[i + 1], children[i + 2])) {
        flush();
        // The white space between the two sentences belongs to neither.
        i++;
      }
      continue;
    }
    current.push(child);
  }
  if (sentences.length === 0) return [sentence];
  flush();
  return sentences;
}

/** A word closing with a full stop, then white space, then a word that starts a sentence. */
function endsSentence(word: Word, space: SentenceContent | undefined, next: SentenceContent | undefined): boolean {
  const last = word.children[word.children.length - 1];
  if (last?.type !== 'PunctuationNode' || last.value !== '.') return false;
  if (space?.type !== 'WhiteSpaceNode' || /\n\s*\n/.test(space.value) || next?.type !== 'WordNode') return false;
  const before = word.children
    .slice(0, -1)
    .map((node) => ('value' in node ? node.value : ''))
    .join('');
  const first = next.children[0];
  const following = first && 'value' in first ? first.value : '';
  if (/^\d[\d,]*$/.test(before)) return /^(?:\p{Lu}\p{Ll}|I$|A$)/u.test(following);
  return closingAbbreviations.has(before.toLowerCase()) && sentenceStarters.has(following.toLowerCase()) && /^\p{Lu}/u.test(following);
}

/** “Scotland.We”: one token holding the end of one sentence and the start of the next. */
function joinedSentences(word: Word): { before: Word; stop: Punctuation; after: Word } | undefined {
  const parts = word.children;
  for (let k = 1; k < parts.length - 1; k++) {
    const stop = parts[k]!;
    const left = parts[k - 1]!;
    const right = parts[k + 1]!;
    if (stop.type !== 'PunctuationNode' || stop.value !== '.' || left.type !== 'TextNode' || right.type !== 'TextNode') continue;
    // Two lower-case letters before, a capital and a lower-case letter after: not “U.K.”, “Ph.D”, “NHS.UK”.
    if (!/\p{Ll}{2}$/u.test(left.value) || !/^\p{Lu}\p{Ll}/u.test(right.value)) continue;
    const before: Word = { type: 'WordNode', children: parts.slice(0, k) as Word['children'], position: span(parts[0]!, left) };
    const after: Word = { type: 'WordNode', children: parts.slice(k + 1) as Word['children'], position: span(right, parts[parts.length - 1]!) };
    return { before, stop, after };
  }
  return undefined;
}

function make(children: SentenceContent[]): Sentence {
  // Leading white space is not part of a sentence.
  while (children[0]?.type === 'WhiteSpaceNode') children.shift();
  return { type: 'SentenceNode', children, position: span(children[0]!, children[children.length - 1]!) };
}

function span(first: { position?: Word['position'] }, last: { position?: Word['position'] }): NonNullable<Word['position']> {
  return { start: { ...first.position!.start }, end: { ...last.position!.end } };
}
