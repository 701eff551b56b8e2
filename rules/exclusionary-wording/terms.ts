/**
 * Wording that shuts out a group of people, from RULES-SOURCES.md §2 (EXC-001 to EXC-060), each
 * group with who it affects and the source. Phrases are matched word by word (hyphens and
 * punctuation between words are ignored), case-insensitively.
 */
export const groupIds = ['age', 'nationality', 'disability', 'caring', 'driving', 'sex', 'culture', 'convictions', 'experience'] as const;
export type Group = (typeof groupIds)[number];

/** Why each group's wording matters: who it shuts out, with the source. */
export const groupNotes: Record<Group, string> = {
  age: 'Words that point to an age tell older people (or younger people) that the job is not for them. Under the Equality Act 2010 an age preference in an advert is unlawful unless it can be objectively justified. Source: EHRC advertising guidance.',
  nationality:
    'First language and nationality are tied to national and ethnic origin, which the Equality Act 2010 protects. Asking for them shuts out migrants and refugees who could do the job; ask for the skill the job needs, and check everyone’s right to work in the same way. Source: EHRC; Home Office code of practice on right-to-work checks.',
  disability:
    'Blanket health and fitness demands shut out disabled people and people with long-term conditions, many of whom could do the job, some with reasonable adjustments. Describe the tasks instead, and do not ask about health before a job offer (Equality Act 2010, section 60). Source: EHRC; Equality Act 2010.',
  caring:
    'Carers, parents and many disabled people cannot promise open-ended availability or an unbroken work history; asking for them shuts out people, more often women, who could do the job. NHS staff have a day-one right to ask for flexible working. Source: NHS Employers; Timewise; GLA health toolkit.',
  driving:
    'Many disabled people cannot drive, and many young people, migrants and people on low pay have no car. Ask for a licence or a car only when the job needs one, say why, and say whether other ways of travelling will do (Access to Work can pay for taxis). Source: EHRC advertising guidance; Law Society of Scotland Journal.',
  sex: 'Wording that assumes the worker’s sex tells everyone else the job is not for them. A job can be limited to one sex only for a genuine occupational requirement (such as intimate personal care), and the advert should then say so and why. Source: EHRC; Equality Act 2010, Schedule 9.',
  culture:
    'Slang, in-jokes and figures of speech tell people who do not share the culture that they will not fit in, and people who read literally (many autistic people, people reading English as an additional language) may not know what you mean. Judging “fit” lets bias in: NHS race-equality guidance says panels should not ask whether someone will “fit in”. Source: NHS Providers; DWP autism and neurodiversity toolkit.',
  experience:
    'Asking for recent experience, or experience gained only in the NHS or the UK, shuts out people who could do the job: people returning after caring for someone or after illness (more often women), people trained or experienced abroad, and people from social care, the private sector or the forces. Say what experience the job needs and accept equivalent experience. Source: GLA Workforce Integration Network health toolkit; NHS Employers, return to practice.',
  convictions:
    'Not every conviction is relevant to a job, and many are spent. Blanket demands put off people with old or minor convictions who could lawfully do the job. Source: DBS guidance; Unlock.',
};

export interface Term {
  phrases: readonly string[];
  group: Group;
  /** Finishes the message after the quoted words. */
  says: string;
  /** What to write instead (the suggestion). */
  instead: string;
  /**
   * Words to put in place of the flagged ones that keep the real requirement, for a person to
   * check and finish (`[…]` marks what only the employer knows). Given the words as written and
   * the phrase of the list they matched.
   */
  rewrite?: (actual: string, phrase: string) => Rewrite | undefined;
  unlessFollowedBy?: readonly string[];
  unlessPrecededBy?: readonly string[];
  /** Only when it describes the person wanted: a person word follows, or “you are …”, “be …” comes first. */
  describesPerson?: boolean;
  /** Only when one of these words follows within the next few words. */
  needsFollowing?: readonly string[];
  /** Not reported when the sentence matches: it gives a reason, an alternative or a lawful basis. */
  unlessSentence?: RegExp;
  /** Only as a demand on the applicant: at the start of a sentence or list item, or after “you”, “must”, “need to be” … */
  demand?: boolean;
  /** Report at most one finding of this term's group per sentence. */
  oncePerSentence?: boolean;
  /**
   * Its own severity when lower than the rule's (error): warning for wording that puts people off
   * or may shut them out, info for the mildest. Left out: error, for wording that is unlawful or
   * plainly shuts a group out. See the README's severity table.
   */
  severity?: Lesser;
}

/** A pattern with numbers in it (age limits), matched on each block's text. Keep it linear. */
export interface PatternTerm {
  pattern: RegExp;
  group: Group;
  says: string;
  instead: string;
  unlessSentence?: RegExp;
  rewrite?: (actual: string) => Rewrite | undefined;
  /** As for a phrase term. */
  severity?: Lesser;
}

