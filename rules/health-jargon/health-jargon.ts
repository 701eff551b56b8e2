import type { Doc, WordToken } from '../../src/model/document.js';
import { definePhraseRule } from '../../src/kit/phrase-rule.js';
import type { Report } from '../../src/model/rule.js';
import { tagOf } from '../../src/kit/tagger.js';
import { terms, type JargonTerm } from '../../src/kit/lexicon/health-terms.js';

interface Entry {
  term: JargonTerm;
  /** Replacement for this spelling, when it differs from the term's first one. */
  replacement: string | undefined;
}

/** NHS Digital: 1.0 whole-time equivalent is 37.5 hours a week [S49]. */
const fullTimeHours = 37.5;

export const healthJargon = definePhraseRule<Entry, object>({
  meta: {
    id: 'health-jargon',
    category: 'plain-language',
    severity: 'warning',
    description: 'NHS and social care jargon (bands, WTE, pro rata, preceptorship, service users) with plain alternatives',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: {},
  },
  ignoreDescription: 'Terms not to report, as written in the list (for example "pro rata").',
  phrases: () =>
    terms.flatMap((term) =>
      term.phrases.map((phrase) => ({
        phrase: typeof phrase === 'string' ? phrase : phrase[0],
        data: { term, replacement: typeof phrase === 'string' ? undefined : phrase[1] },
        ...(term.caseSensitive ? { caseSensitive: true } : {}),
        ...(term.unlessFollowedBy ? { unlessFollowedBy: term.unlessFollowedBy } : {}),
        ...(term.unlessPrecededBy ? { unlessPrecededBy: term.unlessPrecededBy } : {}),
      })),
    ),
  // Ignoring one spelling of a term ignores the term.
  names: (entry) => entry.data.term.phrases.map((phrase) => (typeof phrase === 'string' ? phrase : phrase[0])),
  toReport(match, doc, context) {
    const { term, replacement } = match.entry.data;
    if (term.knownTo?.includes(context.audience)) return undefined;
    if (term.unlessPoundsNearby && poundsNearby(doc, match.start)) return undefined;
    if (explained(doc, term, match.start, match.end) || !context.once(term.id)) return undefined;
    const actual = doc.slice(match.start, match.end);
    // Capitalised at a sentence start only: “our Service Users” becomes “our people who use …”, not “our People …”.
    const plain = capitalise(inPlace(doc, match.word, term, actual, replacement ?? term.replace[0]!), startsSentence(doc, match.word) && /^\p{Lu}/u.test(actual));
    // A long explanation cannot stand where the term describes the noun after it (“safeguarding
    // procedures”, “stakeholder expectations”): the term stays, with the meaning in brackets.
    const beforeNoun = (plain.includes('(') || plain.split(' ').length >= 3) && nounFollows(doc, match.word, match.end);
    const fitted = beforeNoun ? glossed(actual, plain) : plain;
    return {
      ...describe(term, actual, plain),
      start: match.start,
      end: match.end,
      suggestions: [
        {
          text: term.kind === 'outdated' ? `Use “${plain}”` : term.kind === 'pay' ? `Write “${withBand(doc, match.word, plain)}” and give the pay in pounds` : `Say what it means, for example “${fitted}”`,
          replacement: fitted,
          safe: !beforeNoun && term.safe === true,
        },
      ],
    };
  },
  more(doc, context) {
    const ignore = new Set(context.options.ignore.map((term) => term.toLowerCase()));
    const reports: Report[] = [];
    const words = doc.words();
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      if (!ignore.has('band') && (word.normal === 'band' || word.normal === 'bands')) {
        const band = bandAt(words, i);
        if (band && !poundsNearby(doc, word.start) && !payInPounds(doc) && !describesExperience(words, i) && context.once('band')) {
          const actual = doc.slice(word.start, band.end);
          reports.push({
            message: `“${actual}” does not tell people what the job pays`,
            note: 'NHS pay bands mean nothing to people outside the NHS: school leavers, career changers and people trained abroad. Give the pay in pounds, a year or an hour, with the band after it.',
            start: word.start,
            end: band.end,
            suggestions: [{ text: `Give the pay in pounds, for example “£[amount] a year (NHS pay ${actual.toLowerCase()})”`, replacement: null, safe: false }],
          });
        }
      }
      const wte = ignore.has('wte') ? undefined : wteAt(words, i);
      if (wte && context.once('wte')) {
        const start = wte.amount ? wte.amount.start : word.start;
        const actual = doc.slice(start, wte.end);
        const hours = wte.amount ? formatHours(Number(wte.amount.value) * fullTimeHours) : undefined;
        reports.push({
          message: `“${actual}” is NHS jargon; say how many hours a week the job is`,
          note: 'Few people outside the NHS know what whole-time equivalent means. 1.0 WTE is 37.5 hours a week, and 0.6 WTE is 22.5 hours.',
          start,
          end: wte.end,
          suggestions: hoursNearby(doc, word.start)
            ? [{ text: 'Leave it out: the hours are already given', replacement: null, safe: false }]
            : [
                {
                  text: hours ? `Write “${hours} hours a week”` : 'Give the hours, for example “37.5 hours a week”',
                  // “0.8 WTE.” can become “30 hours a week.”; “a 0.8 WTE post” cannot.
                  replacement: hours && endsPhrase(doc, wte.end) ? `${hours} hours a week` : null,
                  safe: false,
                },
              ],
        });
        i = wte.lastIndex;
      }
    }
    // “part-time (0.6)”: the share of full-time hours, with no unit.
    for (const block of doc.blocks) {
      if (ignore.has('wte')) break;
      const pattern = /\b(?:part|full)[- ]time\s{0,2}\(\s{0,2}(0?\.\d{1,2})\s{0,2}\)/gi;
      for (let found = pattern.exec(block.text); found; found = pattern.exec(block.text)) {
        if (!context.once('wte')) break;
        const start = block.start + found.index + found[0].indexOf('(');
        const end = block.start + found.index + found[0].length;
        const hours = formatHours(Number(found[1]) * fullTimeHours);
        reports.push({
          message: `“${doc.slice(start, end)}” is NHS shorthand for a share of full-time hours; say how many hours a week the job is`,
          note: 'Few people outside the NHS know that 0.6 means 60% of full time: 22.5 of 37.5 hours a week.',
          start,
          end,
          suggestions: [{ text: `Write “(${hours} hours a week)”`, replacement: `(${hours} hours a week)`, safe: false }],
        });
      }
    }
    return reports;
  },
});

