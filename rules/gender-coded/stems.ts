/**
 * Gender-coded word stems from Gaucher, Friesen & Kay (2011), as Gender Decoder lists them
 * (lovedaybrooke/gender-decoder, MIT, app/wordlists.py at 73724e6b). A word is coded when it
 * starts with a stem. Source: RULES-SOURCES.md §3 [S18][S19].
 */
export const feminineStems: readonly string[] = [
  'agree', 'affectionate', 'child', 'cheer', 'collab', 'commit', 'communal', 'compassion', 'connect',
  'considerate', 'cooperat', 'co-operat', 'depend', 'emotiona', 'empath', 'feel', 'flatterable', 'gentle',
  'honest', 'interpersonal', 'interdependen', 'interpersona', 'inter-personal', 'inter-dependen',
  'inter-persona', 'kind', 'kinship', 'loyal', 'modesty', 'nag', 'nurtur', 'pleasant', 'polite', 'quiet',
  'respon', 'sensitiv', 'submissive', 'support', 'sympath', 'tender', 'together', 'trust', 'understand',
  'warm', 'whin', 'enthusias', 'inclusive', 'yield', 'share', 'sharin',
];

export const masculineStems: readonly string[] = [
  'active', 'adventurous', 'aggress', 'ambitio', 'analy', 'assert', 'athlet', 'autonom', 'battle', 'boast',
  'challeng', 'champion', 'compet', 'confident', 'courag', 'decid', 'decision', 'decisive', 'defend',
  'determin', 'domina', 'dominant', 'driven', 'fearless', 'fight', 'force', 'greedy', 'head-strong',
  'headstrong', 'hierarch', 'hostil', 'impulsive', 'independen', 'individual', 'intellect', 'lead', 'logic',
  'objective', 'opinion', 'outspoken', 'persist', 'principle', 'reckless', 'self-confiden', 'self-relian',
  'self-sufficien', 'selfconfiden', 'selfrelian', 'selfsufficien', 'stubborn', 'superior', 'unreasonab',
];

/** Gender Decoder's own exception: words that start with a stem but are not coded. */
export const notCoded: readonly string[] = ['sharepoint'];

/**
 * Where widen deliberately differs from Gender Decoder in health and social care text. Each entry
 * is a word (or word family) that starts with a stem but, in the stated context, names a job, an
 * organisation, the people cared for or a care method rather than a trait of the person wanted.
 * Capitalised names ("the Trust", "Clinical Lead", "Connect@HBS") are handled in the rule itself.
 */
export interface Exception {
  /** Words (exact, lower case) this exception covers. */
  words: readonly string[];
  /** The exception applies only when the previous word is one of these. */
  after?: readonly string[];
  /** … or only when the next word is one of these. */
  before?: readonly string[];
  why: string;
}

const roleNouns = [
  'worker', 'workers', 'assistant', 'assistants', 'staff', 'officer', 'officers', 'manager', 'managers',
  'coordinator', 'coordinators', 'co', 'practitioner', 'practitioners', 'role', 'roles', 'team', 'teams',
  'nurse', 'nurses', 'clinician', 'clinicians', 'pharmacist', 'therapist', 'therapists', 'physiotherapist',
  'midwife', 'psychologist', 'consultant', 'doctor', 'gp', 'professional', 'professionals', 'developer',
  'administrator', 'matron', 'analyst', 'secretary', 'for',
];

export const exceptions: readonly Exception[] = [
  {
    words: ['trust', 'trusts'],
    after: ['nhs', 'foundation', 'care', 'health', 'healthcare', 'partnership', 'partnerships', 'university', 'hospital', 'hospitals', 'teaching', 'community', 'ambulance', 'mental', 'the', 'our', 'this', 'whole', 'acute', 'across'],
    why: 'an NHS trust is an organisation, not a quality',
  },
  { words: ['trustwide'], why: 'an NHS trust is an organisation, not a quality' },
  { words: ['trust'], before: ['wide', 'values', 'policy', 'policies', 'board', 'headquarters', 'sites', 'site'], why: 'an NHS trust is an organisation, not a quality' },
  { words: ['support'], before: roleNouns, why: '“support worker” and “support staff” are job titles' },
  { words: ['lead'], before: roleNouns, why: '“lead nurse” and “lead practitioner” are job titles' },
  {
    words: ['lead', 'leads'],
    after: ['clinical', 'team', 'ward', 'service', 'practice', 'professional', 'nursing', 'shift', 'deputy', 'medical', 'operational', 'programme', 'project', 'site', 'unit', 'named', 'safeguarding', 'quality', 'education', 'training', 'governance', 'pharmacy', 'therapy', 'therapies', 'nurse', 'locality', 'specialty'],
    why: '“clinical lead” and “team lead” are job titles',
  },
  { words: ['analyst', 'analysts'], why: 'a job title' },
  { words: ['child', 'children', 'childhood', 'childcare'], why: 'in health and care, children are the people cared for' },
  { words: ['individual', 'individuals', 'individually', 'individualised', 'individualized'], why: 'the people cared for (“individual needs”), not individualism' },
  { words: ['competent', 'competence', 'competences', 'competency', 'competencies', 'competently'], why: 'about skill, not competition' },
  { words: ['competitive'], before: ['salary', 'salaries', 'pay', 'rates', 'rate', 'wage', 'wages', 'benefits', 'package', 'pension', 'remuneration', 'terms', 'enhanced'], why: 'describes the pay, not a competitive culture' },
  { words: ['competitive'], after: ['salary', 'pay', 'rates', 'rate', 'wage', 'wages', 'remuneration'], why: 'describes the pay, not a competitive culture' },
  { words: ['challenging'], before: ['behaviour', 'behaviours', 'behavior', 'behaviors'], why: '“challenging behaviour” is a clinical term for the people cared for' },
  { words: ['challenge', 'challenges'], after: ['that', 'which'], why: '“behaviour that challenges” is a clinical term for the people cared for' },
  { words: ['independence', 'independent'], after: ['their', 'maximise', 'maximising', 'maximize', 'promote', 'promoting', 'regain', 'regaining', 'maintain', 'maintaining', 'increase', 'increasing', 'greater', 'patients', 'people', 's'], why: 'the independence of the people cared for is the aim of the service' },
  { words: ['independent'], before: ['living', 'lives', 'life', 'sector', 'hospital', 'hospitals', 'provider', 'providers', 'mental', 'advocate', 'advocacy', 'prescriber', 'prescribing'], why: 'names a service, sector or qualification' },
  { words: ['confidential', 'confidentiality', 'confidentially'], why: 'about privacy, not confidence (Gender Decoder counts it)' },
  { words: ['active'], before: ['support'], why: '“active support” is a social care method' },
  {
    words: ['autonomous'],
    before: ['practitioner', 'practitioners', 'practice', 'prescriber', 'prescribers', 'prescribing', 'clinician', 'clinicians', 'professional', 'professionals'],
    why: 'an autonomous practitioner is a registered professional’s standing (working without supervision), not a trait',
  },
  {
    words: ['decision', 'decisions'],
    after: ['clinical', 'treatment', 'care', 'diagnostic', 'prescribing', 'discharge', 'interests', 'interest'],
    why: 'clinical and treatment decisions are the work itself, not decisiveness',
  },
  { words: ['determine', 'determines', 'determining'], why: 'the verb “determine” (find out, settle) is a task; the trait is “determined”, “determination”' },
];