/** A finding below the rule's severity. */
export type Lesser = 'warning' | 'info';

/** A rewrite of flagged words; `noArticle` when it also replaces an “a” or “an” before them. */
export interface Rewrite {
  text: string;
  noArticle?: boolean;
}

const keep = (text: string): Rewrite => ({ text });
const noArticle = (text: string): Rewrite => ({ text, noArticle: true });

/** One rewrite per phrase of the list. */
function byPhrase(map: Readonly<Record<string, string | Rewrite>>): (actual: string, phrase: string) => Rewrite | undefined {
  return (_actual, phrase) => {
    const found = Object.hasOwn(map, phrase) ? map[phrase] : undefined;
    return typeof found === 'string' ? keep(found) : found;
  };
}

const ageWords = new Set(['young', 'youthful', 'and', 'dynamic', 'energetic', 'enthusiastic', 'vibrant']);
const englishTask = '[talk with patients and write care notes]';
const withAdjustments = 'with adjustments if you need them';
const physicalTasks = '[do the physical tasks of the job, such as helping people move]';
const shifts = 'shifts between [7am and 10pm], in a pattern we agree with you';
const dbs = 'an enhanced DBS check (a criminal record will not necessarily stop you getting the job)';
const physicalDetail: Readonly<Record<string, [ing: string, what: string]>> = {
  stand: ['standing', 'for how long at a time'],
  walk: ['walking', 'how far'],
  bend: ['bending', 'how often'],
  kneel: ['kneeling', 'how often'],
  carry: ['carrying', 'what, how heavy and how often'],
  lift: ['lifting', 'what, how heavy and how often'],
  climb: ['climbing', 'what, such as stairs, and how often'],
};

const ageInclusive = /\b(?:all ages|any age|every age|whatever your age|career[- ]changers?|returners?|returning to|no upper age limit|of all backgrounds)\b/i;
const describeWork = 'Describe the work instead (for example “you will be on your feet for most of a 7.5-hour shift”)';

