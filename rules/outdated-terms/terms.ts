/**
 * Out-of-date terms for people and for equality schemes (RULES-SOURCES.md JRG-041, JRG-042,
 * EXC-016, EXC-026), with the current wording. Matched word by word, case-insensitively.
 */
export type Kind = 'ethnicity' | 'scheme' | 'disability' | 'age';

export const kindNotes: Record<Kind, string> = {
  ethnicity:
    'NHS style no longer uses BAME or BME: they lump very different people together, and many of the people they describe dislike them. Name the groups you mean. Source: NHS digital service manual, inclusive content on ethnicity.',
  scheme:
    'Two Ticks (the disability symbol) and its guaranteed interview scheme were replaced by Disability Confident in 2016. An old name suggests the commitment has lapsed, and disabled applicants look for the current one. Source: Business Disability Forum; GOV.UK Disability Confident.',
  disability:
    'Describing disabled people as suffering, confined or handicapped, or by their condition alone, is wording many disabled people find offensive; it tells disabled applicants the employer sees them as a problem. Source: NHS digital service manual, inclusive content on disabilities and conditions; GOV.UK inclusive language guidance.',
  age: 'NHS style says “older people”: many older people dislike “the elderly”, which treats them as one group apart. Source: NHS digital service manual, inclusive content on age.',
};

/** Words for people, for `aboutPeople`. */
export const peopleWords: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'patients', 'patient', 'women', 'woman', 'men', 'man', 'children', 'child', 'adults', 'adult', 'residents',
  'clients', 'someone', 'anyone', 'those', 'who', 'individuals', 'individual', 'families', 'carers', 'users', 'veterans', 'he', 'she',
  'they', 'you', 'we', 'i', 'mothers', 'fathers', 'parents', 'staff', 'colleagues', 'applicants', 'candidates', 'many', 'some',
  'nurses', 'workers', 'employees', 'members', 'survivors', 'babies', 'infants', 'older', 'younger', 'young',
]);

export interface OutdatedTerm {
  phrases: readonly string[];
  kind: Kind;
  says: string;
  instead: string;
  /** What to write instead of the flagged words (or of each phrase, by phrase); a person checks it. */
  replacement?: string | Readonly<Record<string, string>>;
  unlessFollowedBy?: readonly string[];
  unlessPrecededBy?: readonly string[];
  /** Reported only when the sentence matches. */
  onlyIfSentence?: RegExp;
  /** Reported only when a word for people comes in the few words before (“people suffering from”, not “systems suffered from”). */
  aboutPeople?: boolean;
  /** Not reported when written with a capital inside a sentence (a name, such as “Care of the Elderly Ward”). */
  skipNames?: boolean;
  /** Less serious than the rule's other findings: its own severity at the rule's default (warning). */
  severity?: 'info';
}

