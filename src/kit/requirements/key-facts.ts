import type { Profile } from '../../model/diagnostic.js';
import type { Doc } from '../../model/document.js';
import { judgeUnit } from './concept.js';
import { concepts } from './concepts.js';
import type { Judgement } from './evaluate.js';
import { date, email, phone } from './patterns.js';
import { requirementUnits, type Unit } from './units.js';

/** A fact in source offsets: its words and the sentence they came from. */
export interface FoundFact {
  value: string;
  unit: Unit;
}

export interface FoundFacts {
  pay?: FoundFact;
  hours?: FoundFact;
  contract?: FoundFact;
  location?: FoundFact;
  closingDate?: FoundFact;
  contact?: FoundFact;
  support: Array<FoundFact & { requirement: string }>;
}

const amount = '£\\s?\\d[\\d,]{0,9}(?:\\.\\d{1,2})?k?';
const payRange = new RegExp(`${amount}(?:\\s{0,3}(?:-|–|—|to)\\s{0,3}£?\\s?\\d[\\d,]{0,9}(?:\\.\\d{1,2})?k?)?`, 'i');
const payUnit =
  /^[^.£]{0,25}?\b(per annum|a year|per year|pa|p\.a\.|an hour|per hour|ph|p\/h|a week|per week|a month|per month|a day|per day|a session|per session|a shift|per shift)(?![a-z])/i;
const proRata = /^[^.£]{0,40}?\bpro[- ]rata\b/i;
const units: Record<string, string> = { 'per annum': 'a year', 'per year': 'a year', pa: 'a year', 'p.a.': 'a year', 'per hour': 'an hour', ph: 'an hour', 'p/h': 'an hour', 'per week': 'a week', 'per month': 'a month', 'per day': 'a day', 'per session': 'a session', 'per shift': 'a shift' };

const closingWord = /\b(?:clos|deadline|apply|by|before|until)/i;
const hoursPattern = /\b\d{1,2}(?:\.\d{1,2})?\s?(?:hours|hrs)\s(?:a|per|each)\s(?:week|wk)\b|\b(?:full[- ]time|part[- ]time)\b/i;
const contractPattern =
  /\b(?:permanent|fixed[- ]term(?: (?:for|of) (?:\d{1,2}|one|two|three|six|nine|twelve|eighteen) (?:months?|years?))?|temporary|secondment|maternity cover|zero[- ]hours?|bank (?:staff|nurse|role|post|shifts?|work|team|contract|position|worker|only|basis)|staff bank)\b/i;
const locationLabel = /^(?:location|base|based at|site|where|work ?place|address)$/i;
const basedAt = /\b(?:based (?:at|in)|located (?:at|in)|work(?:ing)? (?:at|from) (?:our )?)\s((?:the )?[A-Z][\w'&-]+(?:\s(?:[A-Z][\w'&-]+|of|and|on|upon|in|the)){0,7})/;
const postcode = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/;
const namedContact = /\b(?:[Cc]ontact|[Cc]all|[Rr]ing|[Ss]peak (?:to|with)|[Tt]alk to|[Ee]mail)\s{0,2}((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Matron)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z']+(?:-[A-Z]?[a-z']+)?)?)/;

/** The support requirements, in the words of the key-facts box. */
export const supportWords: Readonly<Record<string, string>> = {
  'reasonable-adjustments': 'Changes to how you apply or are interviewed',
  bsl: 'A BSL interpreter',
  'access-to-work': 'Access to Work',
  'flexible-working': 'Flexible working',
  'alternative-formats': 'The advert in other formats',
  'quiet-hour': 'A quiet hour or quiet space',
  'location-access': 'Access to the venue',
};

/** The support each kind of document is expected to offer, for the key facts. */
export const supportOf: Readonly<Record<Profile, readonly string[]>> = {
  advert: ['reasonable-adjustments', 'bsl', 'access-to-work', 'flexible-working', 'alternative-formats'],
  event: ['quiet-hour', 'location-access', 'bsl', 'reasonable-adjustments'],
  'interview-invite': ['reasonable-adjustments', 'bsl', 'location-access'],
};

/** What the key facts are read from: the requirements that carry them, and the profile's support. */
export function keyFactIds(profile: Profile): string[] {
  return ['salary', 'closing-date', 'contact', ...supportOf[profile]];
}

/**
 * The facts an applicant looks for first, taken from the sentences that meet the requirements
 * (pay from the pay sentence, the closing date from its sentence) and from the document's
 * sentences for hours, contract and location. Each is the first found.
 */