export const terms: readonly Term[] = [
  // Age (EXC-001 to EXC-008)
  {
    phrases: [
      'young team', 'young and dynamic', 'young and energetic', 'young and enthusiastic', 'young and vibrant', 'young dynamic',
      'young energetic', 'young enthusiastic', 'young vibrant', 'young individual', 'young individuals', 'young candidate',
      'young candidates', 'young applicant', 'young applicants', 'young professional', 'young professionals', 'young graduate',
      'young graduates', 'young workforce', 'young staff', 'young blood', 'youthful', 'youthful enthusiasm', 'youthful energy',
    ],
    group: 'age',
    says: 'suggests you want younger people',
    instead: 'Describe the team by what it does (for example “a friendly team of 12 nurses and care assistants”), not by its age',
    rewrite: (_actual, phrase) => {
      if (phrase === 'young blood') return keep('new people');
      const rest = phrase.split(' ').filter((word) => !ageWords.has(word));
      return keep(rest.length ? rest.join(' ') : 'friendly');
    },
  },
  {
    phrases: ['recent graduate', 'recent graduates', 'new graduate', 'new graduates', 'fresh graduate', 'fresh graduates', 'newly qualified only', 'recently qualified only', 'school leaver', 'school leavers', 'recent school leaver', 'recent school leavers'],
    group: 'age',
    says: 'points to a narrow age range',
    instead: 'Say what qualification or experience the job needs, and welcome people of any age, career changers and people returning to work',
    unlessSentence: ageInclusive,
    rewrite: (_actual, phrase) => {
      if (/school leavers?$/.test(phrase)) return phrase.endsWith('s') ? keep('people new to work') : noArticle('someone new to work');
      if (phrase.endsWith(' only')) return keep(`${phrase.slice(0, -5)} or experienced`);
      return keep(phrase.endsWith('s') ? 'graduates' : 'graduate');
    },
  },
  {
    phrases: ['digital native', 'digital natives'],
    group: 'age',
    says: 'is a label for a younger generation',
    severity: 'warning',
    instead: 'Say what the job needs: “confident using computers, email and apps, or willing to learn”',
    rewrite: (_actual, phrase) => (phrase.endsWith('s') ? keep('people confident using computers') : noArticle('confident using computers')),
  },
  {
    phrases: ['energetic', 'dynamic', 'vibrant', 'fun loving', 'fresh faced', 'dynamic and energetic', 'energetic and dynamic', 'energetic and enthusiastic', 'dynamic and enthusiastic', 'dynamic and motivated', 'energetic and motivated'],
    group: 'age',
    says: 'describes the person you want in terms linked to youth (and to not being disabled)',
    severity: 'warning',
    instead: describeWork,
    describesPerson: true,
    rewrite: (_actual, phrase) => keep(/fun|fresh/.test(phrase) ? 'friendly' : 'motivated'),
  },
  {
    // “young and vibrant” and “young and energetic” are in the list of words about people above.
    phrases: ['energetic and vibrant', 'vibrant and energetic', 'youthful and energetic', 'energetic and youthful'],
    group: 'age',
    says: 'describes the workplace with words linked to youth, which tells older people they may not fit in',
    severity: 'info',
    instead: 'Say what makes it a good place to work (for example “friendly and supportive”)',
    needsFollowing: ['organisation', 'organization', 'team', 'teams', 'environment', 'workplace', 'department', 'ward', 'service', 'company', 'practice', 'trust', 'culture'],
    rewrite: () => keep('friendly and supportive'),
  },
  {
    phrases: ['previous applicants need not apply', 'previous applicants should not apply', 'previous applicants need not reapply', 'if you have applied before do not apply'],
    group: 'experience',
    says: 'turns away people who may now meet the criteria',
    severity: 'warning',
    instead: 'Leave it out, or say when people who applied before can apply again (for example “if you applied in the last 6 months, tell us what has changed”)',
  },
  {
    phrases: ['mature', 'mature and reliable', 'well established'],
    group: 'age',
    says: 'describes the person you want in terms linked to age',
    severity: 'info',
    instead: 'Say what you need instead (for example “you arrive on time for your shifts and let us know early if you cannot”)',
    rewrite: byPhrase({ mature: 'reliable', 'mature and reliable': 'reliable', 'well established': 'experienced' }),
    describesPerson: true,
  },
  {
    phrases: ['would suit a student', 'would suit students', 'would suit a retired person', 'would suit retired people', 'would suit a pensioner', 'would suit pensioners'],
    group: 'age',
    says: 'suggests who you want by age',
    instead: 'Say what the hours are (for example “would suit someone looking for term-time or evening work”)',
    rewrite: () => keep('would suit someone looking for [term-time, evening or part-time] work'),
  },
  // Nationality, language and migrants (EXC-020 to EXC-042)
  {
    phrases: [
      'native english', 'native english speaker', 'native english speakers', 'native speaker', 'native speakers', 'native level',
      'native level english', 'native speaking', 'english as a first language', 'english as your first language',
      'english as their first language', 'english as first language', 'english first language', 'first language english',
      'mother tongue', 'native welsh speaker', 'native welsh',
    ],
    group: 'nationality',
    says: 'asks where someone learnt the language, not how well they use it',
    instead: 'Say what level of English the job needs (for example “good enough spoken and written English to talk with patients and write clear notes”)',
    rewrite: byPhrase({
      'native english': 'good spoken and written English',
      'native english speaker': noArticle(`able to speak and write English well enough to ${englishTask}`),
      'native english speakers': `people who speak and write English well enough to ${englishTask}`,
      'native speaker': 'fluent speaker',
      'native speakers': 'fluent speakers',
      'native level': `the level needed to ${englishTask}`,
      'native level english': `English good enough to ${englishTask}`,
      'native speaking': 'fluent',
      'english as a first language': 'good spoken and written English',
      'english as your first language': 'good spoken and written English',
      'english as their first language': 'good spoken and written English',
      'english as first language': 'good spoken and written English',
      'english first language': 'good spoken and written English',
      'first language english': 'good spoken and written English',
      'mother tongue': 'fluent',
      'native welsh speaker': 'fluent Welsh speaker',
      'native welsh': 'fluent Welsh',
    }),
  },
  {
    phrases: ['no strong accent', 'no accent', 'without an accent', 'without a strong accent', 'neutral accent', 'clear english accent', 'no regional accent', 'no foreign accent', 'strong accents'],
    group: 'nationality',
    says: 'judges people by their accent, which is tied to where they come from',
    instead: 'Say what people need to do (for example “explain things clearly to patients, face to face and on the phone”)',
    rewrite: (_actual, phrase) => (phrase === 'strong accents' ? keep('speech that patients find hard to understand') : noArticle('clear spoken English')),
  },
  {
    phrases: [
      'british citizens only', 'british nationals only', 'must be a british citizen', 'must be british', 'must be a british national',
      'uk nationals only', 'uk national only', 'must be a uk national', 'uk passport holders only', 'uk passport holder only',
      'must hold a uk passport', 'must hold a british passport', 'must have a british passport', 'must have a uk passport',
      'eu nationals only', 'british passport holders only',
    ],
    group: 'nationality',
    says: 'asks for a nationality, but the job needs only the right to work, which many other people have',
    instead: '“You must have the right to work in the UK. We check this for everyone we offer a job.”',
    rewrite: (_actual, phrase) => keep(phrase.startsWith('must') ? 'must have the right to work in the UK' : 'people with the right to work in the UK'),
  },
  {
    phrases: ['uk residents only', 'uk resident only', 'must have lived in the uk', 'must be resident in the uk for'],
    group: 'nationality',
    says: 'shuts out people who came to the UK recently',
    severity: 'warning',
    instead: 'Remove it, or give the legal reason (such as a security vetting rule)',
    rewrite: (actual, phrase) => (phrase.endsWith('only') ? keep(`${actual}, because [give the legal reason, such as security vetting]`) : undefined),
  },
  {
    phrases: [
      'uk qualifications only', 'uk qualification only', 'uk qualified only', 'uk trained only', 'must have uk qualifications',
      'must have a uk qualification', 'must be uk qualified', 'must be uk trained', 'uk degree only', 'uk degree essential',
      'uk qualifications essential', 'uk qualifications required', 'uk qualification essential', 'uk qualification required',
    ],
    group: 'nationality',
    says: 'shuts out people with qualifications from abroad, which can be compared with UK ones',
    severity: 'warning',
    instead: '“A [level] qualification, or an overseas qualification at the same level (UK ENIC can compare it)”',
    rewrite: (_actual, phrase) => {
      if (phrase.startsWith('must be')) return keep('must be qualified to [level], in the UK or abroad');
      const what = 'a [level] qualification from the UK, or one from abroad at the same level';
      return phrase.startsWith('must have') ? keep(`must have ${what}`) : noArticle(what);
    },
  },
  {
    phrases: ['uk experience essential', 'uk experience required', 'uk experience only', 'must have uk experience', 'uk work experience essential', 'uk work experience required'],
    group: 'nationality',
    says: 'shuts out people whose experience is from abroad',
    severity: 'warning',
    instead: '“Experience of [task] in a health or care setting, in the UK or elsewhere”',
    rewrite: (_actual, phrase) => keep(`${phrase.startsWith('must have') ? 'must have ' : ''}experience of [task] in health or care, in the UK or elsewhere`),
  },
  {
    phrases: ['no asylum seekers', 'asylum seekers cannot apply', 'asylum seekers need not apply', 'asylum seekers will not be considered', 'not open to asylum seekers'],
    group: 'nationality',
    says: 'is wrong for people seeking asylum who have permission to work',
    severity: 'warning',
    instead: '“You must have the right to work in the UK. This includes people with refugee status and people seeking asylum who have permission to work.”',
    rewrite: () => keep('you must have the right to work in the UK, which includes people seeking asylum who have permission to work'),
  },
  {
    phrases: ['must have a national insurance number', 'must have an ni number', 'must have a national insurance no'],
    group: 'nationality',
    says: 'is not how the right to work is checked, and new arrivals often wait weeks for a number',
    severity: 'info',
    instead: '“You will need to show that you have the right to work in the UK before you start.”',
    rewrite: () => keep('must be able to show that you have the right to work in the UK before you start'),
  },
  // Disability and health (EXC-010 to EXC-017)
  {
    phrases: ['able bodied', 'ablebodied'],
    group: 'disability',
    says: 'shuts out disabled people',
    instead: 'Describe the tasks (for example “helping people move, using hoists and other equipment”); disabled people can judge whether they can do them, with adjustments',
    rewrite: () => noArticle(`able to ${physicalTasks}, ${withAdjustments}`),
  },
  {
    phrases: [
      'physically fit', 'fit and healthy', 'fit and well', 'in good health', 'good physical health', 'excellent health', 'perfect health',
      'good physical fitness', 'good state of health', 'good general health', 'physically able', 'physically strong', 'good health record',
    ],
    group: 'disability',
    says: 'is a blanket health demand that shuts out disabled people and people with long-term conditions',
    instead: 'Describe the tasks instead (for example “the job includes helping people move, using hoists; we give you training”), and offer adjustments',
    rewrite: (_actual, phrase) =>
      /^(?:physically|fit|in good)/.test(phrase) ? keep(`able to ${physicalTasks}, ${withAdjustments}`) : noArticle(`the ability to ${physicalTasks}, ${withAdjustments}`),
    unlessPrecededBy: ['promote', 'promoting', 'maintain', 'maintaining', 'their', 'patients', 'people', 'residents', 'support', 'keep', 'keeping', 'stay', 'staying', 'them'],
  },
  {
    phrases: ['no history of', 'no previous history of', 'no past history of'],
    group: 'disability',
    says: 'asks about health before a job offer, which the Equality Act 2010 (section 60) does not allow',
    instead: 'Ask only whether people need adjustments to apply or to be interviewed; health checks come after a job offer',
    needsFollowing: ['mental', 'illness', 'ill', 'back', 'health', 'sickness', 'disease', 'injury', 'injuries', 'condition', 'conditions', 'depression', 'anxiety', 'epilepsy', 'seizures', 'medical', 'absence', 'self', 'psychiatric'],
  },
  {
    phrases: [
      'must be able to stand', 'must be able to stand for long periods', 'able to stand for long periods', 'stand for long periods',
      'standing for long periods', 'must be able to walk', 'must be able to bend', 'must be able to carry', 'must be able to climb',
      'must be able to lift', 'must be able to kneel', 'heavy lifting', 'must be able to walk long distances',
    ],
    group: 'disability',
    says: 'may shut out disabled people: is it essential, and could adjustments or equipment help?',
    severity: 'warning',
    instead: 'Say what the task is and how often, and offer adjustments (for example “the job includes helping people move, using hoists; tell us if you need adjustments”)',
    rewrite: (_actual, phrase) => {
      if (phrase === 'heavy lifting') return keep('lifting [what, how heavy and how often], with equipment');
      const verb = /\b(stand|walk|bend|kneel|carry|lift|climb)(?:ing)?\b/.exec(phrase)?.[1] ?? 'stand';
      const [ing, what] = physicalDetail[verb]!;
      const detail = `${phrase.startsWith('standing') ? ing : verb} [${what}]`;
      if (phrase.startsWith('must be able to')) return keep(`the job includes ${ing} [${what}]; tell us if you need adjustments`);
      if (phrase.startsWith('able to')) return keep(`able to ${detail}, ${withAdjustments}`);
      return keep(detail);
    },
    unlessSentence: /\b(?:adjustments?|equipment|hoists?|with support|support you|aids|training)\b/i,
    unlessFollowedBy: ['out'],
    unlessPrecededBy: ['no', 'without', 'not'],
  },
  {
    phrases: [
      'no disabled', 'not suitable for wheelchair users', 'unsuitable for wheelchair users', 'not suitable for disabled people',
      'not suitable for people with disabilities', 'not suitable for disabled applicants', 'unsuitable for disabled people',
    ],
    group: 'disability',
    says: 'turns disabled people away without asking what they need',
    instead: 'State the facts (for example “our office is on the first floor and has no lift”) and offer adjustments',
    rewrite: () => keep('[say what the building or the work is like, such as “the office is on the first floor and has no lift”]; tell us what adjustments you need'),
  },
  {
    phrases: [
      'declare any medical conditions', 'declare any health conditions', 'list any medical conditions', 'list any health conditions',
      'state any medical conditions', 'state any health conditions', 'disclose any medical conditions', 'disclose any health conditions',
      'days off sick', 'sickness record', 'sickness absence record', 'how many days sick', 'sickness absence in the last',
    ],
    group: 'disability',
    says: 'asks about health before a job offer, which the Equality Act 2010 (section 60) does not allow',
    instead: '“Tell us if you need any adjustments to apply or for your interview.”',
    rewrite: (_actual, phrase) => (/conditions$/.test(phrase) ? keep('tell us about any adjustments you need to apply or for your interview') : undefined),
  },
  {
    phrases: ['clear speaking voice', 'good hearing', 'perfect hearing', 'good eyesight', 'perfect eyesight', 'excellent eyesight', 'excellent hearing', 'perfect vision'],
    group: 'disability',
    says: 'shuts out Deaf and disabled people, and people who stammer, who could do the work in other ways',
    instead: 'Describe the task (for example “give clear information to patients by phone; we can provide equipment or adjustments”)',
    rewrite: (_actual, phrase) => {
      if (phrase === 'clear speaking voice') return noArticle('the ability to explain things clearly, face to face or by phone');
      const task = /hearing/.test(phrase) ? '[take phone calls]' : '[read handwritten notes]';
      return noArticle(`the ability to ${task}, with equipment or adjustments if you need them`);
    },
  },
  // Caring responsibilities and flexible working (EXC-027, EXC-030 to EXC-033)
  {
    phrases: [
      'no gaps in employment', 'no gaps in your employment', 'no gaps in employment history', 'no gaps in your employment history',
      'no gaps in your cv', 'no gaps in your career', 'no gaps in your work history', 'no career gaps', 'no employment gaps',
      'continuous employment history', 'unbroken employment', 'unbroken employment history', 'unbroken career', 'unbroken work history',
      'continuous work history',
    ],
    group: 'caring',
    says: 'shuts out carers, parents, disabled people and migrants who have gaps in their work history',
    instead: '“Tell us about any gaps in your work history if you want to. Gaps will not count against you.”',
    rewrite: () => keep('tell us about any gaps in your work history if you want to; gaps will not count against you'),
  },
  {
    phrases: ['full time only', 'no part time', 'not suitable for part time', 'not suitable for job share', 'not suitable for a job share', 'no job shares', 'no job share', 'no flexible working'],
    group: 'caring',
    says: 'rules out part-time and job-share applicants before you have talked to them',
    severity: 'warning',
    instead: '“This job is full time (37.5 hours a week), but we are happy to talk about part-time hours or a job share.”',
    rewrite: (_actual, phrase) => {
      if (phrase === 'full time only') return keep('full time (we are happy to talk about part-time hours or a job share)');
      if (phrase === 'no flexible working') return keep('happy to talk about flexible working');
      if (phrase.startsWith('not suitable')) return keep('open to part-time hours or a job share, if we can agree them');
      return keep('happy to talk about part-time hours or a job share');
    },
  },
  {
    phrases: [
      'available at short notice', 'available at very short notice', 'available at all times', 'available 24 7', 'available 24/7', 'full flexibility required',
      'full flexibility essential', 'total flexibility', 'available any time', 'available anytime',
      'must be available for any shift', 'available for any shift', 'available to work any shift',
    ],
    group: 'caring',
    says: 'asks for open-ended availability that carers and parents cannot promise',
    severity: 'warning',
    demand: true,
    instead: 'Say when the shifts are (for example “shifts are between 7am and 10pm; we agree a pattern with you”)',
    rewrite: (_actual, phrase) => {
      if (/flexibility/.test(phrase)) return keep(shifts);
      return keep(`${phrase.startsWith('must be') ? 'must be ' : ''}able to work ${shifts}`);
    },
  },
  {
    phrases: ['no childcare responsibilities', 'no caring responsibilities', 'no dependants', 'no dependents', 'must not have childcare', 'must not have caring responsibilities', 'free from childcare', 'no family commitments'],
    group: 'caring',
    says: 'asks about family life, which has nothing to do with the job and can be sex discrimination',
    instead: 'Remove it; say what the hours are instead',
    rewrite: (_actual, phrase) => keep(phrase.startsWith('must not') ? 'must be able to work [the hours of the job]' : 'able to work [the hours of the job]'),
  },
  // Driving (EXC-012)
  {
    phrases: [
      'clean driving licence', 'full clean driving licence', 'full driving licence', 'full uk driving licence', 'full uk licence',
      'clean licence', 'full clean licence', 'valid driving licence', 'driving licence essential', 'driving licence is essential',
      'drivers licence', "driver's licence", 'full drivers licence', "full driver's licence", 'must drive', 'must be a driver',
      'must be a car driver', 'car owner', 'own car', 'own vehicle', 'own transport', 'use of a car', 'use of own car',
      'access to a car', 'access to a vehicle', 'car essential', 'car is essential', 'driver essential',
    ],
    group: 'driving',
    says: 'may shut out disabled people and people without a car: is driving essential?',
    severity: 'warning',
    instead: 'If driving is essential, say why (for example “you will visit people in their own homes across [area]”); if not, say how else people can travel',
    rewrite: (actual) => keep(`${actual}, because you will [visit people in their own homes across the area]`),
    unlessSentence:
      /\b(?:or (?:the )?ability to travel|or (?:access to|means of) (?:suitable )?(?:public )?transport|other (?:ways|means) of (?:travel|transport)|ability to travel|unless|disabilit|adjustments?|access to work|travel(?:ling)? between|to travel|to visit|home visits|visiting|across the (?:county|area|region|city|locality|patch|borough|district|trust)|between (?:sites|clinics|bases|hospitals|surgeries)|desirable|preferable|preferred|advantage|useful|helpful|not essential|interview|parking|bring|passport|identity|proof of)\b/i,
    oncePerSentence: true,
  },
  // Sex (EXC-032, EXC-037, EXC-039)
  {
    phrases: [
      'male nurse', 'male nurses', 'female nurse', 'female nurses', 'female carer', 'female carers', 'male carer', 'male carers',
      'girl friday', 'saturday boy', 'saturday girl', 'tea lady', 'tea ladies', 'would suit a mum', 'would suit mums', 'would suit a mother',
      'would suit mothers', 'would suit a housewife', 'would suit housewives',
    ],
    group: 'sex',
    says: 'assumes the sex of the person doing the job',
    instead: 'Use the job title alone (“nurse”, “care worker”), or say what the hours are',
    rewrite: (_actual, phrase) => {
      const titles: Readonly<Record<string, string>> = {
        'girl friday': 'office assistant', 'saturday boy': 'Saturday assistant', 'saturday girl': 'Saturday assistant',
        'tea lady': 'catering assistant', 'tea ladies': 'catering assistants',
      };
      if (titles[phrase]) return keep(titles[phrase]);
      if (phrase.startsWith('would suit')) return keep('would suit someone looking for [school-hours or part-time] work');
      return keep(phrase.replace(/^(?:male|female) /, ''));
    },
  },
  {
    phrases: [
      'female only', 'male only', 'females only', 'males only', 'women only', 'men only', 'female applicants only', 'male applicants only',
      'female candidates only', 'male candidates only', 'female staff only', 'male staff only', 'open to women only', 'open to men only',
    ],
    group: 'sex',
    says: 'limits the job to one sex without saying why',
    instead:
      'If the law allows it, say so and why: “Because this job involves intimate personal care for women, the Equality Act 2010 allows us to ask for female applicants only.”',
    unlessFollowedBy: [
      'unit', 'units', 'ward', 'wards', 'service', 'services', 'team', 'environment', 'setting', 'settings', 'bay', 'bays', 'accommodation',
      'facility', 'facilities', 'home', 'homes', 'hospital', 'prison', 'clinic', 'clinics', 'area', 'areas', 'group', 'groups', 'session',
      'sessions', 'floor', 'house', 'residence', 'patients', 'inpatient', 'inpatients', 'rehabilitation', 'secure', 'forensic', 'psychiatric',
      'mental', 'acute', 'low', 'medium', 'long', 'residential', 'hostel', 'refuge',
    ],
    unlessSentence: /\b(?:equality act|schedule 9|occupational requirement|intimate|personal care|because|due to|so that)\b/i,
    rewrite: (actual) => keep(`${actual}, which the Equality Act 2010 allows because [the job involves intimate personal care]`),
  },
  // Culture, slang and figures of speech (EXC-025, EXC-060)
  {
    phrases: ['rockstar', 'rockstars', 'rock star', 'rock stars', 'ninja', 'ninjas', 'superstar', 'superstars', 'jedi'],
    group: 'culture',
    says: 'is slang that puts many people off and confuses people who read literally',
    severity: 'warning',
    instead: 'Say what skills the job needs',
    rewrite: (_actual, phrase) => keep(/s$/.test(phrase) ? 'skilled [job titles]' : 'skilled [job title]'),
  },
  {
    phrases: ['work hard play hard', 'work hard and play hard', 'work hard party hard'],
    group: 'culture',
    says: 'suggests a culture of after-work socialising that carers, disabled people and people who do not drink may not share',
    severity: 'warning',
    instead: 'Say what the team does together, and when (for example “a team lunch once a month”)',
    rewrite: () => keep('work hard and enjoy [a team lunch once a month]'),
  },
  {
    phrases: [
      'culture fit', 'cultural fit', 'fit our culture', 'fit in with the team', 'fit in with our team', 'fit in with the rest of the team',
      'fit in with us', 'fit in with our culture', 'fit into our team', 'fit into the team', 'fit in well with', 'fit the team',
    ],
    group: 'culture',
    says: 'invites judging people by how like the team they are',
    severity: 'warning',
    instead: 'Name the values you need (for example “kind, respectful and works well with others”)',
    rewrite: (_actual, phrase) => {
      if (phrase === 'fit in well with') return keep('work well with');
      if (phrase.endsWith('fit')) return keep('match for our values ([kind, respectful and good at working with others])');
      return keep('share our values ([kindness, respect and working well with others])');
    },
  },
  {
    phrases: ['hit the ground running', 'thick skin', 'thick skinned', 'wear many hats', 'think outside the box', 'thinking outside the box'],
    group: 'culture',
    says: 'is a figure of speech that people who read literally, and people reading English as an additional language, may not follow',
    severity: 'warning',
    instead: 'Say it plainly (for example “you will start seeing patients in your first week”)',
    rewrite: byPhrase({
      'hit the ground running': 'start [seeing patients] in your first week',
      'thick skin': 'way of staying calm when people are upset or angry',
      'thick skinned': 'calm when people are upset or angry',
      'wear many hats': 'do several different jobs',
      'think outside the box': 'find new ways of doing things',
      'thinking outside the box': 'finding new ways of doing things',
    }),
  },
  // Convictions (EXC-043)
  {
    phrases: [
      'no criminal record', 'clean criminal record', 'clean record', 'no convictions', 'no previous convictions', 'no criminal convictions',
      'must not have any convictions', 'must not have a criminal record', 'must have no convictions', 'must have no criminal record',
    ],
    group: 'convictions',
    says: 'shuts out people with old or minor convictions who could lawfully do the job',
    severity: 'warning',
    instead: '“This job needs an enhanced DBS check. Having a criminal record will not necessarily stop you getting the job.”',
    rewrite: (_actual, phrase) => (phrase.startsWith('must') ? keep(`will need ${dbs}`) : noArticle(dbs)),
  },
];

