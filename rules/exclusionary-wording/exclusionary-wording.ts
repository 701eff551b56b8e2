import type { Doc, WordToken } from '../../src/model/document.js';
import { fitReplacement } from '../../src/kit/english.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import type { Report } from '../../src/model/rule.js';
import { demandWords, groupIds, groupNotes, patternTerms, personVerbs, personWords, terms, type Group, type Rewrite, type Term } from './terms.js';

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

/** A finding before its suggestion is fitted into the sentence. */
function toReport(doc: Doc, found: { start: number; end: number; group: Group; says: string; instead: string; rewrite?: Rewrite; minor?: boolean }): Report {
  const actual = doc.slice(found.start, found.end);
  // A rewrite keeps the real requirement but needs a person: it fills a gap only they can fill.
  const fitted = found.rewrite && fitReplacement(doc, found.start, found.end, found.rewrite.text, found.rewrite.noArticle ? { noArticle: true } : {});
  return {
    message: `“${actual}” ${found.says}`,
    note: groupNotes[found.group],
    start: fitted ? fitted.start : found.start,
    end: found.end,
    ...(found.minor ? { minor: true } : {}),
    suggestions: [
      fitted
        ? { text: `${/[.!?]”?$/.test(found.instead) ? found.instead : `${found.instead}.`} Or write: “${fitted.text}”`, replacement: fitted.text, safe: false }
        : { text: found.instead, replacement: null, safe: false },
    ],
  };
}

export const exclusionaryWording = definePhraseRule<Term, { groups: Group[] }>({
  meta: {
    id: 'exclusionary-wording',
    category: 'inclusive-language',
    severity: 'warning',
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
    return toReport(doc, { start: match.start, end: match.end, group: term.group, says: term.says, instead: term.instead, ...(rewrite ? { rewrite } : {}), ...(term.minor ? { minor: true } : {}) });
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
          reports.push(toReport(doc, { start, end, group: term.group, says: term.says, instead: term.instead, ...(rewrite ? { rewrite } : {}) }));
        }
      }
    }
    return reports;
  },
});
