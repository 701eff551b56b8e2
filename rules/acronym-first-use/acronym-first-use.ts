import type { Suggestion } from '../../src/model/diagnostic.js';
import type { Doc, WordToken } from '../../src/model/document.js';
import { articleFor, isEnglishWord, pluralise } from '../../src/kit/english.js';
import { defineRule } from '../../src/model/rule.js';
import { jargonAcronyms } from '../../src/kit/lexicon/health-terms.js';
import { acronyms, allowed, type Acronym } from './acronyms.js';

interface Use {
  /** The abbreviation without a plural “s” or possessive, as written. */
  core: string;
  plural: boolean;
  start: number;
  end: number;
  word: number;
}

export const acronymFirstUse = defineRule({
  meta: {
    id: 'acronym-first-use',
    category: 'plain-language',
    severity: 'warning',
    description: 'Spell out an abbreviation the first time it is used, such as “multidisciplinary team (MDT)”',
    profiles: ['advert', 'event', 'interview-invite'],
    fixable: true,
    defaultOptions: { allow: [] as string[] },
    options: {
      allow: { type: 'array', items: { type: 'string' }, description: 'Abbreviations your readers all know, never reported (added to NHS, UK, GP, A&E and the other built-in ones).' },
    },
  },
  check(doc, context) {
    const allow = new Set([...allowed, ...context.options.allow]);
    const uses = findUses(doc).filter((use) => !allow.has(use.core) && !jargonAcronyms.has(use.core) && !knownAcronym(use.core)?.knownTo?.includes(context.audience));
    const byAcronym = new Map<string, Use[]>();
    for (const use of uses) {
      const key = use.core.toUpperCase();
      const list = byAcronym.get(key);
      if (list) list.push(use);
      else byAcronym.set(key, [use]);
    }
    const prose = doc.proseText().toLowerCase();
    for (const list of byAcronym.values()) {
      const first = firstUnexplained(doc, list, prose);
      if (!first) continue;
      const known = knownAcronym(first.core);
      const written = doc.slice(first.start, first.end);
      context.report({
        message: known?.plain
          ? `“${written}” is an abbreviation many people will not know; write “${known.plain}”`
          : `“${written}” is not spelled out the first time it is used`,
        note: 'Many people do not know what abbreviations stand for, especially people new to health and care and people reading English as a second language. Write the words in full the first time, with the abbreviation in brackets after them; the NHS only leaves out well-known ones such as NHS, GP and A&E.',
        ...suggest(doc, first, known),
      });
    }
  },
});

/** Every abbreviation-like word: two or more capitals (“MDT”, “NEWS2”, “ED&I”), or a known mixed-case one (“AfC”). */
function findUses(doc: Doc): Use[] {
  const words = doc.words();
  const uses: Use[] = [];
  const shouting = shoutingSentences(words);
  // An abbreviation that is part of a name anywhere (“BMI Healthcare”) is that name everywhere (“BMI Pension Scheme”).
  const names = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (shouting.has(word.sentence)) continue;
    const parsed = parseAbbreviation(word.value);
    if (!parsed) continue;
    if (isPostcodeStart(parsed.core, words[i + 1])) {
      i++;
      continue;
    }
    if (partOfReference(doc.source, word)) continue;
    if (besideCapitalisedWord(words, i)) continue;
    if (partOfName(words, i, parsed.core)) {
      names.add(parsed.core);
      continue;
    }
    uses.push({ ...parsed, start: word.start, end: word.start + parsed.core.length + (parsed.plural ? 1 : 0), word: i });
  }
  return uses.filter((use) => !names.has(use.core));
}

/** The list's entry for an abbreviation; own entries only, so a word such as “constructor” finds nothing. */
function knownAcronym(core: string): Acronym | undefined {
  return Object.hasOwn(acronyms, core) ? acronyms[core] : undefined;
}