const ageLawful = /\b(?:kickstart|scheme|legal|law|licen[cs]e|insurance|apprentice\w*|eligib\w*)\b/i;

/** A reason or a welcome that makes a recency demand fair: returners are named. */
const returnersWelcome = /\breturn(?:ing|ers?)\b|\bcareer break\b|\bor equivalent\b/i;

export const patternTerms: readonly PatternTerm[] = [
  {
    // “recent relevant experience”, “recent post graduate experience”: the last years only.
    pattern: /\brecent\s{1,3}(?:(?:and\s{1,3})?(?:relevant|post[- ]?graduate|post[- ]?registration|clinical|acute|nursing|NHS|UK|practical|previous)\s{1,3}){0,2}experience\b/gi,
    group: 'experience',
    says: 'asks for recent experience, which shuts out people returning after a break',
    severity: 'warning',
    instead: 'Say what experience the job needs, and that people returning to work are welcome',
    unlessSentence: returnersWelcome,
    rewrite: (actual) => keep(actual.replace(/^recent\s+/i, '')),
  },
  {
    // “6 months NHS experience”, “NHS experience essential”: not equal experience elsewhere.
    pattern: /\b(?:(?:at least|minimum of|a minimum of)\s{1,3})?\d{1,2}\s{1,3}(?:months?|years?)['’]?\s{1,3}(?:of\s{1,3})?(?:post[- ]registration\s{1,3})?(?:NHS|UK)\s{1,3}experience\b|\b(?:NHS|UK)\s{1,3}experience\s{1,3}(?:is\s{1,3})?(?:essential|required)\b/gi,
    group: 'experience',
    says: 'asks for experience in the NHS or the UK only, which shuts out equal experience gained elsewhere',
    severity: 'warning',
    instead: 'Accept equal experience: “… experience in the NHS or a similar health or care setting, in the UK or abroad”',
    unlessSentence: /\bor equivalent\b|\bor similar\b|\belsewhere\b|\bor (?:private|independent|social care)\b/i,
  },
  {
    pattern: /\baged?\s{1,3}(?:between\s{1,3})?\d{2}\s{0,3}(?:-|–|to|and)\s{0,3}\d{2}\b/gi,
    group: 'age',
    says: 'is an age limit, which is unlawful unless it can be objectively justified',
    instead: 'Remove it, or give the legal reason (for example a minimum age set by law)',
    unlessSentence: ageLawful,
  },
  {
    pattern: /\bbetween the ages of\s{1,3}\d{2}\s{1,3}and\s{1,3}\d{2}\b/gi,
    group: 'age',
    says: 'is an age limit, which is unlawful unless it can be objectively justified',
    instead: 'Remove it, or give the legal reason (for example a minimum age set by law)',
    unlessSentence: ageLawful,
  },
  {
    pattern: /\b(?:under|over)[- ]?\d{2}s?\s{1,3}(?:only|need not apply|preferred)\b/gi,
    group: 'age',
    says: 'is an age limit, which is unlawful unless it can be objectively justified',
    instead: 'Remove it, or give the legal reason (for example a minimum age set by law)',
    unlessSentence: ageLawful,
  },
  {
    pattern: /\b\d{2}s?\s{1,3}need not apply\b/gi,
    group: 'age',
    says: 'is an age limit, which is unlawful unless it can be objectively justified',
    instead: 'Remove it',
  },
  {
    pattern: /\b(?:no more than|not more than|a maximum of|maximum of)\s{1,3}\d{1,2}\s{1,3}years['’]?\s{1,3}(?:of\s{1,3})?(?:experience|post[- ]qualification)\b/gi,
    group: 'age',
    says: 'caps experience, which shuts out older applicants',
    severity: 'warning',
    instead: 'Say what experience the job needs, not how little',
    rewrite: () => keep('experience of [what the job needs]'),
  },
];

/** Words that, following a quality, show it describes the person wanted. */
export const personWords: ReadonlySet<string> = new Set([
  'individual', 'individuals', 'person', 'persons', 'candidate', 'candidates', 'applicant', 'applicants', 'professional', 'professionals',
  'practitioner', 'practitioners', 'nurse', 'nurses', 'worker', 'workers', 'carer', 'carers', 'assistant', 'assistants', 'colleague',
  'colleagues', 'member', 'members', 'player', 'players', 'starter', 'starters', 'graduate', 'graduates', 'recruit', 'recruits', 'leader',
  'leaders', 'manager', 'managers', 'therapist', 'therapists', 'clinician', 'clinicians', 'doctor', 'doctors', 'midwife', 'midwives',
  'physiotherapist', 'physiotherapists', 'pharmacist', 'pharmacists', 'people', 'personality', 'personalities', 'self', 'addition',
]);

/** Words shortly before a requirement that make it a demand on the applicant. */
export const demandWords: ReadonlySet<string> = new Set([
  'you', 'must', 'need', 'needs', 'required', 'expected', 'able', 'willing', 'candidates', 'applicants', 'candidate', 'applicant',
  'postholder', 'holder', 'should', 'essential',
]);

/** Words before a quality that show it describes the person (“you are energetic”, “be dynamic”). */
export const personVerbs: ReadonlySet<string> = new Set(['are', 'be', 'being', "you're", 'am']);
