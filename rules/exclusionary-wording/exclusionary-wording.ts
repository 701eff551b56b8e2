import type { Doc, WordToken } from '../../src/model/document.js';
import { fitReplacement } from '../../src/kit/english.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import type { Report } from '../../src/model/rule.js';
import { demandWords, groupIds, groupNotes, patternTerms, personVerbs, personWords, terms, type Group, type Lesser, type Rewrite, type Term } from './terms.js';

/** Words that end the stretch in which a person word may follow a quality (“dynamic team of nurses”). */
const stretchEnds = new Set(['of', 'to', 'in', 'with', 'for', 'which', 'who', 'that', 'where', 'on', 'at']);
/** Adverbs allowed between “you are” and the quality (“you are highly motivated”). */
const adverbs = new Set(['very', 'really', 'highly', 'naturally', 'truly', 'always']);

/** Whether a quality at words[first..last] describes the person wanted. */
function describesPerson(words: readonly WordToken[], first: number, last: number): boolean {
  const sentence = words[first]!.sentence;
  for (let k = last + 1; k <= last + 4; k++) {
    const word = words[k];
    if (!word || word.sentence !== sentence) break;
    if (personWords.has(word.normal)) return true;
    if (stretchEnds.has(word.normal) && k > last + 1) break;
  }
  let before = first - 1;
  if (words[before] && adverbs.has(words[before]!.normal)) before--;
  // “Are you energetic?” as well as “you are energetic”.
  if (words[before]?.normal === 'you' && words[before - 1]?.normal === 'are') before--;
  const previous = words[before];
  return !!previous && previous.sentence === sentence && personVerbs.has(previous.normal);
}

/** Whether words[first] starts its sentence, or a demand word (“you”, “must”) comes in the four words before. */
function isDemand(words: readonly WordToken[], first: number): boolean {
  const sentence = words[first]!.sentence;
  if (words[first - 1]?.sentence !== sentence) return true;
  for (let k = first - 1; k >= first - 4 && k >= 0; k--) {
    if (words[k]!.sentence !== sentence) break;
    if (demandWords.has(words[k]!.normal)) return true;
  }
  return false;
}

function followedWithin(words: readonly WordToken[], last: number, wanted: readonly string[], within = 4): boolean {
  const sentence = words[last]!.sentence;
  for (let k = last + 1; k <= last + within; k++) {
    const word = words[k];
    if (!word || word.sentence !== sentence) return false;
    if (wanted.includes(word.normal)) return true;
  }
  return false;
}

/** How far either side of a match to look for a reason or an alternative in its sentence. */
const reach = 300;

/** The sentence around a match, cut to `reach` characters either side so huge sentences stay cheap. */
function around(doc: Doc, start: number, end: number): string {
  const sentences = doc.sentences();
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (start < sentence.start) high = mid - 1;
    else if (start >= sentence.end) low = mid + 1;
    else return doc.slice(Math.max(sentence.start, start - reach), Math.min(sentence.end, end + reach));
  }
  return '';
}

interface Found {
  start: number;
  end: number;
  group: Group;
  says: string;
  instead: string;
  rewrite?: Rewrite;
  severity?: Lesser;
  /** The words as a reader sees them, when the source has markup or invisible characters inside them. */
  shown?: string;
  /** Some of the words are written with look-alike letters of another alphabet. */
  confusable?: boolean;
}

