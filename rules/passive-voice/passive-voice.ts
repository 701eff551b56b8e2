import type { Suggestion } from '../../src/model/diagnostic.js';
import type { Doc, WordToken } from '../../src/model/document.js';
import { capitalise, isEnglishWord, startsSentence, thirdPerson, verbOfParticiple, type Rewrite } from '../../src/kit/english.js';
import { defineRule } from '../../src/model/rule.js';
import { matchCase } from '../../src/kit/text-case.js';
import { plainWordFor } from '../../src/kit/lexicon/formal-words.js';
import { tagOf } from '../../src/kit/tagger.js';

const beForms = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const modals = new Set(['will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', "'ll", 'not', 'also', 'then', 'always', 'usually', 'normally', 'often', 'never', 'need', 'needs', 'to']);
/** Words that may stand between “be” and the participle: “will be fully supported”, “are not allocated”. */
const inBetween = new Set(['not', 'also', 'then', 'always', 'often', 'usually', 'normally', 'all', 'both', 'never', 'still', 'only', 'further', 'generally', 'currently', 'typically', 'regularly']);

const irregularParticiples = new Set([
  'given', 'taken', 'shown', 'written', 'chosen', 'found', 'told', 'sent', 'kept', 'held', 'paid', 'made', 'done', 'seen', 'known',
  'brought', 'taught', 'built', 'spent', 'led', 'met', 'drawn', 'driven', 'undertaken', 'overseen', 'understood', 'sought', 'bound',
  'hidden', 'begun', 'broken', 'spoken', 'thrown', 'grown', 'withdrawn', 'forgiven', 'forbidden', 'put', 'set', 'run', 'cut', 'won', 'lost',
]);

/** Words ending in “-ed” that are not participles. */
const notParticiples = new Set(['need', 'feed', 'seed', 'bed', 'red', 'shed', 'speed', 'breed', 'indeed', 'hundred', 'exceed', 'proceed', 'succeed', 'embed', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'kindred']);

/**
 * Participles that, after “be”, describe a state rather than an action someone does to the subject:
 * “we are based in Leeds”, “you are interested in”, “we are committed to”, “must be registered with the NMC”.
 * Reporting them would cry wolf: they are plain English already.
 */
const stative = new Set([
  'based', 'located', 'situated', 'interested', 'committed', 'dedicated', 'qualified', 'experienced', 'skilled', 'motivated',
  'involved', 'concerned', 'pleased', 'delighted', 'excited', 'thrilled', 'determined', 'prepared', 'used', 'supposed', 'entitled',
  'allowed', 'registered', 'accredited', 'certified', 'licensed', 'vaccinated', 'disabled', 'married', 'retired', 'tired', 'bored',
  'worried', 'scared', 'surprised', 'confused', 'stressed', 'engaged', 'organised', 'organized', 'talented', 'detailed', 'focused',
  'focussed', 'aged', 'closed', 'opened', 'called', 'named', 'known', 'finished', 'limited', 'gone', 'exposed', 'subjected', 'suited',
  'equipped', 'tailored', 'designed', 'aimed', 'valued', 'respected', 'trusted', 'united', 'rated', 'ranked', 'accustomed', 'acquainted',
  'satisfied', 'unqualified', 'unpaid', 'listed', 'rooted', 'cared', 'linked', 'connected', 'related', 'attached',
  // Adjectives that look like participles: “may be distressed”, “are safely seated”, “will be varied”.
  'distressed', 'seated', 'varied', 'renowned', 'affected', 'unwell', 'isolated', 'disadvantaged', 'vulnerable', 'bereaved', 'injured',
]);

/**
 * Passives that read naturally because the doer does not matter or is plain: “this post is being
 * advertised as part-time”, “requirements are met”, “people who may have been detained” (by courts
 * and clinicians, not the employer), “calls will be directed”.
 */
const natural = new Set(['advertised', 'met', 'reinvested', 'directed', 'detained', 'sectioned', 'admitted', 'diagnosed', 'born', 'situated', 'funded', 'commissioned', 'regulated', 'registered']);

/** Adverbs that make the participle after them an adjective: “easily understood”, “well known”. */
const adjectivalAdverbs = new Set(['easily', 'readily', 'widely', 'commonly', 'generally', 'well', 'highly', 'poorly', 'badly']);