export const terms: readonly OutdatedTerm[] = [
  {
    phrases: ['BAME', 'BME', 'B.A.M.E.'],
    kind: 'ethnicity',
    says: 'is a term the NHS no longer uses',
    instead: 'Say “ethnic minority”, or name the groups you mean (for example “Black, Asian and other ethnic minority people”)',
    replacement: 'ethnic minority',
    severity: 'info',
  },
  {
    phrases: ['coloured people', 'coloured person', 'half caste', 'ethnics', 'non whites'],
    kind: 'ethnicity',
    says: 'is an outdated and offensive way to describe ethnicity',
    instead: 'Say “ethnic minority”, “mixed ethnicity”, or name the group',
    replacement: {
      'coloured people': 'people from ethnic minorities',
      'coloured person': 'person from an ethnic minority',
      'half caste': 'mixed ethnicity',
      ethnics: 'people from ethnic minorities',
      'non whites': 'people from ethnic minorities',
    },
  },
  {
    phrases: ['two ticks', 'two tick', 'two ticks symbol', 'two ticks disability symbol', 'double tick', 'double ticks', 'disability symbol'],
    kind: 'scheme',
    says: 'is a scheme replaced by Disability Confident in 2016',
    instead: 'Say “Disability Confident”, and what it means: “we offer an interview to disabled people who meet the essential criteria”',
    replacement: 'Disability Confident',
  },
  {
    phrases: ['guaranteed interview scheme'],
    kind: 'scheme',
    says: 'is the name of the disability scheme replaced by Disability Confident in 2016',
    instead: 'Say “Disability Confident”, and what it means: “we offer an interview to disabled people who meet the essential criteria”',
    onlyIfSentence: /disab/i,
    replacement: 'Disability Confident scheme',
  },
  {
    phrases: ['suffering from', 'suffers from', 'suffer from', 'suffered from', 'afflicted by', 'afflicted with'],
    kind: 'disability',
    says: 'describes a condition as suffering',
    instead: 'Say “who has”, “living with” or “with”',
    replacement: {
      'suffering from': 'living with',
      'suffers from': 'has',
      'suffer from': 'have',
      'suffered from': 'had',
      'afflicted by': 'living with',
      'afflicted with': 'living with',
    },
    aboutPeople: true,
  },
  {
    phrases: ['sufferer', 'sufferers'],
    kind: 'disability',
    says: 'labels people by their condition, as suffering',
    instead: 'Say “people with [condition]” or “people living with [condition]”',
    replacement: { sufferer: 'person with [condition]', sufferers: 'people with [condition]' },
  },
  {
    phrases: ['wheelchair bound', 'confined to a wheelchair', 'bound to a wheelchair', 'restricted to a wheelchair', 'confined to wheelchairs'],
    kind: 'disability',
    says: 'describes a wheelchair as a limit, when for its user it gives freedom',
    instead: 'Say “wheelchair user” or “uses a wheelchair”',
    replacement: {
      'wheelchair bound': 'a wheelchair user',
      'confined to a wheelchair': 'a wheelchair user',
      'bound to a wheelchair': 'a wheelchair user',
      'restricted to a wheelchair': 'a wheelchair user',
      'confined to wheelchairs': 'wheelchair users',
    },
  },
  {
    phrases: ['handicapped', 'handicap', 'mentally handicapped', 'mental handicap', 'physically handicapped', 'the handicapped'],
    kind: 'disability',
    says: 'is an outdated term for disability that many people find offensive',
    instead: 'Say “disabled people”, or “learning disability” for a mental handicap',
    replacement: {
      handicapped: 'disabled',
      handicap: 'disability',
      'mentally handicapped': 'learning disabled',
      'mental handicap': 'learning disability',
      'physically handicapped': 'physically disabled',
      'the handicapped': 'disabled people',
    },
  },
  {
    phrases: ['the disabled'],
    kind: 'disability',
    says: 'defines people by disability alone',
    instead: 'Say “disabled people”',
    replacement: 'disabled people',
    unlessFollowedBy: [
      'toilet', 'toilets', 'parking', 'bay', 'bays', 'access', 'entrance', 'people', 'person', 'persons', 'staff', 'employees', 'employee',
      'applicants', 'applicant', 'candidates', 'candidate', 'facilities', 'facility', 'badge', 'community', 'students', 'children', 'adults',
      'customers', 'users', 'living', 'colleagues', 'workers', 'veterans', 'service', 'services',
    ],
  },
  {
    phrases: ['stroke victim', 'stroke victims', 'victim of a stroke', 'victims of stroke', 'polio victim', 'aids victim', 'aids victims'],
    kind: 'disability',
    says: 'describes people as victims of their condition',
    instead: 'Say “someone who has had a stroke” or “people with [condition]”',
    replacement: {
      'stroke victim': 'person who has had a stroke',
      'stroke victims': 'people who have had a stroke',
      'victim of a stroke': 'person who has had a stroke',
      'victims of stroke': 'people who have had a stroke',
      'polio victim': 'person who has had polio',
      'aids victim': 'person with HIV',
      'aids victims': 'people with HIV',
    },
  },
  {
    phrases: ['diabetics', 'epileptics', 'asthmatics', 'schizophrenics', 'the mentally ill', 'spastics', 'cripples'],
    kind: 'disability',
    says: 'labels people by their condition',
    instead: 'Say “people with diabetes”, “people with epilepsy” or “people with a mental health condition”',
    replacement: {
      diabetics: 'people with diabetes',
      epileptics: 'people with epilepsy',
      asthmatics: 'people with asthma',
      schizophrenics: 'people with schizophrenia',
      'the mentally ill': 'people with mental health conditions',
      spastics: 'people with cerebral palsy',
      cripples: 'disabled people',
    },
  },
  {
    phrases: ['special needs'],
    kind: 'disability',
    says: 'is a dated phrase many disabled people dislike',
    instead: 'Say “additional needs” or “access needs”, or name the need',
    replacement: 'additional needs',
    severity: 'info',
  },
  {
    phrases: ['the elderly', 'elderly people', 'elderly person', 'elderly patients', 'elderly residents', 'elderly clients'],
    kind: 'age',
    says: 'is a term many older people dislike',
    instead: 'Say “older people” (or “older patients”, “older residents”)',
    replacement: {
      'the elderly': 'older people',
      'elderly people': 'older people',
      'elderly person': 'older person',
      'elderly patients': 'older patients',
      'elderly residents': 'older residents',
      'elderly clients': 'older clients',
    },
    skipNames: true,
    severity: 'info',
  },
];