/** Invisible characters, and what markup the block text blanks, are not part of the words a reader sees. */
const hidden = /[\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/;

/**
 * The matched words as a reader sees them, when the source between `start` and `end` is not
 * plain text (“nat<span>ive</span>”, “nat&shy;ive”, a zero-width space): the words' own letters,
 * with the white space or punctuation between them. Undefined when the source is plain.
 */
function shownWords(doc: Doc, words: readonly WordToken[], first: number, last: number): string | undefined {
  const start = words[first]!.start;
  const end = words[last]!.end;
  const block = doc.blockAt(start);
  const source = doc.slice(start, end);
  if (!block || (!hidden.test(source) && block.text.slice(start - block.start, end - block.start) === source)) return undefined;
  let shown = words[first]!.value;
  for (let k = first + 1; k <= last; k++) {
    const gap = block.text.slice(words[k - 1]!.end - block.start, words[k]!.start - block.start).replace(/\s+/g, ' ');
    shown += gap + words[k]!.value;
  }
  return shown;
}

/** A finding, with its suggestion fitted into the sentence. */
function toReport(doc: Doc, found: Found): Report {
  const actual = doc.slice(found.start, found.end);
  // A rewrite keeps the real requirement but needs a person: it fills a gap only they can fill.
  const fit = found.rewrite && fitReplacement(doc, found.start, found.end, found.rewrite.text, found.rewrite.noArticle ? { noArticle: true } : {});
  // “If you are energetic, motivated to …” must not become “If you are motivated, motivated to …”:
  // beside its twin, the rewrite is another word (“keen”), or none.
  const twin = fit !== undefined && fit !== null && repeatsNeighbour(doc, fit.start, found.end, fit.text);
  const fitted = fit && twin ? (Object.hasOwn(otherWord, fit.text.toLowerCase()) ? { ...fit, text: matchCase(otherWord[fit.text.toLowerCase()]!, fit.text) } : undefined) : fit;
  const lookAlike = found.confusable ? ' (it is written with look-alike letters from another alphabet, which hides it from searches and checks)' : '';
  return {
    message: `“${found.shown ?? actual}” ${found.says}${lookAlike}`,
    note: groupNotes[found.group],
    start: fitted ? fitted.start : found.start,
    end: found.end,
    ...(found.severity ? { severity: found.severity } : {}),
    suggestions: [
      fitted
        ? {
            // Advice that is itself wording to use (“Tell us about any gaps …”) follows the words that fit the sentence.
            text: found.instead.startsWith('“')
              ? `Write “${fitted.text}” (or at more length: ${found.instead})`
              : `${/[.!?]”?$/.test(found.instead) ? found.instead : `${found.instead}.`} Or write: “${fitted.text}”`,
            replacement: fitted.text,
            safe: false,
          }
        : { text: found.instead.startsWith('“') ? `Write ${found.instead}` : found.instead, replacement: null, safe: false },
    ],
  };
}

/** Another word for a rewrite that would repeat the word beside it (“motivated, dynamic” → “motivated, keen”). */
const otherWord: Readonly<Record<string, string>> = { motivated: 'keen' };

/** Whether the replacement is the same word as the one just before or after the flagged words. */
function repeatsNeighbour(doc: Doc, start: number, end: number, text: string): boolean {
  const words = doc.words();
  const first = words.findIndex((word) => word.end > start);
  if (first < 0) return false;
  let last = first;
  while (words[last + 1] && words[last + 1]!.end <= end) last++;
  const plain = text.toLowerCase();
  return [words[first - 1], words[last + 1]].some((word) => word !== undefined && word.sentence === words[first]!.sentence && word.normal === plain);
}

export const exclusionaryWording = definePhraseRule<Term, { groups: Group[] }>({
  meta: {
    id: 'exclusionary-wording',
    category: 'inclusive-language',
    severity: 'error',
    description:
      'Flag wording that shuts out people by age, nationality, disability, caring responsibilities, driving, sex, culture or convictions',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: { groups: [...groupIds] as Group[] },
    options: {
      groups: {
        type: 'array',
        items: { type: 'string', enum: [...groupIds] },
        description: 'Which groups of wording to check.',
      },
    },
  },
  phrases: () =>
    terms.flatMap((term) =>
      term.phrases.map((phrase) => ({
        phrase,
        data: term,
        ...(term.unlessFollowedBy ? { unlessFollowedBy: term.unlessFollowedBy } : {}),
        ...(term.unlessPrecededBy ? { unlessPrecededBy: term.unlessPrecededBy } : {}),
      })),
    ),
  toReport(match, doc, context) {
    const term = match.entry.data;
    const words = doc.words();
    if (!context.options.groups.includes(term.group)) return undefined;
    const last = match.word + match.entry.phrase.split(/[\s-]+/).length - 1;
    if (term.describesPerson && !describesPerson(words, match.word, last)) return undefined;
    if (term.needsFollowing && !followedWithin(words, last, term.needsFollowing)) return undefined;
    if (term.demand && !isDemand(words, match.word)) return undefined;
    if (term.unlessSentence && term.unlessSentence.test(around(doc, match.start, match.end))) return undefined;
    if (term.oncePerSentence && !context.once(`${term.group}:${words[match.word]!.sentence}`)) return undefined;
    const rewrite = term.rewrite?.(doc.slice(match.start, match.end), match.entry.phrase);
    const shown = shownWords(doc, words, match.word, last);
    const confusable = words.slice(match.word, last + 1).some((word) => word.confusable);
    return toReport(doc, {
      start: match.start,
      end: match.end,
      group: term.group,
      says: term.says,
      instead: term.instead,
      ...(rewrite ? { rewrite } : {}),
      ...(term.severity ? { severity: term.severity } : {}),
      ...(shown ? { shown } : {}),
      ...(confusable ? { confusable: true } : {}),
    });
  },
  more(doc, context) {
    const reports: Report[] = [];
    for (const term of patternTerms) {
      if (!context.options.groups.includes(term.group)) continue;
      for (const block of doc.blocks) {
        term.pattern.lastIndex = 0;
        for (let match = term.pattern.exec(block.text); match; match = term.pattern.exec(block.text)) {
          const start = block.start + match.index;
          const end = start + match[0].length;
          if (term.unlessSentence && term.unlessSentence.test(around(doc, start, end))) continue;
          const rewrite = term.rewrite?.(doc.slice(start, end));
          reports.push(toReport(doc, { start, end, group: term.group, says: term.says, instead: term.instead, ...(rewrite ? { rewrite } : {}), ...(term.severity ? { severity: term.severity } : {}) }));
        }
      }
    }
    return reports;
  },
});
