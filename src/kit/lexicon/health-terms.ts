/**
 * NHS and social care jargon with plain alternatives (RULES-SOURCES.md §1a, JRG-001 to JRG-051).
 * Each entry names the source it came from; entries marked [suggested] there were judged one by one.
 *
 * Left out on purpose: “triage” and “clinician” (adverts for clinical jobs speak to people who know
 * them), “multidisciplinary team” in full (acronym-first-use expands “MDT” to it), “mandatory
 * training” and “moving and handling” (plain enough), “unsocial hours” and “enhancements” alone (they
 * also describe the work pattern or other things), “bank” alone (“bank holidays”), “Trust” (part of
 * organisation names), “BAME” and “Two Ticks” (out-of-date equality terms, which inclusive-language
 * rules own), and acronyms that only need spelling out (acronym-first-use owns those).
 */

import type { Audience } from '../../model/diagnostic.js';

export type JargonKind = 'jargon' | 'pay' | 'outdated';

export interface JargonTerm {
  /** Groups spellings of one term, so that each term is reported once per document. */
  id: string;
  /** Spellings to find; a pair also gives the replacement for that spelling (“service users” → plural). */
  phrases: ReadonlyArray<string | readonly [phrase: string, replacement: string]>;
  /** Exact case only (acronyms such as “AfC”). */
  caseSensitive?: boolean;
  kind: JargonKind;
  /** What it means, in plain words, for the message. */
  meaning: string;
  /** What to write instead of the flagged words, best first. */
  replace: readonly string[];
  /** The first replacement keeps the meaning exactly (a renamed body), so `--fix` may apply it. */
  safe?: boolean;
  /** Readers who know the term from their work: not reported in adverts for them (see src/kit/audience.ts). */
  knownTo?: readonly Audience[];
  /** Not reported when an amount in pounds is close by (the band or scale is then only a label). */
  unlessPoundsNearby?: boolean;
  unlessFollowedBy?: readonly string[];
  unlessPrecededBy?: readonly string[];
  source: string;
}