/** What an employer does for or to applicants: the passives an advert should say with “we”. */
const employerVerbs = new Set([
  'offer', 'give', 'provide', 'invite', 'encourage', 'consider', 'accept', 'send', 'receive', 'review', 'require', 'expect', 'advise', 'ask',
  'pay', 'train', 'support', 'contact', 'interview', 'shortlist', 'appoint', 'select', 'anticipate', 'reimburse', 'welcome', 'hold', 'inform',
  'notify', 'email', 'allocate', 'assign', 'reward', 'recognise', 'recognize', 'value', 'prefer', 'run', 'check', 'value',
]);

/** The person in the job, as adverts name them: a duty they must ensure is theirs to do. */
const jobHolders = new Set(['you', 'postholder', 'holder', 'candidate', 'applicant', 'person', 'worker', 'nurse', 'assistant', 'practitioner', 'therapist']);

/** “Ensure patients are safely seated”, “ensuring that drugs are received”: a duty, whose doer is the person in the job. */
const dutyWords = new Set(['ensure', 'ensures', 'ensuring', 'sure']);

/**
 * Passives with “you” as the subject read naturally and put the reader first (“you will be paid”,
 * “you will be supported”), so only these demands, which hide who is making them, are reported.
 */
const demands: Record<string, string> = {
  expected: 'need to',
  required: 'need to',
  obliged: 'need to',
  advised: 'should',
  encouraged: '',
  requested: '',
  asked: '',
};

export const passiveVoice = defineRule({
  meta: {
    id: 'passive-voice',
    category: 'readability',
    severity: 'info',
    description: 'Passive verbs such as “are allocated” and “will be expected to”, which hide who does what',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: false,
    defaultOptions: {},
  },
  check(doc, context) {
    const words = doc.words();
    let lastSentence = -1;
    for (let i = 0; i < words.length; i++) {
      const be = words[i]!;
      if (!beForms.has(be.normal) || be.sentence === lastSentence) continue;
      if (doc.blockAt(be.start)?.kind === 'heading') continue;
      let j = i + 1;
      while (words[j] && words[j]!.sentence === be.sentence && (inBetween.has(words[j]!.normal) || /ly$/.test(words[j]!.normal) || words[j]!.normal === 'being' || words[j]!.normal === 'been')) j++;
      const participle = words[j];
      if (!participle || participle.sentence !== be.sentence || !isParticiple(participle)) continue;
      if (stative.has(participle.normal)) continue;
      // An adjective the tagger sees (“may be distressed”): not a passive. The tagger rarely calls a
      // real passive an adjective, so this only ever removes findings.
      if (!Object.hasOwn(demands, participle.normal) && tagOf(doc, j) === 'ADJ') continue;
      const byYou = subjectIsYou(words, i);
      if (byYou && !(participle.normal in demands)) continue;
      // “is known as”, “be used to”: a fixed phrase, not a passive.
      const next = words[j + 1];
      if (next && next.sentence === be.sentence && ((participle.normal === 'known' && next.normal === 'as') || (participle.normal === 'used' && next.normal === 'to'))) continue;
      // “was founded by a group of GPs”: the doer is named, which is what the active voice is for.
      if (namesTheDoer(words, j)) continue;
      if (natural.has(participle.normal) || fixedSaying(words, i, j)) continue;
      // “are currently being asked”, “is being advertised”: what is going on now, natural as it is.
      if (words.slice(i + 1, j).some((word) => word.normal === 'being')) continue;
      // “is easily understood”, “widely known”: an adjective after an adverb of degree.
      if (words.slice(i + 1, j).some((word) => adjectivalAdverbs.has(word.normal))) continue;
      const duty = inDuty(words, i);
      // A duty written as an instruction or a bullet (“Ensure patients are seated”) is plain as it is.
      if (duty === 'bullet') continue;
      const followedByTo = next !== undefined && next.sentence === be.sentence && next.normal === 'to';
      const plain = Object.hasOwn(demands, participle.normal) ? demands[participle.normal] : undefined;
      const end = plain && followedByTo ? next.end : participle.end;
      const actual = doc.slice(be.start, end);
      lastSentence = be.sentence;
      // “A DBS check will be required to exclude …”: a thing is needed, not a person told to.
      const direct = plain && followedByTo && !thingBefore(words, i) ? needTo(be.normal, plain) : undefined;
      const active = direct ? undefined : activeRewrite(doc, words, i, j, duty === 'yours');
      let suggestion: Suggestion;
      if (direct) {
        const replacement = matchCase(direct, actual);
        suggestion = { text: `Say it directly: “${byYou ? 'you' : '…'} ${be.normal === 'be' ? 'will ' : ''}${direct} …”`, replacement, safe: false };
      } else if (active) {
        suggestion = { text: `Say who does it: “${active.text} …” (if someone else does it, name them)`, replacement: active.text, safe: false };
      } else {
        suggestion = {
          text: byYou
            ? `Say who asks it of you, for example “we ${participle.normal === 'encouraged' ? 'encourage you to' : 'ask you to'} …”`
            : 'Say who does it, for example “we …” or “you …”',
          replacement: null,
          safe: false,
        };
      }
      context.report({
        message: `“${actual}” is passive: it does not say who does it`,
        note: 'Active sentences say who does what, so they are easier to follow for everyone, and especially for people with dyslexia or a learning disability and people reading English as a second language. The NHS and GOV.UK both ask for the active voice.',
        start: active ? active.start : be.start,
        end: active ? active.end : end,
        suggestions: [suggestion],
      });
    }
  },
});

