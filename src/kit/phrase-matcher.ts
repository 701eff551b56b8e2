import { normaliseWord, type Doc, type WordToken } from '../model/document.js';

/** A phrase to find, with the data a rule wants back when it is found. */
export interface PhraseEntry<Data> {
  /** Words separated by spaces or hyphens; matched case-insensitively, word by word. */
  phrase: string;
  data: Data;
  /** Words that, when they follow the phrase, mean it is not a match ("young" + "people"). */
  unlessFollowedBy?: readonly string[];
  /** Words that, when they come just before the phrase, mean it is not a match. */
  unlessPrecededBy?: readonly string[];
  /** Match only when written exactly in this case (for acronyms such as "MDT"). */
  caseSensitive?: boolean;
}

export interface PhraseMatch<Data> {
  entry: PhraseEntry<Data>;
  start: number;
  end: number;
  /** Index of the first matched word in `doc.words()`. */
  word: number;
}

interface Compiled<Data> {
  entry: PhraseEntry<Data>;
  words: string[];
  following: Set<string> | undefined;
  preceding: Set<string> | undefined;
}

/**
 * Compiles a word list once into an index keyed by first word, so a document is matched
 * in one walk over its words however long the list is.
 */
export class PhraseMatcher<Data> {
  private readonly byFirstWord = new Map<string, Compiled<Data>[]>();

  constructor(entries: readonly PhraseEntry<Data>[]) {
    for (const entry of entries) {
      const words = splitPhrase(entry.phrase);
      if (words.length === 0) continue;
      const compiled: Compiled<Data> = {
        entry,
        words: entry.caseSensitive ? words : words.map(normaliseWord),
        following: entry.unlessFollowedBy && new Set(entry.unlessFollowedBy.flatMap(splitPhrase).map(normaliseWord)),
        preceding: entry.unlessPrecededBy && new Set(entry.unlessPrecededBy.flatMap(splitPhrase).map(normaliseWord)),
      };
      const key = normaliseWord(words[0]!);
      const list = this.byFirstWord.get(key);
      if (list) list.push(compiled);
      else this.byFirstWord.set(key, [compiled]);
    }
    // Longest phrases first, so "in order to" wins over "in order".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every match in the document, in order; a word starts at most one match (the longest). */
  match(doc: Doc): PhraseMatch<Data>[] {
    return this.matchWords(doc.words());
  }

  matchWords(words: readonly WordToken[]): PhraseMatch<Data>[] {
    const matches: PhraseMatch<Data>[] = [];
    for (let i = 0; i < words.length; i++) {
      const candidates = this.byFirstWord.get(words[i]!.normal);
      if (!candidates) continue;
      for (const candidate of candidates) {
        if (!matchesAt(candidate, words, i)) continue;
        const last = words[i + candidate.words.length - 1]!;
        matches.push({ entry: candidate.entry, start: words[i]!.start, end: last.end, word: i });
        break;
      }
    }
    return matches;
  }
}

function matchesAt<Data>(candidate: Compiled<Data>, words: readonly WordToken[], at: number): boolean {
  const sentence = words[at]!.sentence;
  for (let k = 0; k < candidate.words.length; k++) {
    const word = words[at + k];
    if (!word || word.sentence !== sentence) return false;
    const value = candidate.entry.caseSensitive ? word.value : word.normal;
    if (value !== candidate.words[k]) return false;
  }
  const next = words[at + candidate.words.length];
  if (candidate.following && next && next.sentence === sentence && candidate.following.has(next.normal)) return false;
  const previous = words[at - 1];
  if (candidate.preceding && previous && previous.sentence === sentence && candidate.preceding.has(previous.normal)) {
    return false;
  }
  return true;
}

function splitPhrase(phrase: string): string[] {
  return phrase.split(/[\s\-\u2010\u2011]+/).filter(Boolean);
}