export function findKeyFacts(doc: Doc, judgements: readonly Judgement[], given?: readonly Unit[]): FoundFacts {
  const all = given ?? requirementUnits(doc);
  const met = new Map(judgements.filter((j) => j.status === 'met' && j.unit).map((j) => [j.id, j.unit!]));
  const facts: FoundFacts = { support: [] };
  const payUnitText = met.get('salary') ?? firstMeeting(all, 'salary');
  if (payUnitText) {
    const value = payValue(payUnitText.text);
    if (value) facts.pay = { value, unit: payUnitText };
  }
  const closing = met.get('closing-date');
  if (closing) {
    // The date after the words that close applications: “opens on 16 October and closes on 13 November”.
    const from = Math.max(0, closing.text.search(closingWord));
    const found = date.exec(closing.text.slice(from));
    const value = found ? dateAround(closing.text, from + found.index) : closing.text;
    facts.closingDate = { value, unit: closing };
  }
  const contactUnit = met.get('contact');
  if (contactUnit) facts.contact = { value: contactValue(contactUnit.text), unit: contactUnit };
  for (const unit of all) {
    if (!facts.hours) {
      const hours = hoursPattern.exec(unit.text);
      if (hours) facts.hours = { value: hours[0].toLowerCase().replace(/\s?hrs\b/, ' hours').replace(/ per /, ' a '), unit };
    }
    if (!facts.contract) {
      const contract = contractPattern.exec(unit.text);
      if (contract) facts.contract = { value: contract[0].toLowerCase(), unit };
    }
    if (!facts.location) {
      const value = locationValue(unit);
      if (value) facts.location = { value, unit };
    }
  }
  for (const requirement of Object.keys(supportWords)) {
    const unit = met.get(requirement);
    if (unit) facts.support.push({ requirement, value: supportWords[requirement]!, unit });
  }
  return facts;
}

function firstMeeting(units: readonly Unit[], id: string): Unit | undefined {
  const concept = concepts.get(id)!;
  return units.find((unit) => judgeUnit(concept, unit) === 'met');
}

/** “£24,071 - £25,674 per annum pro rata” → “£24,071 to £25,674 a year, pro rata”. */
export function payValue(text: string): string | undefined {
  const range = payRange.exec(text);
  if (!range) return undefined;
  let value = range[0].replace(/[,.]+$/, '').replace(/\s{0,3}(?:-|–|—)\s{0,3}/, ' to ').replace(/£\s/g, '£');
  if (/ to \d/.test(value)) value = value.replace(/ to (\d)/, ' to £$1');
  const after = text.slice(range.index + range[0].length, range.index + range[0].length + 60);
  const unit = payUnit.exec(after);
  if (unit) value += ` ${units[unit[1]!.toLowerCase()] ?? unit[1]!.toLowerCase()}`;
  if (proRata.test(after)) value += ', pro rata';
  return value;
}

/** The date with its weekday, day, month and year around the first date word. */
function dateAround(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 12), at + 40);
  const full = /(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s)?\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?[A-Za-z]{3,9}(?:,?\s\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|[A-Za-z]{3,9}\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s\d{4})?/i.exec(window);
  return full ? full[0] : text.slice(at, at + 20).trim();
}

function contactValue(text: string): string {
  const parts: string[] = [];
  const name = namedContact.exec(text);
  if (name && !/^(?:Us|Me|The|Our|Your|Please|If|For)$/.test(name[1]!.split(' ')[0]!)) parts.push(name[1]!);
  const mail = email.exec(text);
  if (mail) {
    const whole = /[\w.+-]{0,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}/.exec(text.slice(Math.max(0, mail.index - 64)));
    // Fields run together in some pages: “Email addressjo@nhs.netTelephone”.
    parts.push((whole ? whole[0] : mail[0]).replace(/^(?:e-?mail\s?)?address[-:]?/i, '').replace(/(\.[a-z]{2,})[A-Z][A-Za-z]*$/, '$1'));
  }
  const number = phone.exec(text);
  if (number) parts.push(`${text[number.index - 1] === '(' ? '(' : ''}${number[0].trim()}`);
  return parts.length ? parts.join(', ') : text.slice(0, 80);
}

function locationValue(unit: Unit): string | undefined {
  if (unit.label && locationLabel.test(unit.label.trim())) return unit.text.slice(0, 100);
  const labelled = /^(?:Location|Base|Site|Address|Where)\s?:\s?(.{3,100})/.exec(unit.text);
  if (labelled) return labelled[1]!.trim();
  const based = basedAt.exec(unit.text);
  if (based) return based[1]!.replace(/(?:\s(?:of|and|on|upon|in|the))+$/, '').trim();
  const code = postcode.exec(unit.text);
  return code ? code[0] : undefined;
}