/** “are required to” → “need to”, “is required to” → “needs to”, “were required to” → “needed to”; undefined when the tense does not allow it. */
function needTo(be: string, plain: string): string | undefined {
  if (be === 'be' || be === 'are' || be === 'am') return plain;
  if (be === 'is') return plain === 'should' ? plain : thirdPerson(plain);
  if ((be === 'was' || be === 'were') && plain === 'need to') return 'needed to';
  return undefined;
}

/** Words between the subject and the passive “be”: “will”, “must not”, “need to”, “has”. */
const chainWords = new Set(['will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', 'need', 'needs', 'to', 'not', 'also', 'then', 'always', 'usually', 'normally', 'often', 'never', 'has', 'have', 'had', "'ll"]);
/** Words after which a clause (and so a subject) starts. */
const clauseStarts = new Set(['that', 'but', 'so', 'because', 'if', 'when', 'where', 'once', 'until', 'while', 'whilst', 'after', 'before', 'as', 'unless', 'however', 'although', 'though', 'whether', 'since']);
const determiners = new Set(['the', 'a', 'an', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'these', 'those', 'my', 'any', 'all', 'some', 'each', 'every']);
const prepositions = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with', 'from', 'by', 'about', 'and', 'or', 'during', 'across', 'within']);
/** The employer itself as the subject (“the Trust was recognised”): someone else did it, not “we”. */
const employerWords = new Set(['trust', 'trusts', 'organisation', 'company', 'charity', 'nhs', 'board', 'hospital', 'we', 'us']);
/** Verbs whose doer in an advert is the person in the job: “assessments need to be completed” → “you need to complete …”. */
const doneByYou = new Set(['work', 'complete', 'undertake', 'wear', 'follow', 'attend', 'perform', 'record', 'document']);
/** Words that cannot start a subject: a clause starting with them has no plain subject to move. */
const notSubjectStarts = new Set(['in', 'on', 'at', 'for', 'by', 'with', 'after', 'before', 'during', 'from', 'to', 'there', 'this', 'what', 'how', 'please', 'we', 'us', 'once', 'if']);
const relatives = new Set(['which', 'that', 'who']);
const objectPronouns: Readonly<Record<string, string>> = { you: 'you', they: 'them', he: 'him', she: 'her', i: 'me' };
/** Verbs that take their object after a word: “are adhered to” → “we adhere to …”. */
const particles: Readonly<Record<string, readonly string[]>> = {
  adhere: ['to'], refer: ['to'], attend: ['to'], listen: ['to'], respond: ['to'], deal: ['with'], comply: ['with'], look: ['after'],
  rely: ['on', 'upon'], pay: ['for'], agree: ['on', 'to'], account: ['for'], speak: ['to'], talk: ['to'], consult: ['with'],
};

/**
 * The clause turned round so that “we” does it, when its subject is plain: “All applications will
 * be reviewed” → “We will review all applications”, “you may be asked to” → “we may ask you to”,
 * “procedures are adhered to” → “we adhere to procedures”. The range runs from the subject to the
 * participle (and its particle). Undefined when the subject or the verb is not clear.
 */