function describe(term: JargonTerm, actual: string, plain: string): Pick<Report, 'message' | 'note'> {
  const outsiders =
    'People new to health and care (school leavers, career changers, people trained abroad) give up on an advert that assumes they know the words insiders use.';
  if (term.kind === 'outdated') {
    return { message: `“${actual}” is an old name: ${term.meaning}`, note: `Out-of-date names confuse applicants and make the advert look old. Use “${plain}”.` };
  }
  if (term.kind === 'pay') {
    return { message: `“${actual}” does not tell people what the job pays`, note: `It means ${term.meaning}. ${outsiders} Give the pay in pounds.` };
  }
  return { message: `“${actual}” is jargon that many applicants will not know`, note: `It means ${term.meaning}. ${outsiders}` };
}

/**
 * The replacement as it reads in its sentence: “join our bank” keeps its verb (“join our staff
 * bank (…)”); “Band 3 AfC” becomes “Band 3 of the NHS pay scale (…)”; plural “CCGs” become
 * “integrated care boards (ICBs)”.
 */
function inPlace(doc: Doc, at: number, term: JargonTerm, actual: string, plain: string): string {
  const words = doc.words();
  if (term.id === 'staff-bank') {
    const join = /^(join (?:our|the|their)) bank$/i.exec(actual);
    if (join) return `${join[1]} staff bank (extra shifts you choose when to work)`;
  }
  if (term.id === 'afc') {
    const previous = words[at - 1];
    const band = words[at - 2];
    if (previous && band && band.sentence === words[at]!.sentence && /^band$/.test(band.normal) && /^(?:[1-9]|8[a-d])$/.test(previous.normal)) return `of the ${plain}`;
    if (previous && previous.sentence === words[at]!.sentence && /^(?:of|on|under)$/.test(previous.normal)) return `the ${plain}`;
  }
  if (term.id === 'ccg' && /s$/i.test(actual.trim())) return plain.replace('integrated care board (ICB)', 'integrated care boards (ICBs)');
  return plain;
}

