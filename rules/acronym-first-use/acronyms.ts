/**
 * Abbreviations widen can spell out, and the ones it leaves alone.
 * Sources: RULES-SOURCES.md PLN-001 and §1a (NHS digital service manual [S1][S4], NMC codes [S52],
 * regulators' own names); other entries are the bodies' and qualifications' own names.
 */

export interface Acronym {
  /** The words in full, as they would appear before “(ABC)”; lower case unless a name. */
  expansion: string;
  /** Plural of the expansion, when adding “s” to the last word is wrong. */
  plural?: string;
  /** Other meanings: the suggestion is then not safe to apply automatically. */
  alternatives?: readonly string[];
  /** Plain words to use instead of the abbreviation altogether (“SMS” → “text message”). */
  plain?: string;
}

export const acronyms: Readonly<Record<string, Acronym>> = {
  // Teams, roles and registrations (JRG-005 to JRG-010).
  MDT: { expansion: 'multidisciplinary team' },
  AHP: { expansion: 'allied health professional' },
  HCA: { expansion: 'healthcare assistant' },
  HCSW: { expansion: 'healthcare support worker' },
  SHCSW: { expansion: 'senior healthcare support worker' },
  RGN: { expansion: 'registered general nurse' },
  RN: { expansion: 'registered nurse' },
  RNA: { expansion: 'registered nurse (adult)', plural: 'registered nurses (adult)' },
  RMN: { expansion: 'registered mental health nurse' },
  RNMH: { expansion: 'registered nurse (mental health)', plural: 'registered nurses (mental health)' },
  RNLD: { expansion: 'registered learning disability nurse' },
  RNC: { expansion: 'registered children’s nurse' },
  RSCN: { expansion: 'registered sick children’s nurse' },
  ANP: { expansion: 'advanced nurse practitioner' },
  ACP: { expansion: 'advanced clinical practitioner' },
  NMC: { expansion: 'Nursing and Midwifery Council' },
  HCPC: { expansion: 'Health and Care Professions Council' },
  GMC: { expansion: 'General Medical Council' },
  GPhC: { expansion: 'General Pharmaceutical Council' },
  GDC: { expansion: 'General Dental Council' },
  SWE: { expansion: 'Social Work England' },
  RCN: { expansion: 'Royal College of Nursing' },
  CQC: { expansion: 'Care Quality Commission' },
  DBS: { expansion: 'Disclosure and Barring Service' },
  ICS: { expansion: 'integrated care system' },
  ICB: { expansion: 'integrated care board' },
  ICP: { expansion: 'integrated care partnership' },
  PCN: { expansion: 'primary care network' },
  CPD: { expansion: 'continuing professional development' },
  NVQ: { expansion: 'National Vocational Qualification' },
  QCF: { expansion: 'Qualifications and Credit Framework' },
  RQF: { expansion: 'Regulated Qualifications Framework' },
  OSCE: { expansion: 'practical exam' },
  CBT: { expansion: 'cognitive behavioural therapy', alternatives: ['computer-based test'] },
  ToC: { expansion: 'Test of Competence' },
  IELTS: { expansion: 'English language test' },
  OET: { expansion: 'Occupational English Test' },
  CoS: { expansion: 'certificate of sponsorship', plural: 'certificates of sponsorship' },
  AtW: { expansion: 'Access to Work' },
  EDI: { expansion: 'equality, diversity and inclusion' },
  'ED&I': { expansion: 'equality, diversity and inclusion' },
  'D&I': { expansion: 'diversity and inclusion' },
  STTR: { expansion: 'speech-to-text reporter' },
  NRCPD: { expansion: 'National Registers of Communication Professionals working with Deaf and Deafblind People' },
  BSL: { expansion: 'British Sign Language' },
  PPE: { expansion: 'personal protective equipment' },
  OH: { expansion: 'occupational health' },
  'M&H': { expansion: 'moving and handling' },
  SMS: { expansion: 'text message', plain: 'text message' },
  CAMHS: { expansion: 'children and young people’s mental health services', plural: 'children and young people’s mental health services' },
  CMHT: { expansion: 'community mental health team' },
  IAPT: { expansion: 'NHS Talking Therapies' },
  ED: { expansion: 'emergency department', alternatives: ['eating disorders'] },
  ICU: { expansion: 'intensive care unit' },
  ITU: { expansion: 'intensive therapy unit' },
  HDU: { expansion: 'high dependency unit' },
  PICU: { expansion: 'psychiatric intensive care unit' },
  OT: { expansion: 'occupational therapist', alternatives: ['occupational therapy'] },
  SLT: { expansion: 'speech and language therapist', alternatives: ['speech and language therapy'] },
  SALT: { expansion: 'speech and language therapist', alternatives: ['speech and language therapy'] },
  LD: { expansion: 'learning disability', plural: 'learning disabilities' },
  MH: { expansion: 'mental health' },
  CCT: { expansion: 'Certificate of Completion of Training' },
  NICE: { expansion: 'National Institute for Health and Care Excellence' },
  NHSE: { expansion: 'NHS England' },
  HEE: { expansion: 'Health Education England' },
  ESR: { expansion: 'Electronic Staff Record' },
  EPR: { expansion: 'electronic patient record' },
  IPC: { expansion: 'infection prevention and control' },
  FTC: { expansion: 'fixed-term contract' },
  JD: { expansion: 'job description' },
  PMVA: { expansion: 'prevention and management of violence and aggression' },
  PBS: { expansion: 'positive behaviour support' },
  ASD: { expansion: 'autism spectrum disorder', alternatives: ['autism'] },
  ADHD: { expansion: 'attention deficit hyperactivity disorder' },
  COPD: { expansion: 'chronic obstructive pulmonary disease' },
  ASAP: { expansion: 'as soon as possible', plain: 'as soon as possible' },
  TBC: { expansion: 'to be confirmed', plain: 'to be confirmed' },
  OOH: { expansion: 'out of hours' },
};

/**
 * Known to nearly everyone, so never reported. The NHS manual allows UK, NHS, GP, A&E, CT, MRI,
 * DNA, OK and ID without spelling them out [S1][S4]; the rest are everyday abbreviations.
 */
export const allowed: ReadonlySet<string> = new Set([
  'NHS', 'UK', 'GP', 'A&E', 'ID', 'OK', 'CT', 'MRI', 'DNA',
  'CV', 'IT', 'HR', 'EU', 'USA', 'US', 'COVID', 'PDF', 'FAQ', 'FAQs', 'TV', 'BBC', 'CEO', 'AM', 'PM', 'MP', 'PIN',
  'GMT', 'BST', 'Q&A', 'ATM', 'ITV', 'DIY', 'PC', 'USB', 'WiFi', 'PE', 'MBE', 'OBE',
  // Units and sizes.
  'KB', 'MB', 'GB', 'TB', 'KM', 'KG', 'MPH', 'XL', 'XXL',
]);