function parseAbbreviation(value: string): { core: string; plural: boolean } | undefined {
  const bare = value.replace(/['’]s$/, '');
  if (knownAcronym(bare) || allowed.has(bare)) return { core: bare, plural: false };
  if (/^[A-Z][A-Z0-9&]*s$/.test(bare) && knownAcronym(bare.slice(0, -1))) return { core: bare.slice(0, -1), plural: true };
  const plural = /^[A-Z][A-Z0-9&]*[A-Z0-9]s$/.test(bare);
  const core = plural ? bare.slice(0, -1) : bare;
  if (!/^[A-Z][A-Z0-9&]*$/.test(core) || core.length > 7) return undefined;
  const letters = core.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length > 6) return undefined;
  // “CR197”: a document or model number, not a word to spell out; “NHS111”: a known name with a number.
  if (/\d\d/.test(core) || allowed.has(core.replace(/\d+$/, ''))) return undefined;
  if (/^(?:X{0,3})(?:IX|IV|VI{0,3}|I{1,3})$/.test(core)) return undefined;
  // “XXXXX”: a placeholder.
  if (/^([A-Z])\1+$/.test(core)) return undefined;
  if (!/\d|&/.test(core) && isEnglishWord(core.toLowerCase())) return undefined;
  return { core, plural };
}

/** Sentences written mostly in capitals are shouting, not abbreviations. */
function shoutingSentences(words: readonly WordToken[]): Set<number> {
  const capitals = new Map<number, [number, number]>();
  for (const word of words) {
    if (!/\p{L}\p{L}/u.test(word.value)) continue;
    const count = capitals.get(word.sentence) ?? [0, 0];
    count[1]++;
    if (word.value === word.value.toUpperCase()) count[0]++;
    capitals.set(word.sentence, count);
  }
  const shouting = new Set<number>();
  for (const [sentence, [upper, total]] of capitals) if (total >= 3 && upper / total > 0.5) shouting.add(sentence);
  return shouting;
}

/** “FOUNDRY HEALTHCARE LEWES”: a name or title written in capitals, not an abbreviation. */
function besideCapitalisedWord(words: readonly WordToken[], at: number): boolean {
  for (const near of [words[at - 1], words[at + 1]]) {
    if (!near || near.sentence !== words[at]!.sentence) continue;
    if (near.value.length >= 4 && /^\p{Lu}+$/u.test(near.value) && isEnglishWord(near.normal)) return true;
  }
  return false;
}

/** Words that make an abbreviation part of a company's or service's name: “BMI Healthcare”, “Access NI”. */
const nameWordsAfter = new Set(['healthcare', 'group', 'ltd', 'limited', 'plc', 'solutions', 'holdings', 'partnership', 'consulting', 'recruitment', 'secure']);
const nameWordsBefore = new Set(['access']);
const placeWords = new Set(['hospital', 'clinic', 'centre', 'center', 'surgery', 'practice', 'house', 'hospice']);

/** “BMI Healthcare”, “Access NI”, “G4S”: a name, with nothing to spell out. */
function partOfName(words: readonly WordToken[], at: number, core: string): boolean {
  if (/[A-Z]\d+[A-Z]/.test(core)) return true;
  const next = words[at + 1];
  const previous = words[at - 1];
  const sameSentence = (word: WordToken | undefined): word is WordToken => word !== undefined && word.sentence === words[at]!.sentence;
  if (sameSentence(next) && /^\p{Lu}/u.test(next.value) && nameWordsAfter.has(next.normal)) return true;
  // “BMI Princess Margaret Hospital”: capitalised words up to a place's name.
  for (let k = at + 1; k <= at + 4 && sameSentence(words[k]) && /^\p{Lu}\p{Ll}/u.test(words[k]!.value); k++) {
    if (placeWords.has(words[k]!.normal)) return true;
  }
  return sameSentence(previous) && /^\p{Lu}/u.test(previous.value) && nameWordsBefore.has(previous.normal);
}

/** “SW1A 1AA”, “M1 2AB”: the first half of a UK postcode. */
function isPostcodeStart(core: string, next: WordToken | undefined): boolean {
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(core) && next !== undefined && /^\d[A-Z]{2}$/.test(next.value);
}

/** Part of a reference such as “C9316-ABC-0435” or “REF/123”: letters joined to digits by hyphens or slashes. */
function partOfReference(source: string, word: WordToken): boolean {
  let from = word.start;
  while (from > 0 && !/\s/.test(source[from - 1]!)) from--;
  let to = word.end;
  while (to < source.length && !/\s/.test(source[to]!)) to++;
  const chunk = source.slice(from, to);
  return /[-/]/.test(chunk) && /\d/.test(chunk) && !/^\(?[A-Z]+\d?\)?[.,;:]?$/.test(chunk);
}

/**
 * The first use that comes before any explanation, or nothing when the abbreviation is explained
 * first. An explanation is “Full Name (ABC)”, “ABC (Full Name)”, or the known full name written
 * earlier. Uses in headings do not count when the document explains the abbreviation somewhere.
 */
function firstUnexplained(doc: Doc, uses: readonly Use[], prose: string): Use | undefined {
  const known = knownAcronym(uses[0]!.core);
  const definedAt = uses.find((use) => definesItself(doc, use))?.start ?? Infinity;
  const named = known && !known.plain ? prose.indexOf(known.expansion.toLowerCase()) !== -1 : false;
  for (const use of uses) {
    if (use.start >= definedAt) return undefined;
    if (definesItself(doc, use)) return undefined;
    const heading = doc.blockAt(use.start)?.kind === 'heading';
    if (heading && (definedAt !== Infinity || named)) continue;
    if (named && namedBefore(doc, known!, use)) return undefined;
    return use;
  }
  return undefined;
}

function definesItself(doc: Doc, use: Use): boolean {
  const before = doc.source.slice(Math.max(0, use.start - 3), use.start);
  const after = doc.source.slice(use.end, use.end + 160);
  if (/\(\s?$/.test(before) && /^(?:['’]s)?\s?\)/.test(after)) return true;
  const bracket = /^\s?\(([^()]{0,150})\)/.exec(after);
  return bracket !== null && bracket[1]!.trim().split(/\s+/).length >= 2 && /\p{Ll}/u.test(bracket[1]!);
}

/** The full name written before the abbreviation, or in the same sentence (“PICU is a psychiatric intensive care unit”). */
function namedBefore(doc: Doc, known: Acronym, use: Use): boolean {
  const sentence = doc.sentences()[doc.words()[use.word]!.sentence]!;
  const upTo = Math.max(use.start, sentence.end);
  return doc.source.slice(0, upTo).toLowerCase().replace(/\s+/g, ' ').includes(known.expansion.toLowerCase());
}

function suggest(doc: Doc, use: Use, known: Acronym | undefined): { start: number; end: number; suggestions: Suggestion[] } {
  const written = doc.slice(use.start, use.end);
  if (!known) {
    return {
      start: use.start,
      end: use.end,
      // Only the writer knows what it stands for: a placeholder to fill in.
      suggestions: [{ text: `Write the words in full, then the abbreviation in brackets: “[words in full] (${written})”`, replacement: `[words in full] (${written})`, safe: false }],
    };
  }
  const words = doc.words();
  const article = articleBefore(doc, words, use);
  const start = article ? article.start : use.start;
  const sentenceStart = use.word === 0 || words[use.word - 1]!.sentence !== words[use.word]!.sentence || (article !== undefined && (article.index === 0 || words[article.index - 1]!.sentence !== article.word.sentence));
  const meanings = [known.expansion, ...(known.alternatives ?? [])];
  const suggestions = meanings.map((meaning, index): Suggestion => {
    const full = known.plain ? (use.plural ? pluralise(known.plain) : known.plain) : `${use.plural ? (index === 0 && known.plural) || pluralise(meaning) : meaning} (${written})`;
    let text = article ? `${articleFor(full)} ${full}` : full;
    if (!known.plain && leftOutNoun(words, use, known)) text += ` ${known.check!.noun}${use.plural ? 's' : ''}`;
    if (sentenceStart) text = text.charAt(0).toUpperCase() + text.slice(1);
    return { text: `Write “${text}”`, replacement: text, safe: index === 0 && meanings.length === 1 };
  });
  return { start, end: use.end, suggestions };
}

/** “an enhanced DBS.”: a level word before it and no noun after, so the expansion needs “check”. */
function leftOutNoun(words: readonly WordToken[], use: Use, known: Acronym): boolean {
  if (!known.check) return false;
  const previous = words[use.word - 1];
  if (!previous || previous.sentence !== words[use.word]!.sentence || !known.check.levels.includes(previous.normal)) return false;
  const next = words[use.word + 1];
  return !next || next.sentence !== words[use.word]!.sentence || !/^(?:check|checks|certificate|certificates|clearance|disclosure|disclosures|application|update)$/.test(next.normal);
}

function articleBefore(doc: Doc, words: readonly WordToken[], use: Use): { start: number; index: number; word: WordToken } | undefined {
  const previous = words[use.word - 1];
  if (!previous || previous.sentence !== words[use.word]!.sentence) return undefined;
  if (previous.normal !== 'a' && previous.normal !== 'an') return undefined;
  if (doc.source.slice(previous.end, use.start) !== ' ') return undefined;
  return { start: previous.start, index: use.word - 1, word: previous };
}