/** “of the NHS pay scale (…)” as the reader will see it: “Band 3 of the NHS pay scale (…)”. */
function withBand(doc: Doc, at: number, plain: string): string {
  if (!plain.startsWith('of ')) return plain;
  const words = doc.words();
  return `${words[at - 2]!.value} ${words[at - 1]!.value} ${plain}`;
}

/** “safeguarding (keeping people safe from abuse and neglect)”: the term, then what it means. */
function glossed(actual: string, plain: string): string {
  const meaning = /^(.*?)\s*\([^()]*\)$/.exec(plain)?.[1] ?? plain;
  return `${actual} (${meaning.charAt(0).toLowerCase()}${meaning.slice(1)})`;
}

/** A noun straight after the term, with nothing but a space between: the term describes it. */
function nounFollows(doc: Doc, at: number, end: number): boolean {
  const words = doc.words();
  let k = at;
  while (words[k] && words[k]!.end <= end) k++;
  const next = words[k];
  if (!next || next.sentence !== words[at]!.sentence || !/^[ \t]+$/.test(doc.slice(end, next.start))) return false;
  return tagOf(doc, k) === 'NOUN' || /^(?:planning|management|skills|procedures|policies|training|expectations)$/.test(next.normal);
}

/** “Band 5”, “band 8a”, “Bands 5/6”: the number words after “band”. */
function bandAt(words: readonly WordToken[], at: number): WordToken | undefined {
  const previous = words[at - 1];
  if (previous && previous.sentence === words[at]!.sentence && ['tax', 'age', 'wrist', 'rock', 'brass', 'jazz'].includes(previous.normal)) return undefined;
  const next = words[at + 1];
  if (!next || next.sentence !== words[at]!.sentence || !/^(?:[1-9]|8[a-d])$/.test(next.normal)) return undefined;
  return next;
}

/** “WTE”, “1.0 WTE”, “whole time equivalent”, “0.6 FTE”. */
function wteAt(words: readonly WordToken[], at: number): { amount: WordToken | undefined; end: number; lastIndex: number } | undefined {
  const word = words[at]!;
  let lastIndex = -1;
  // “0.6wte”, written as one word.
  const joined = /^([01]?\.\d{1,3})(?:wte|fte)$/i.exec(word.value);
  if (joined) return { amount: { ...word, value: joined[1]! }, end: word.end, lastIndex: at };
  if (word.value === 'WTE' || word.value === 'FTE' || word.value === 'wte') lastIndex = at;
  else if ((word.normal === 'whole' || word.normal === 'full') && words[at + 1]?.normal === 'time' && words[at + 2]?.normal === 'equivalent') {
    if (words[at + 2]!.sentence !== word.sentence) return undefined;
    lastIndex = at + 2;
  }
  const last = words[lastIndex];
  if (!last) return undefined;
  const previous = words[at - 1];
  const amount = previous && previous.sentence === word.sentence && /^[01](?:\.\d{1,3})?$/.test(previous.value) ? previous : undefined;
  return { amount, end: last.end, lastIndex };
}