export const terms: readonly JargonTerm[] = [
  {
    id: 'afc',
    phrases: ['AfC', 'A4C'],
    caseSensitive: true,
    kind: 'pay',
    meaning: 'the NHS pay scale (Agenda for Change)',
    replace: ['NHS pay scale (Agenda for Change)'],
    source: 'JRG-001 [S48]',
  },
  {
    id: 'agenda-for-change',
    phrases: ['Agenda for Change'],
    kind: 'pay',
    meaning: 'the NHS pay scale',
    replace: ['the NHS pay scale (Agenda for Change)'],
    unlessPoundsNearby: true,
    source: 'JRG-001 [S48]',
  },
  {
    id: 'pro-rata',
    phrases: ['pro rata'], // and “pro-rata”: the matcher reads a hyphen as a space
    kind: 'jargon',
    meaning: 'pay and leave are worked out from the hours you work',
    replace: ['in proportion to the hours you work'],
    source: 'JRG-004 [S43]',
  },
  {
    id: 'hcas',
    phrases: ['HCAS', 'high cost area supplement', 'high cost area supplements'],
    kind: 'pay',
    meaning: 'extra pay for working in or near London',
    replace: ['extra pay for working in or near London'],
    source: 'JRG-019 [S48]',
  },
  {
    id: 'unsocial-hours-pay',
    phrases: [
      'USH',
      'unsocial hours enhancement',
      'unsocial hours enhancements',
      'unsocial hours payment',
      'unsocial hours payments',
      'unsocial hours supplement',
      'unsocial hours supplements',
    ],
    kind: 'pay',
    meaning: 'extra pay for nights, weekends and bank holidays',
    replace: ['extra pay for nights, weekends and bank holidays'],
    source: 'JRG-020 [suggested]',
  },
  {
    id: 'ksf',
    phrases: ['KSF', 'Knowledge and Skills Framework'],
    kind: 'jargon',
    meaning: 'the NHS framework used in yearly development reviews',
    replace: ['yearly development review'],
    source: 'JRG-014 [S51]',
  },
  {
    id: 'ccg',
    phrases: ['CCG', 'CCGs', 'clinical commissioning group', 'clinical commissioning groups'],
    kind: 'outdated',
    meaning: 'clinical commissioning groups were replaced by integrated care boards in July 2022',
    replace: ['integrated care board (ICB)'],
    source: 'JRG-013 [S1]',
  },
  {
    id: 'crb',
    phrases: ['CRB check', 'CRB checks', 'CRB'],
    caseSensitive: true,
    kind: 'outdated',
    meaning: 'CRB checks have been DBS checks since 2012',
    replace: ['DBS check'],
    safe: true,
    source: 'JRG-012 [S55]',
  },
  {
    id: 'naric',
    phrases: ['UK NARIC', 'NARIC'],
    caseSensitive: true,
    kind: 'outdated',
    meaning: 'UK NARIC has been called UK ENIC since March 2021',
    replace: ['UK ENIC'],
    safe: true,
    source: 'JRG-038 [S58]',
  },
  {
    id: 'tier-2',
    phrases: ['Tier 2'],
    kind: 'outdated',
    meaning: 'the Tier 2 visa was replaced by the Skilled Worker visa in December 2020',
    replace: ['Skilled Worker'],
    source: 'JRG-037 [S60]',
  },
  {
    id: 'preceptorship',
    knownTo: ['registered'],
    phrases: ['preceptorship', 'preceptorship programme', 'preceptorship program'],
    kind: 'jargon',
    meaning: 'a supported first year for newly registered staff, with a named experienced colleague',
    replace: ['a supported first year with a named experienced colleague (preceptorship)'],
    source: 'JRG-016 [S53]',
  },
  {
    id: 'preceptor',
    knownTo: ['registered'],
    phrases: ['preceptor', 'preceptors'],
    kind: 'jargon',
    meaning: 'the experienced colleague who supports a newly registered nurse in their first year',
    replace: ['experienced colleague who supports you'],
    source: 'JRG-016 [S53]',
  },
  {
    id: 'preceptee',
    phrases: [
      ['preceptee', 'newly registered nurse supported by an experienced colleague'],
      ['preceptees', 'newly registered nurses supported by an experienced colleague'],
    ],
    kind: 'jargon',
    meaning: 'a newly registered nurse in a supported first year, with an experienced colleague (a preceptor)',
    replace: ['newly registered nurse supported by an experienced colleague'],
    source: 'JRG-016 [S53]',
  },
  {
    id: 'revalidation',
    knownTo: ['registered'],
    phrases: ['revalidation'],
    kind: 'jargon',
    meaning: 'renewing your professional registration (every 3 years for nurses)',
    replace: ['renewing your registration (revalidation)'],
    source: 'JRG-017 [S53]',
  },
  {
    id: 'supernumerary',
    knownTo: ['registered'],
    phrases: ['supernumerary'],
    kind: 'jargon',
    meaning: 'you are extra to the usual staff numbers while you learn',
    replace: ['extra to the usual staff numbers while you learn'],
    source: 'JRG-018 [S53]',
  },
  {
    id: 'service-user',
    knownTo: ['registered', 'experienced'],
    phrases: [
      ['service user', 'person who uses our services'],
      ['service users', 'people who use our services'],
    ],
    kind: 'jargon',
    meaning: 'the people who use the service',
    replace: ['people who use our services', 'the people we support'],
    source: 'JRG-023 [S1]',
  },
  {
    id: 'person-centred',
    knownTo: ['registered', 'experienced'],
    phrases: [
      ['person centred care', 'care planned around each person’s own needs and wishes'],
      ['person centered care', 'care planned around each person’s own needs and wishes'],
      ['patient centred care', 'care planned around each person’s own needs and wishes'],
      'person centred',
      'person centered',
      'patient centred',
    ],
    kind: 'jargon',
    meaning: 'care planned around each person’s own needs, wishes and choices',
    replace: ['planned around each person’s own needs and wishes'],
    source: 'JRG-024 [S56]',
  },
  {
    id: 'safeguarding',
    knownTo: ['registered', 'experienced'],
    phrases: ['safeguarding'],
    kind: 'jargon',
    meaning: 'keeping the people you support safe from abuse and neglect',
    replace: ['keeping people safe from abuse and neglect (safeguarding)'],
    // “promoting and safeguarding the welfare of …” (either way round) is the statutory wording; “Safeguarding Lead” is a job title.
    unlessPrecededBy: ['and'],
    unlessFollowedBy: ['and', 'lead', 'leads', 'team', 'manager', 'officer', 'practitioner', 'nurse'],
    source: 'JRG-025 [S56]',
  },
  {
    id: 'domiciliary',
    phrases: ['domiciliary care', 'dom care', 'domiciliary'],
    kind: 'jargon',
    meaning: 'home care: visiting people in their own homes to help with everyday tasks',
    replace: ['home care'],
    source: 'JRG-026 [S56]',
  },
  {
    id: 'personal-care',
    phrases: ['personal care'],
    kind: 'jargon',
    meaning: 'helping people wash, dress, use the toilet and eat',
    replace: ['help with washing, dressing, using the toilet and eating (personal care)'],
    source: 'JRG-027 [S56b]',
  },
  {
    id: 'care-certificate',
    phrases: ['Care Certificate'],
    kind: 'jargon',
    meaning: 'a training course new care workers complete in their first weeks',
    replace: ['training course for new care workers (the Care Certificate)'],
    source: 'JRG-028 [S46]',
  },
  {
    id: 'acute',
    knownTo: ['registered', 'experienced'],
    phrases: [
      ['acute trust', 'hospital trust'],
      ['acute trusts', 'hospital trusts'],
      ['acute hospital trust', 'hospital trust'],
      ['acute setting', 'hospital'],
      ['acute settings', 'hospitals'],
      ['acute hospital', 'hospital'],
      ['acute hospitals', 'hospitals'],
      ['acute ward', 'hospital ward'],
      ['acute wards', 'hospital wards'],
      ['acute services', 'hospital services'],
    ],
    kind: 'jargon',
    meaning: 'in NHS use, “acute” means hospital care for short-term illness',
    replace: ['hospital'],
    source: 'JRG-030 [S1][S57]',
  },
  {
    id: 'setting',
    knownTo: ['registered', 'experienced'],
    phrases: [
      ['community setting', 'people’s homes and local clinics'],
      ['community settings', 'people’s homes and local clinics'],
      ['hospital setting', 'hospital'],
      ['hospital settings', 'hospitals'],
    ],
    kind: 'jargon',
    meaning: 'where the work happens',
    replace: ['the place: a hospital, a clinic or people’s homes'],
    source: 'JRG-031 [S1]',
  },
  {
    id: 'chronic',
    knownTo: ['registered'],
    phrases: ['chronic'],
    kind: 'jargon',
    meaning: 'long-term',
    replace: ['long-term'],
    // Names of conditions keep the word (NHS A to Z).
    unlessFollowedBy: ['fatigue', 'obstructive', 'kidney', 'lymphocytic', 'myeloid', 'pulmonary', 'liver'],
    source: 'JRG-033 [S1]',
  },
  {
    id: 'news2',
    knownTo: ['registered'],
    phrases: ['NEWS2', 'NEWS 2'],
    caseSensitive: true,
    kind: 'jargon',
    meaning: 'the NHS early warning score, worked out from checks of temperature, pulse and breathing',
    replace: ['early warning score (NEWS2)'],
    source: 'JRG-034 [S46]',
  },
  {
    id: 'obs',
    knownTo: ['registered'],
    phrases: ['obs'],
    kind: 'jargon',
    meaning: 'checking temperature, pulse, breathing and blood pressure',
    replace: ['checks of temperature, pulse and breathing'],
    source: 'JRG-034 [S46]',
  },
  {
    id: 'palantypist',
    phrases: ['palantypist', 'palantypists'],
    kind: 'jargon',
    meaning: 'a speech-to-text reporter who types live captions',
    replace: ['speech-to-text reporter (live captions)'],
    source: 'JRG-043 [S36]',
  },
  {
    id: 'occ-health',
    knownTo: ['registered', 'experienced'],
    phrases: ['occ health'],
    kind: 'jargon',
    meaning: 'occupational health',
    replace: ['occupational health'],
    safe: true,
    source: 'JRG-046 [suggested]',
  },
  {
    id: 'stat-and-mand',
    knownTo: ['registered', 'experienced'],
    phrases: ['stat and mand', 'statutory and mandatory training'],
    kind: 'jargon',
    meaning: 'training everyone must do',
    replace: ['required training'],
    source: 'JRG-047 [suggested]',
  },
  {
    id: 'mar-chart',
    knownTo: ['registered'],
    phrases: ['MAR chart', 'MAR charts', 'MAR sheet', 'MAR sheets', 'MAR', 'eMAR'],
    caseSensitive: true,
    kind: 'jargon',
    meaning: 'the record of the medicines each person is given',
    replace: ['medicines record'],
    source: 'JRG-048 [suggested]',
  },
  {
    id: 'sleep-in',
    phrases: ['sleep in shift', 'sleep in shifts', 'sleep ins', 'sleep in duties', 'sleeping night', 'sleeping nights'],
    kind: 'jargon',
    meaning: 'an overnight shift where you sleep at the home but can be woken if you are needed',
    replace: ['overnight shifts where you sleep at the home but can be woken if needed'],
    source: 'JRG-050 [suggested]',
  },
  {
    id: 'waking-night',
    phrases: ['waking night', 'waking nights', 'waking night shift', 'waking night shifts'],
    kind: 'jargon',
    meaning: 'an overnight shift where you stay awake',
    replace: ['night shifts where you stay awake'],
    source: 'JRG-050 [suggested]',
  },
  {
    id: 'shadow-shift',
    phrases: ['shadow shift', 'shadow shifts', 'shadowing shift', 'shadowing shifts'],
    kind: 'jargon',
    meaning: 'shifts working alongside an experienced colleague before you work on your own',
    replace: ['shifts working alongside an experienced colleague'],
    source: 'JRG-051 [suggested]',
  },
  {
    id: 'staff-bank',
    knownTo: ['registered'],
    phrases: ['staff bank', 'bank shift', 'bank shifts', 'bank staff', 'bank worker', 'bank workers', 'bank basis', 'bank team', 'bank teams', 'bank hours', 'bank work', 'bank role', 'bank roles', 'bank contract', 'join our bank', 'join the bank', 'join their bank'],
    kind: 'jargon',
    meaning: 'extra shifts you choose to pick up when it suits you',
    replace: ['extra shifts you choose when to work (our staff bank)'],
    unlessPrecededBy: ['piggy', 'food', 'blood'],
    unlessFollowedBy: ['holiday', 'holidays', 'account', 'accounts', 'details', 'transfer'],
    source: 'JRG-021 [suggested]',
  },
  {
    id: 'enhanced-disclosure',
    phrases: [
      ['enhanced disclosure check', 'enhanced DBS check'],
      ['enhanced disclosure checks', 'enhanced DBS checks'],
      ['enhanced disclosure', 'enhanced DBS check'],
    ],
    kind: 'outdated',
    meaning: 'in England and Wales the criminal record check is a DBS check (Access NI and Disclosure Scotland still say “disclosure”)',
    replace: ['enhanced DBS check'],
    unlessPrecededBy: ['ni', 'accessni', 'scotland', 'pvg'],
    // “enhanced Disclosure and Barring Service check” is the check's right name.
    unlessFollowedBy: ['and'],
    source: 'JRG-012 [S55]',
  },
  {
    id: 'first-level',
    phrases: [
      ['first level registered', 'registered'],
      ['first level registration', 'NMC registration'],
      ['first level nurse', 'registered nurse'],
      ['first level nurses', 'registered nurses'],
    ],
    kind: 'outdated',
    meaning: 'the NMC no longer divides its register into levels; say “registered nurse”, with the field (adult, mental health, children’s, learning disability)',
    replace: ['registered'],
    source: 'JRG-009 [S52]',
  },
  {
    id: 'ambulatory',
    knownTo: ['registered'],
    phrases: ['ambulatory'],
    kind: 'jargon',
    meaning: 'able to walk',
    replace: ['able to walk'],
    unlessFollowedBy: ['care', 'clinic', 'unit', 'service', 'services'],
    source: 'JRG-030 [suggested]',
  },
  {
    id: 'list-size',
    knownTo: ['registered'],
    phrases: [['list size', 'registered patients']],
    kind: 'jargon',
    meaning: 'the number of patients registered with the practice',
    replace: ['registered patients'],
    source: '[suggested]',
  },
  {
    id: 'stakeholder-management',
    phrases: [
      ['stakeholder management', 'working with the people and organisations involved'],
      ['stakeholder engagement', 'working with the people and organisations involved'],
    ],
    kind: 'jargon',
    meaning: 'working with the people and organisations who have a part in the work',
    replace: ['working with the people and organisations involved'],
    source: 'GOV.UK words to avoid [S11]',
  },
  {
    id: 'stakeholder',
    // Managers and analysts use the word every day; a “stakeholder pension” is a product's name.
    knownTo: ['registered', 'experienced'],
    phrases: [
      ['stakeholders', 'the people and organisations you work with'],
      ['stakeholder', 'person or organisation you work with'],
    ],
    kind: 'jargon',
    meaning: 'the people and organisations who have a part in the work',
    replace: ['the people and organisations you work with'],
    unlessFollowedBy: ['pension', 'pensions', 'management', 'engagement'],
    source: 'GOV.UK words to avoid [S11]',
  },
  {
    id: 'service-line',
    phrases: [['service lines', 'services'], ['service line', 'service']],
    kind: 'jargon',
    meaning: 'a group of the services a trust runs (for example planned surgery, or children’s services)',
    replace: ['services'],
    source: '[suggested]',
  },
  {
    id: 'values-based-recruitment',
    phrases: ['values based recruitment', 'value based recruitment', 'values based interview', 'values based interviews'],
    kind: 'jargon',
    meaning: 'choosing people partly by whether they share the organisation’s values (kindness, respect), not only by their skills',
    replace: ['choosing people who share our values, such as kindness and respect (values-based recruitment)'],
    source: 'NHS Employers, values-based recruitment [suggested]',
  },
  {
    id: 'pathway',
    phrases: [
      ['pathways of care', 'the stages of people’s care'],
      ['care pathways', 'the stages of people’s care'],
      ['care pathway', 'the stages of a person’s care'],
      ['patient pathways', 'the stages of patients’ care'],
      ['patient pathway', 'the stages of a patient’s care'],
    ],
    kind: 'jargon',
    meaning: 'the stages of care a person goes through, from referral to discharge',
    replace: ['the stages of people’s care'],
    source: '[suggested]',
  },
];

/** Acronyms this rule reports, so acronym-first-use does not report them again. */
export const jargonAcronyms: ReadonlySet<string> = new Set([
  ...terms.flatMap((term) => term.phrases.map((phrase) => (typeof phrase === 'string' ? phrase : phrase[0]))).filter((phrase) => /^[A-Za-z0-9]+$/.test(phrase) && /[A-Z].*[A-Z]/.test(phrase)),
  'WTE',
  'FTE',
]);