function activeRewrite(doc: Doc, words: readonly WordToken[], be: number, participle: number, yours: boolean): Rewrite | undefined {
  const sentence = words[be]!.sentence;
  const beWord = words[be]!.normal;
  if (beWord === 'being') return undefined;
  const formal = verbOfParticiple(words[participle]!.normal);
  // In everyday words: “will be undertaken” → “we will do”, not “we will undertake”.
  const verb = formal && { base: plainWordFor(formal.base) ?? formal.base, past: plainWordFor(formal.past) ?? formal.past };
  const participleText = plainWordFor(words[participle]!.normal) ?? words[participle]!.normal;
  if (!verb) return undefined;
  // The chain of helping words before “be”, then the subject before that.
  let chainStart = be;
  while (chainStart > 0 && words[chainStart - 1]!.sentence === sentence && chainWords.has(words[chainStart - 1]!.normal) && !boundaryBefore(doc, words, chainStart)) chainStart--;
  if (boundaryBefore(doc, words, chainStart) || chainStart === 0 || words[chainStart - 1]!.sentence !== sentence) return undefined;
  let subjectStart = chainStart - 1;
  while (
    subjectStart > 0 &&
    chainStart - subjectStart < 7 &&
    !relatives.has(words[subjectStart]!.normal) &&
    words[subjectStart - 1]!.sentence === sentence &&
    !boundaryBefore(doc, words, subjectStart) &&
    !clauseStarts.has(words[subjectStart - 1]!.normal)
  ) {
    subjectStart--;
  }
  const subject = words.slice(subjectStart, chainStart);
  if (subject.length === 0 || subject.length > 6) return undefined;
  // “information on work as a support worker can be found”: “as a …” names a role; the subject starts earlier.
  if (words[subjectStart - 1]?.normal === 'as' && /^(?:a|an)$/.test(subject[0]!.normal)) return undefined;
  // Markup inside the words (“an <strong>holistic approach</strong> is taken”) would be cut in two.
  if (/[<>]/.test(doc.slice(subject[0]!.start, words[participle]!.end))) return undefined;
  if (!plainSubject(subject)) return undefined;
  if (words.slice(chainStart, be).some((word) => word.normal === 'to') && !words.slice(chainStart, be).some((word) => word.normal === 'need' || word.normal === 'needs')) return undefined;
  // Helping words and adverbs: “will not be paid” → “will not pay”; “are also reviewed” → “also review”.
  const chain = words.slice(chainStart, be).map((word) => word.normal);
  const between = words.slice(be + 1, participle).map((word) => word.value);
  const negative = between.some((word) => word.toLowerCase() === 'not');
  const adverbs = between.filter((word) => word.toLowerCase() !== 'not');
  let verbText: string;
  if (beWord === 'been') {
    const have = chain.indexOf('has') !== -1 ? 'has' : chain.indexOf('have') !== -1 ? 'have' : chain.indexOf('had') !== -1 ? 'had' : undefined;
    if (!have) return undefined;
    verbText = [...chain.map((word) => (word === 'has' ? 'have' : word)), ...(negative ? ['not'] : []), ...adverbs, participleText].join(' ');
  } else if (beWord === 'be') {
    verbText = [...chain.map((word) => (word === 'needs' ? 'need' : word)), ...(negative ? ['not'] : []), ...adverbs, verb.base].join(' ');
  } else if (beWord === 'is' || beWord === 'are' || beWord === 'am') {
    verbText = [...(negative ? ['do not'] : []), ...adverbs, verb.base].join(' ');
  } else if (beWord === 'was' || beWord === 'were') {
    verbText = [...(negative ? ['did not'] : []), ...adverbs, negative ? verb.base : verb.past].join(' ');
  } else return undefined;
  let end = words[participle]!.end;
  const next = words[participle + 1];
  if (next && next.sentence === sentence && (Object.hasOwn(particles, verb.base) ? particles[verb.base] : undefined)?.includes(next.normal)) {
    // “adhere to” in everyday words is “follow”.
    const plainPhrase = plainWordFor(`${verb.base} ${next.normal}`);
    verbText = plainPhrase ? verbText.replace(new RegExp(`\\b${verb.base}$`), plainPhrase) : `${verbText} ${next.normal}`;
    end = next.end;
  }
  // At the start of a sentence, or of a bracket or line (“(Full training will be provided)”).
  const atStart = (startsSentence(words, subjectStart) || /[(\n]\s*$/.test(doc.slice(Math.max(0, subject[0]!.start - 3), subject[0]!.start))) && /^\p{Lu}/u.test(subject[0]!.value);
  const first = subject[0]!;
  let object: string;
  if (subject.length === 1 && relatives.has(first.normal)) {
    // A relative clause keeps its word in front: “forms which are checked” → “forms which we check”.
    const doer = doerOf(words, subject, chain, verb.base, yours, '');
    if (!doer || (doer === 'you' && /\bneeds\b/.test(verbText))) return doer === 'you' ? { start: first.start, end, text: `${first.value} you ${verbText.replace(/\bneeds\b/, 'need')}` } : undefined;
    return { start: first.start, end, text: `${first.value} ${doer} ${verbText}` };
  }
  if (subject.length === 1 && first.normal === 'it') {
    // “It is expected that …” → “We expect that …”.
    const after = words[participle + 1];
    if (!after || (after.normal !== 'that' && after.normal !== 'to')) return undefined;
    return { start: first.start, end, text: `${atStart ? 'We' : 'we'} ${verbText}` };
  }
  if (subject.length === 1 && Object.hasOwn(objectPronouns, first.normal)) object = objectPronouns[first.normal]!;
  else {
    object = doc.slice(first.start, subject[subject.length - 1]!.end);
    if (/\n/.test(object)) return undefined;
    // “Applications will be …” → “… all applications”; names and abbreviations keep their capitals.
    if (atStart && /^\p{Lu}\p{Ll}*$/u.test(first.value) && isEnglishWord(first.normal)) object = first.value.toLowerCase() + object.slice(first.value.length);
  }
  // The doer must be the one who really does it: the person in the job for their duties, the
  // employer for what it offers; otherwise only the writer knows, and no rewrite is offered.
  const doer = doerOf(words, subject, chain, verb.base, yours, object);
  if (!doer) return undefined;
  return { start: first.start, end, text: `${atStart ? capitalise(doer) : doer} ${verbText} ${object}` };
}

/**
 * A subject that is one plain noun phrase: not words in capitals, not an adverb or a preposition
 * first, no second noun phrase inside it (“offices re-open your office base”), no helping verb,
 * and not the employer itself.
 */
function plainSubject(subject: readonly WordToken[]): boolean {
  const first = subject[0]!;
  const last = subject[subject.length - 1]!;
  if (notSubjectStarts.has(first.normal) || prepositions.has(first.normal) || (/ly$/.test(first.normal) && first.normal !== 'family')) return false;
  if (!subject.some((word) => /\p{Ll}/u.test(word.value)) && !relatives.has(first.normal)) return false;
  if (prepositions.has(last.normal) || determiners.has(last.normal) || employerWords.has(last.normal)) return false;
  return subject.every((word, index) => {
    if (beForms.has(word.normal) || chainWords.has(word.normal)) return false;
    return index === 0 || !determiners.has(word.normal) || prepositions.has(subject[index - 1]!.normal);
  });
}

/** Punctuation between a word and the one before it (a comma, a bracket, a dash) ends a clause. */
function boundaryBefore(doc: Doc, words: readonly WordToken[], index: number): boolean {
  const previous = words[index - 1];
  if (!previous) return true;
  return /[,;:()\u2013\u2014"“”]/.test(doc.slice(previous.end, words[index]!.start));
}

function isParticiple(word: WordToken): boolean {
  if (irregularParticiples.has(word.normal)) return true;
  return /^[a-z]{2,}ed$/.test(word.normal) && !notParticiples.has(word.normal);
}

/** “you will be”, “you are”, “you’ll be”, “you may also be”: the subject is the reader. */
function subjectIsYou(words: readonly WordToken[], be: number): boolean {
  for (let k = be - 1; k >= 0 && k >= be - 4; k--) {
    const word = words[k]!;
    if (word.sentence !== words[be]!.sentence) return false;
    if (word.normal === 'you' || word.normal === "you'll" || word.normal === "you're") return true;
    if (!modals.has(word.normal) && !/ly$/.test(word.normal)) return false;
  }
  return false;
}

/** A “by” within a few words after the participle, naming who does it. */
function namesTheDoer(words: readonly WordToken[], participle: number): boolean {
  for (let k = participle + 1; k <= participle + 4 && k < words.length; k++) {
    if (words[k]!.sentence !== words[participle]!.sentence) return false;
    // “by the ward manager” names the doer; “by Friday”, “by 30 November” is a deadline.
    if (words[k]!.normal === 'by') return !/^(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|midday|noon|midnight|then|now|the end|email|post|phone|text)/.test(words.slice(k + 1, k + 3).map((word) => word.normal).join(' '));
    // “will be agreed with the successful candidate and the Clinical Director”.
    if (words[k]!.normal === 'with' && k === participle + 1 && /^(?:agreed|discussed|arranged|decided|planned)$/.test(words[participle]!.normal)) return true;
  }
  return false;
}

/**
 * Whether the passive is inside a duty: “ensure (that) …”. An instruction or a bullet (“Ensure …”,
 * “Ensuring that …”) is a `bullet`; a duty the sentence gives to the reader (“you must ensure that
 * safe systems are followed”) is `yours`, and its rewrite says “you”.
 */
function inDuty(words: readonly WordToken[], be: number): 'bullet' | 'yours' | undefined {
  const sentence = words[be]!.sentence;
  for (let k = be - 1; k >= 0 && k >= be - 8; k--) {
    const word = words[k]!;
    if (word.sentence !== sentence) return undefined;
    if (!dutyWords.has(word.normal) || (word.normal === 'sure' && !/^(?:make|makes|making)$/.test(words[k - 1]?.normal ?? ''))) continue;
    const start = word.normal === 'sure' ? k - 1 : k;
    // An instruction or a bullet opens with the duty: “Ensure …”, “Ensuring that …”, “Maintain … and ensure …”.
    if (start === 0 || words[start - 1]!.sentence !== sentence) return 'bullet';
    let first = start - 1;
    while (first > 0 && words[first - 1]!.sentence === sentence) first--;
    const before = words.slice(first, start).map((w) => w.normal);
    if (before.some((w) => jobHolders.has(w))) return 'yours';
    return /^(?:maintain|keep|check|carry|complete|follow|monitor|support|provide|assist|work|take|make|help|record|report)$/.test(before[0] ?? '') ? 'bullet' : undefined;
  }
  return undefined;
}

/** “as we would wish to be treated”, “to be held on: TBC”, “taken in isolation”: sayings and labels. */
function fixedSaying(words: readonly WordToken[], be: number, participle: number): boolean {
  const previous = words[be - 1]?.normal;
  const word = words[participle]!.normal;
  const next = words[participle + 1]?.normal;
  if (word === 'treated' && previous === 'to') return true;
  if (previous === 'to' && words[be - 2]?.sentence === words[be]!.sentence && /^(?:held|confirmed|decided|agreed)$/.test(word) && (next === 'on' || next === 'at' || next === undefined)) return true;
  return word === 'taken' && next === 'in';
}

/** Things an employer does for the applicant (“a DBS check”, “references”): done by “we”, whatever the verb. */
const employerThings = /^(?:check|checks|dbs|reference|references|interview|interviews|screening|clearance|offer|offers)$/;
/** What a reader does with what the advert points to: “can be found on our website” → “you can find”. */
const readerVerbs = new Set(['find', 'see', 'view', 'download', 'access', 'read', 'obtain', 'get']);

/**
 * Who really does it, or undefined when only the writer knows: the person in the job for their
 * duties and for what they must do (“which needs to be completed” → “you need to complete”), the
 * reader for what they can find, the employer for what it offers and for its checks.
 */
function doerOf(words: readonly WordToken[], subject: readonly WordToken[], chain: readonly string[], base: string, yours: boolean, object: string): 'you' | 'we' | undefined {
  if (object === 'you') return employerVerbs.has(base) ? 'we' : undefined;
  if (subject.some((word) => employerThings.test(word.normal))) return 'we';
  if (readerVerbs.has(base) && chain.some((word) => word === 'can' || word === 'may')) return 'you';
  const obliged = chain.some((word) => word === 'need' || word === 'needs' || word === 'must');
  if (yours || doneByYou.has(base) || (obliged && subject.length === 1 && relatives.has(subject[0]!.normal))) return 'you';
  return employerVerbs.has(base) ? 'we' : undefined;
}

/** A thing, not a person, just before “will be required to”: “a DBS check”, “a certificate”. */
function thingBefore(words: readonly WordToken[], be: number): boolean {
  for (let k = be - 1; k >= 0 && k >= be - 4; k--) {
    if (words[k]!.sentence !== words[be]!.sentence) return false;
    if (/^(?:check|checks|certificate|certificates|document|documents|form|forms|reference|references|evidence|proof|dbs)$/.test(words[k]!.normal)) return true;
  }
  return false;
}
