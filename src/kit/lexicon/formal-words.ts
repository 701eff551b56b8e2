import { verbForms } from './verb-forms.js';

/**
 * Formal and bureaucratic words with everyday alternatives, best alternative first.
 *
 * Sources (see RULES-SOURCES.md §1b and §6): G = GOV.UK style guide, “Words to avoid” [S11];
 * N = NHS A to Z of health writing [S1]; I = NALA plain English list [S15]; R = Readability
 * Guidelines [S14]; P = Plain English Campaign A to Z of alternative words [S16]; S = retext-simplify's
 * list (MIT), kept where the word is formal in a job advert.
 *
 * Left out on purpose, because in adverts and care work they are ordinary or terms of art:
 * “organisation”, “ensure”, “provide”, “maintain”, “monitor”, “assist”, “require”, “deliver”,
 * “key”, “foster” (fostering children), “alternative” (“alternative formats”), “equivalent”
 * (“or equivalent”), “liaison” (job titles such as “liaison nurse”), “medication”, “promote” (health
 * promotion), “agenda” (a meeting's agenda; “Agenda for Change” belongs to health-jargon), “prioritise”
 * (everyday now, and often an adjective: “prioritised tasks”).
 */

export type Source = 'G' | 'N' | 'I' | 'R' | 'P' | 'S';

export interface Term {
  phrase: string;
  /** The word family's base form (“utilise” for “utilised”), which `ignore` names. */
  base?: string;
  replace: readonly string[];
  source: Source;
  /** The first alternative always keeps the meaning, so `--fix` may apply it. */
  safe?: boolean;
  /** Not reported in headings, where it is a fixed label (“Additional information”, “Collaborating and partnering”). */
  notInHeadings?: boolean;
  unlessFollowedBy?: readonly string[];
  unlessPrecededBy?: readonly string[];
}

type Forms = [base: string, third: string, past: string, ing: string];

/** Verbs whose forms were not in the generated table when the list was built (a test keeps this empty). */
export const verbsWithoutForms = new Set<string>();
/** Every verb the list uses, for scripts/make-verb-forms.ts. */
export const verbsUsed = new Set<string>();

/**
 * Verb forms people write: base, -s, -ed and -ing. They come from compromise's conjugator, through
 * the table scripts/make-verb-forms.ts generates (src/kit/lexicon/verb-forms.ts), so that no form is
 * a guessed ending; `irregular` overrides one where the list needs another form.
 */
function forms(base: string, irregular?: Partial<Record<'third' | 'past' | 'ing', string>>): Forms {
  const [head = base, ...rest] = base.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  verbsUsed.add(head);
  const known = Object.hasOwn(verbForms, head) ? verbForms[head] : undefined;
  if (!known) verbsWithoutForms.add(head);
  const [third, past, ing] = known ?? [`${head}s`, `${head}ed`, `${head}ing`];
  return [base, (irregular?.third ?? third) + tail, (irregular?.past ?? past) + tail, (irregular?.ing ?? ing) + tail];
}


/** A verb and its alternatives in every form: “utilises” → “uses”, “utilised” → “used”. */
function verb(base: string, alternatives: readonly string[], source: Source, options: { american?: boolean; safe?: boolean } = {}): Term[] {
  const spellings = options.american ? [base, base.replace(/ise\b/, 'ize')] : [base];
  const alternativeForms = alternatives.map((alternative) => forms(alternative));
  const terms: Term[] = [];
  for (const spelling of spellings) {
    const own = forms(spelling);
    own.forEach((phrase, index) => {
      terms.push({ phrase, base, replace: alternativeForms.map((alternative) => alternative[index]!), source, ...(options.safe ? { safe: true } : {}) });
    });
  }
  return terms;
}

/** A verb with British “-ise” spelling, with its “-ize” spelling too. */
function verbUK(base: string, alternatives: readonly string[], source: Source, options: { safe?: boolean } = {}): Term[] {
  return verb(base, alternatives, source, { american: true, ...options });
}

/** The alternative keeps the meaning in every form and every sentence, so `--fix` may apply it. */
const safe = { safe: true } as const;

