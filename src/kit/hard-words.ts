import type { Audience } from '../model/diagnostic.js';
import type { Doc, SentenceRef } from '../model/document.js';
import { commonWords } from './lexicon/common-words.js';
import { terms as formalTerms } from './lexicon/formal-words.js';
import { plainWords } from './lexicon/plain-words.js';
import { isEnglishWord } from './english.js';
import { syllables } from './readability.js';

/**
 * What makes a sentence hard for the person reading an advert: formal words with everyday
 * equivalents, abstract nouns (“provision”, “accountabilities”, “sustainability”) and rare long
 * words. Not the job's own words: the title's, the ones the advert repeats, and (for registered
 * professionals) their profession's clinical words, which applicants need and know.
 */
export interface HardWords {
  /** The words that count, as written. */
  words: string[];
  /** How many there are. */
  score: number;
  /** Formal words with an everyday alternative (simpler-words reports each one). */
  formal: string[];
}

let rankOf: Map<string, number> | undefined;

/** Rank of a word in spoken English (most frequent first), or Infinity past the 15,000 most frequent. */
export function wordRank(word: string): number {
  if (!rankOf) rankOf = new Map(commonWords.map((common, index) => [common, index]));
  let best = Infinity;
  for (const form of [word, american(word), singular(word), american(singular(word))]) best = Math.min(best, rankOf.get(form) ?? Infinity);
  return best;
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
}

function american(word: string): string {
  return word
    .replace(/isation/, 'ization')
    .replace(/is(e|ed|es|ing)$/, 'iz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/tre(s?)$/, 'ter$1')
    .replace(/ae/, 'e')
    .replace(/oe/, 'e');
}

const formal = new Set<string>([
  ...formalTerms.map((term) => term.phrase.replace(/^the /, '')).filter((phrase) => !phrase.includes(' ')),
  ...Object.keys(plainWords),
]);
/** Everyday in adverts, though long: not what makes a sentence hard. */
const everyday = new Set(['governance', 'progression', 'specialities', 'specialties', 'inclusive', 'ensuring', 'critically', 'immigration', 'informal', 'ability', 'quality', 'additional', 'registration', 'assessment', 'assessments', 'commitment', 'induction', 'desirable', 'essential', 'compassionate', 'supervision', 'provider', 'providers', 'references', 'reference', 'disciplinary', 'seeking', 'rotation', 'allowance', 'enhancements', 'secondment', 'shortlisted', 'shortlisting', 'pandemic', 'opportunity', 'opportunities', 'experience', 'information', 'application', 'applications', 'applicant', 'applicants', 'interview', 'interviews', 'organisation', 'organisations', 'qualification', 'qualifications', 'responsible', 'responsibilities', 'development', 'professional', 'community', 'department', 'environment', 'available', 'excellent', 'successful', 'candidate', 'candidates', 'appointment', 'appointments', 'especially', 'particularly', 'understanding', 'communication', 'individual', 'individuals', 'providing', 'including', 'committed', 'supportive', 'enthusiastic', 'flexible', 'flexibility', 'variety', 'vacancy', 'vacancies', 'recruitment', 'employment', 'management', 'manager', 'managers', 'regularly', 'different', 'everything', 'anything', 'activities', 'activity', 'family', 'families', 'equality', 'diversity', 'inclusion', 'wellbeing', 'ambulance', 'hospital', 'hospitals', 'patient', 'patients', 'medication', 'medicines', 'telephone', 'computer', 'internet', 'website', 'training', 'education']);
/** Clinical and profession word parts: the words of the work itself. */
const clinical = /(?:olog|therap|iatr|oncol|cardi|neuro|haem|hema|paed|pedia|psych|pharm|prescri|dispens|diagnos|surg|nurs|physio|radio|chemo|palliat|rehab|clinic|medic|dement|disabil|detox|trauma|immun|infect|vaccin|sonograph|endoscop|dialys|obstetr|midwif|matern|neonat|gerontol|respirat|orthop|dent|periodont|anaesth|anesth|patholog|mental|safeguard|multidisciplin|interdisciplin|outpatient|inpatient|ward|caseload|prevention|wellbeing|practition|stabilis|admission|interven|disorder|morbid|offend)/i;
/** Abstract nouns made from verbs and adjectives: the mark of bureaucratic writing. */
const abstract = /(?:tion|sion|ment|ity|ance|ence|ancy|ency|ism)s?$/;

const vocabularies = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * The words of the job: the title's (the first heading), and long words the advert uses three
 * times or more. Lower case.
 */
export function jobVocabulary(doc: Doc): ReadonlySet<string> {
  const known = vocabularies.get(doc);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const word of doc.words()) if (word.normal.length >= 6) counts.set(word.normal, (counts.get(word.normal) ?? 0) + 1);
  const vocabulary = new Set<string>();
  for (const [word, count] of counts) if (count >= 3) vocabulary.add(word);
  const title = doc.blocks[0]?.kind === 'heading' ? doc.blocks[0] : undefined;
  if (title) for (const word of title.text.toLowerCase().split(/[^\p{L}]+/u)) if (word) vocabulary.add(word);
  vocabularies.set(doc, vocabulary);
  return vocabulary;
}

/** The hard words of a sentence (or of `range` within it) for this audience. */
export function hardWordsOf(doc: Doc, sentence: SentenceRef, audience: Audience, vocabulary: ReadonlySet<string> = jobVocabulary(doc), range?: { start: number; end: number }): HardWords {
  const all = doc.words();
  const words: string[] = [];
  const formalFound: string[] = [];
  for (let i = sentence.words[0]; i < sentence.words[1]; i++) {
    const word = all[i]!;
    if (range && (word.start < range.start || word.end > range.end)) continue;
    const lower = word.normal.replace(/['’]s$/, '');
    if (!/^\p{L}+$/u.test(lower) || (/^\p{Lu}/u.test(word.value) && i > sentence.words[0])) continue;
    // Part of a hyphenated word (“life-limiting”, “decision-making”): judged as the compound reads, not alone.
    if (/[-\u2010\u2011]/.test(doc.source[word.start - 1] ?? '') || /[-\u2010\u2011]/.test(doc.source[word.end] ?? '')) continue;
    if (vocabulary.has(lower) || everyday.has(lower) || runTogether(lower)) continue;
    // Formal words with an everyday alternative are simpler-words' to report, once each.
    if (formal.has(lower)) {
      formalFound.push(word.value);
      continue;
    }
    const count = syllables(lower);
    if (count < 3) continue;
    // The words of the work itself (“dementia”, “physiotherapy”) are health-jargon's to judge, not hard words.
    if (clinical.test(lower)) continue;
    const frequency = wordRank(lower);
    if ((abstract.test(lower) && frequency > 8_000) || frequency === Infinity) words.push(word.value);
  }
  return { words, score: words.length, formal: formalFound };
}

/** Two words run together by a missing space (“involvingservice”): a typing slip, not a hard word. */
function runTogether(word: string): boolean {
  if (word.length < 9 || word.length > 30 || isEnglishWord(word)) return false;
  for (let cut = 3; cut <= word.length - 3; cut++) {
    if (isEnglishWord(word.slice(0, cut)) && isEnglishWord(word.slice(cut))) return true;
  }
  return false;
}

/** A word of the job for this reader: the title's or one the advert repeats, or a clinical word to a professional. */
export function isJobWord(word: string, vocabulary: ReadonlySet<string>, audience: Audience): boolean {
  return vocabulary.has(word) || (audience !== 'new-entrant' && clinical.test(word));
}
