import type { WordToken } from '../../src/document.js';
import { defineRule } from '../../src/rule.js';
import { matchCase } from '../../src/text-case.js';

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
]);

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
      const byYou = subjectIsYou(words, i);
      if (byYou && !(participle.normal in demands)) continue;
      // “is known as”, “be used to”: a fixed phrase, not a passive.
      const next = words[j + 1];
      if (next && next.sentence === be.sentence && ((participle.normal === 'known' && next.normal === 'as') || (participle.normal === 'used' && next.normal === 'to'))) continue;
      // “was founded by a group of GPs”: the doer is named, which is what the active voice is for.
      if (namesTheDoer(words, j)) continue;
      const followedByTo = next !== undefined && next.sentence === be.sentence && next.normal === 'to';
      const plain = demands[participle.normal];
      const end = plain && followedByTo ? next.end : participle.end;
      const actual = doc.slice(be.start, end);
      lastSentence = be.sentence;
      context.report({
        message: `“${actual}” is passive: it does not say who does it`,
        note: 'Active sentences say who does what, so they are easier to follow for everyone, and especially for people with dyslexia or a learning disability and people reading English as a second language. The NHS and GOV.UK both ask for the active voice.',
        start: be.start,
        end,
        suggestions: [
          plain && followedByTo && (be.normal === 'be' || be.normal === 'are')
            ? { text: `Say it directly: “${byYou ? 'you' : '…'} ${be.normal === 'be' ? 'will ' : ''}${plain} …”`, replacement: matchCase(plain, actual), safe: false }
            : {
                text: byYou
                  ? `Say who asks it of you, for example “we ${participle.normal === 'encouraged' ? 'encourage you to' : 'ask you to'} …”`
                  : 'Say who does it, for example “we …” or “you …”',
                replacement: null,
                safe: false,
              },
        ],
      });
    }
  },
});

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
    if (words[k]!.normal === 'by') return true;
  }
  return false;
}