/** Marks a term that headings use as a fixed label. */
function label(term: Term): Term {
  return { ...term, notInHeadings: true };
}

function word(phrase: string, replace: readonly string[], source: Source, extra: Partial<Term> = {}): Term {
  return { phrase, replace, source, ...extra };
}

export const terms: readonly Term[] = [
  // Verbs, in every form.
  ...verbUK('utilise', ['use'], 'G', safe),
  ...verb('commence', ['start'], 'I', safe),
  ...verb('facilitate', ['help', 'run'], 'G'),
  ...verb('initiate', ['start'], 'G', safe),
  ...verb('liaise with', ['work with', 'talk to'], 'G'),
  ...verb('liaise', ['keep in touch', 'work together'], 'G'),
  ...verb('collaborate with', ['work with'], 'G').map(label),
  ...verb('collaborate', ['work together'], 'G').map(label),
  ...verb('leverage', ['use'], 'G'),
  ...verb('empower', ['help', 'support'], 'G'),
  ...verbUK('incentivise', ['encourage'], 'G'),
  ...verbUK('disincentivise', ['discourage'], 'G'),
  ...verb('streamline', ['simplify'], 'G'),
  ...verb('purchase', ['buy'], 'R'),
  ...verb('ascertain', ['find out'], 'I'),
  ...verb('notify', ['tell'], 'I'),
  ...verb('modify', ['change'], 'I', safe),
  ...verb('verify', ['check'], 'I', safe),
  ...verb('determine', ['decide', 'work out'], 'I'),
  ...verb('implement the use of', ['start using'], 'I'),
  ...verb('implement', ['carry out', 'put in place'], 'I'),
  ...verb('deem', ['consider'], 'S'),
  ...verb('comply with', ['follow'], 'I'),
  ...verb('adhere to', ['follow'], 'P'),
  ...verb('seek to', ['aim to'], 'N'),
  ...verb('seek out', ['look for'], 'N'),
  // Bare “sought” is left alone: “sought after” has no plain swap.
  ...verb('seek', ['look for', 'ask for'], 'N').filter((term) => term.phrase !== 'sought'),
  ...verb('occur', ['happen'], 'N', safe),
  ...verb('acquire', ['get', 'gain'], 'S'),
  ...verb('anticipate', ['expect'], 'S'),
  // “Endeavours” is more often the noun (“our endeavours”), listed below.
  ...verb('endeavour', ['try'], 'S').filter((term) => term.phrase !== 'endeavours'),
  word('endeavours to', ['tries to'], 'S', { base: 'endeavour' }),
  ...verb('obtain', ['get'], 'S'),
  ...verb('possess', ['have'], 'S', safe),
  ...verb('reside', ['live'], 'S', safe),
  ...verb('terminate', ['end'], 'S', safe),
  ...verb('cease', ['stop'], 'S', safe),
  ...verbUK('finalise', ['finish'], 'S', safe),
  ...verbUK('minimise', ['reduce'], 'S'),
  ...verbUK('deputise for', ['stand in for'], 'P'),
  ...verbUK('deputise', ['stand in'], 'P'),
  ...verb('necessitate', ['need'], 'S', safe),
  ...verb('procure', ['buy', 'get'], 'S'),
  ...verb('undertake', ['do', 'carry out'], 'P'),
  word('undertaken', ['done', 'carried out'], 'P', { base: 'undertake' }),
  word('remunerated', ['paid'], 'S', safe),
  word('remuneration', ['pay'], 'S', safe),
  word('utilisation', ['use'], 'G', safe),
  word('utilization', ['use'], 'G', safe),
  word('commencement', ['start'], 'I'),
  word('endeavours', ['efforts'], 'S'),

  // Phrases and other words.
  word('in order to', ['to'], 'G', { safe: true }),
  word('in order that', ['so that'], 'G', { safe: true }),
  word('prior to', ['before'], 'I', { safe: true }),
  // “Additional information” is the standard label of NHS Jobs adverts, whatever the markup.
  word('additional', ['extra'], 'I', { notInHeadings: true, unlessFollowedBy: ['information', 'info', 'contact'] }),
  word('additionally', ['also'], 'I', safe),
  word('regarding', ['about'], 'I', safe),
  word('initially', ['at first'], 'I'),
  word('in the event that', ['if'], 'I', { safe: true }),
  word('in the event of', ['if there is'], 'I'),
  word('in lieu of', ['instead of'], 'I', { safe: true }),
  word('approximately', ['about'], 'R', safe),
  word('overarching', ['overall', 'main'], 'G'),
  word('robust', ['strong', 'reliable'], 'G'),
  word('going forward', ['in future', 'from now on'], 'G'),
  word('one stop shop', ['single place'], 'G'),
  word('ring fenced', ['set aside', 'kept for'], 'G'),
  // “Telephone number” is a form's label, and clear to everyone.
  word('telephone', ['phone'], 'N', { unlessFollowedBy: ['triage', 'number', 'numbers', 'no'], safe: true }),
  word('a number of', ['some', 'several'], 'S'),
  word('in accordance with', ['in line with', 'following'], 'S'),
  word('in relation to', ['about'], 'S'),
  word('with regard to', ['about'], 'S'),
  word('with regards to', ['about'], 'S'),
  word('with respect to', ['about'], 'S'),
  word('in respect of', ['about', 'for'], 'S'),
  word('in excess of', ['more than'], 'S', { safe: true }),
  word('due to the fact that', ['because'], 'S', { safe: true }),
  word('owing to the fact that', ['because'], 'S', { safe: true }),
  word('at this moment in time', ['now'], 'S', safe),
  word('at the present time', ['now'], 'S', safe),
  word('in a timely manner', ['on time', 'promptly'], 'S'),
  word('for the purpose of', ['to', 'for'], 'S'),
  word('subsequently', ['later', 'then'], 'S'),
  word('subsequent to', ['after'], 'S', { safe: true }),
  word('sufficient', ['enough'], 'S', safe),
  // Not “equipment is provided that …”, where the words are a passive and a relative clause.
  word('provided that', ['if'], 'S', { unlessPrecededBy: ['is', 'are', 'be', 'been', 'was', 'were', 'being'] }),
  word('numerous', ['many'], 'S', safe),
  word('advantageous', ['helpful', 'useful'], 'S'),
  word('accordingly', ['so'], 'S'),
  word('henceforth', ['from now on'], 'S', safe),
  word('thereafter', ['after that'], 'S', safe),
  word('by means of', ['by', 'with'], 'S'),
  word('in conjunction with', ['with', 'together with'], 'S'),
  word('on a daily basis', ['every day'], 'S', safe),
  word('on a weekly basis', ['every week'], 'S', safe),
  word('on a regular basis', ['regularly'], 'S', safe),
  word('at your earliest convenience', ['as soon as you can'], 'S', safe),
  word('should you wish', ['if you want'], 'S'),
  word('should you require', ['if you need'], 'S'),
  word('do not hesitate to', [], 'P'),
  word('don\'t hesitate to', [], 'P'),
  word('the majority of', ['most'], 'P', safe),
  word('with the exception of', ['except'], 'S', { safe: true }),
  word('in the near future', ['soon'], 'S', safe),
  word('the postholder', ['you'], 'G'),
  word('the post holder', ['you'], 'G'),
  word('whilst', ['while'], 'P', { safe: true }),
  word('amongst', ['among'], 'P', { safe: true }),
  word('per annum', ['a year'], 'P', { safe: true }),
  word('per diem', ['a day'], 'P', { safe: true }),
  word('circa', ['about'], 'P', safe),
  word('ad hoc', ['occasional', 'when needed'], 'P'),
];

/**
 * The everyday word for a formal one in the same form, as simpler-words would suggest it:
 * “undertake” → “do”, “anticipated” → “expected”. For rules that rewrite a sentence around a verb
 * (passive-voice), so the rewrite does not keep a formal word.
 */
export function plainWordFor(phrase: string): string | undefined {
  plainByPhrase ??= new Map(terms.filter((term) => term.replace.length > 0).map((term) => [term.phrase, term.replace[0]!]));
  return plainByPhrase.get(phrase);
}
let plainByPhrase: Map<string, string> | undefined;