function formatHours(hours: number): string {
  const rounded = Math.round(hours * 2) / 2;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

function startsSentence(doc: Doc, wordIndex: number): boolean {
  const words = doc.words();
  return wordIndex === 0 || words[wordIndex - 1]!.sentence !== words[wordIndex]!.sentence;
}

function capitalise(text: string, yes: boolean): string {
  return yes ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** The blocks around an offset: its own, the one before and the one after. */
function nearbyText(doc: Doc, offset: number): string {
  const block = doc.blockAt(offset);
  if (!block) return '';
  const index = block.index - 1;
  return [doc.blocks[index - 1], block, doc.blocks[index + 1]].map((near) => near?.text ?? '').join('\n');
}

/** Whether the words end where the text stops or punctuation follows, so a replacement does not run into a noun. */
function endsPhrase(doc: Doc, end: number): boolean {
  return /^\s*(?:$|[.,;:)!?]|\n)/.test(doc.slice(end, end + 3));
}

/** Answers per document and block, so that a long document with many bands is read once. */
const answers = new WeakMap<Doc, Map<string, boolean>>();

function nearby(doc: Doc, offset: number, kind: string, pattern: RegExp): boolean {
  let cache = answers.get(doc);
  if (!cache) answers.set(doc, (cache = new Map()));
  const key = `${kind}:${doc.blockAt(offset)?.index ?? 0}`;
  let answer = cache.get(key);
  if (answer === undefined) cache.set(key, (answer = pattern.test(nearbyText(doc, offset))));
  return answer;
}

function poundsNearby(doc: Doc, offset: number): boolean {
  return nearby(doc, offset, 'pounds', /£\s?\d/);
}

function hoursNearby(doc: Doc, offset: number): boolean {
  return nearby(doc, offset, 'hours', /\b\d{1,2}(?:\.\d{1,2})?\s*(?:hours|hrs)\b/i);
}

/** Pay in pounds anywhere in the document (“Pay rates: £23.90 an hour”): a band is then only a label. */
function payInPounds(doc: Doc): boolean {
  let cache = answers.get(doc);
  if (!cache) answers.set(doc, (cache = new Map()));
  let answer = cache.get('pay');
  if (answer === undefined) {
    const prose = doc.proseText();
    answer = /\b(?:salary|pay|paid|rates?|earn)\b[^.]{0,60}£\s?\d/i.test(prose) || /£\s?\d[\d,.]*\s*(?:k\b|-|–|to\b|per\b|an? (?:hour|year)\b|p\.?a\b|pro\b|\/)/i.test(prose);
    cache.set('pay', answer);
  }
  return answer;
}

/** “experience at Band 5 or above”, “a Band 6 nurse wishing to …”: the band describes experience, not this job's pay. */
function describesExperience(words: readonly WordToken[], at: number): boolean {
  const sentence = words[at]!.sentence;
  for (let k = Math.max(0, at - 4); k < at; k++) {
    if (words[k]!.sentence === sentence && /^(?:experience|experienced|currently|existing)$/.test(words[k]!.normal)) return true;
  }
  const after = words.slice(at + 2, at + 5).filter((word) => word.sentence === sentence).map((word) => word.normal).join(' ');
  return /^(?:or above|or higher|and above)/.test(after);
}

/**
 * True when the term is already explained: followed by an explanation in brackets
 * (“preceptorship (a supported first year)”), or alone in brackets after plain words
 * (“home care (domiciliary care)”), which is how this rule's own suggestions read.
 */
function explained(doc: Doc, term: JargonTerm, start: number, end: number): boolean {
  const source = doc.source;
  if (term.kind === 'jargon' && term.id !== 'pro-rata') {
    const before = /\(\s?(?:the |our )?$/i.exec(source.slice(Math.max(0, start - 6), start));
    if (before && /^\s?\)/.test(source.slice(end, end + 2)) && /\p{L}\s*\($/u.test(source.slice(Math.max(0, start - 12), start - before[0].length + 1))) {
      return true;
    }
  }
  const after = /^\s?\(([^()]{0,120})\)/.exec(source.slice(end, end + 125));
  return after !== null && after[1]!.trim().split(/\s+/).length >= 3;
}
