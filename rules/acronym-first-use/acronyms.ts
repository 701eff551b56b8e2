import type { Audience } from '../../src/model/diagnostic.js';

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
  /** Readers who use it every day at work: not reported in adverts for them (see src/kit/audience.ts). */
  knownTo?: readonly Audience[];
  /**
   * The noun a level word leaves out (“an enhanced DBS” is an enhanced DBS check): added after the
   * brackets when one of `levels` comes before the abbreviation and no noun follows it.
   */
  check?: { noun: string; levels: readonly string[] };
}

const professionals = ['registered'] as const;
const staff = ['registered', 'experienced'] as const;

export const acronyms: Readonly<Record<string, Acronym>> = {
  // Teams, roles and registrations (JRG-005 to JRG-010).
  MDT: { expansion: 'multidisciplinary team', knownTo: professionals },
  AHP: { expansion: 'allied health professional', knownTo: professionals },
  HCA: { expansion: 'healthcare assistant', knownTo: professionals },
  HCSW: { expansion: 'healthcare support worker', knownTo: professionals },
  SHCSW: { expansion: 'senior healthcare support worker' },
  RGN: { expansion: 'registered general nurse', knownTo: professionals },
  RN: { expansion: 'registered nurse', knownTo: professionals },
  RNA: { expansion: 'registered nurse (adult)', plural: 'registered nurses (adult)', knownTo: professionals },
  RMN: { expansion: 'registered mental health nurse', knownTo: professionals },
  RNMH: { expansion: 'registered nurse (mental health)', plural: 'registered nurses (mental health)', knownTo: professionals },
  RNLD: { expansion: 'registered learning disability nurse', knownTo: professionals },
  RNC: { expansion: 'registered children’s nurse', knownTo: professionals },
  RSCN: { expansion: 'registered sick children’s nurse', knownTo: professionals },
  ANP: { expansion: 'advanced nurse practitioner' },
  ACP: { expansion: 'advanced clinical practitioner' },
  NMC: { expansion: 'Nursing and Midwifery Council', knownTo: professionals },
  HCPC: { expansion: 'Health and Care Professions Council', knownTo: professionals },
  GMC: { expansion: 'General Medical Council', knownTo: professionals },
  GPhC: { expansion: 'General Pharmaceutical Council', knownTo: professionals },
  GDC: { expansion: 'General Dental Council', knownTo: professionals },
  SWE: { expansion: 'Social Work England', knownTo: professionals },
  RCN: { expansion: 'Royal College of Nursing', knownTo: professionals },
  CQC: { expansion: 'Care Quality Commission', knownTo: staff },
  DBS: { expansion: 'Disclosure and Barring Service', knownTo: staff, check: { noun: 'check', levels: ['enhanced', 'basic', 'standard'] } },
  ICS: { expansion: 'integrated care system' },
  ICB: { expansion: 'integrated care board' },
  ICP: { expansion: 'integrated care partnership' },
  PCN: { expansion: 'primary care network' },
  CPD: { expansion: 'continuing professional development', knownTo: staff },
  NVQ: { expansion: 'National Vocational Qualification', knownTo: professionals },
  QCF: { expansion: 'Qualifications and Credit Framework' },
  RQF: { expansion: 'Regulated Qualifications Framework' },
  OSCE: { expansion: 'practical exam' },
  CBT: { expansion: 'cognitive behavioural therapy', alternatives: ['computer-based test'] },
  ToC: { expansion: 'Test of Competence' },
  IELTS: { expansion: 'English language test' },
  OET: { expansion: 'Occupational English Test' },
  CoS: { expansion: 'certificate of sponsorship', plural: 'certificates of sponsorship' },
  AtW: { expansion: 'Access to Work' },
  EDI: { expansion: 'equality, diversity and inclusion', knownTo: staff },
  'ED&I': { expansion: 'equality, diversity and inclusion', knownTo: staff },
  'D&I': { expansion: 'diversity and inclusion' },
  STTR: { expansion: 'speech-to-text reporter' },
  NRCPD: { expansion: 'National Registers of Communication Professionals working with Deaf and Deafblind People' },
  BSL: { expansion: 'British Sign Language' },
  PPE: { expansion: 'personal protective equipment', knownTo: professionals },
  OH: { expansion: 'occupational health' },
  'M&H': { expansion: 'moving and handling' },
  SMS: { expansion: 'text message', plain: 'text message' },
  CAMHS: { expansion: 'Child and Adolescent Mental Health Services', plural: 'Child and Adolescent Mental Health Services', knownTo: professionals },
  CMHT: { expansion: 'community mental health team', knownTo: professionals },
  IAPT: { expansion: 'NHS Talking Therapies' },
  ED: { expansion: 'emergency department', alternatives: ['eating disorders'], knownTo: professionals },
  ICU: { expansion: 'intensive care unit', knownTo: professionals },
  ITU: { expansion: 'intensive therapy unit', knownTo: professionals },
  HDU: { expansion: 'high dependency unit', knownTo: professionals },
  PICU: { expansion: 'psychiatric intensive care unit', knownTo: professionals },
  OT: { expansion: 'occupational therapist', alternatives: ['occupational therapy'], knownTo: professionals },
  SLT: { expansion: 'speech and language therapist', alternatives: ['speech and language therapy'], knownTo: professionals },
  SALT: { expansion: 'speech and language therapist', alternatives: ['speech and language therapy'], knownTo: professionals },
  LD: { expansion: 'learning disability', plural: 'learning disabilities' },
  MH: { expansion: 'mental health' },
  CCT: { expansion: 'Certificate of Completion of Training', knownTo: professionals },
  NICE: { expansion: 'National Institute for Health and Care Excellence', knownTo: professionals },
  NHSE: { expansion: 'NHS England' },
  HEE: { expansion: 'Health Education England' },
  ESR: { expansion: 'Electronic Staff Record', knownTo: staff },
  EPR: { expansion: 'electronic patient record' },
  IPC: { expansion: 'infection prevention and control', knownTo: professionals },
  FTC: { expansion: 'fixed-term contract' },
  JD: { expansion: 'job description', knownTo: staff },
  PMVA: { expansion: 'prevention and management of violence and aggression' },
  PBS: { expansion: 'positive behaviour support' },
  ASD: { expansion: 'autism spectrum disorder', alternatives: ['autism'] },
  ADHD: { expansion: 'attention deficit hyperactivity disorder' },
  COPD: { expansion: 'chronic obstructive pulmonary disease' },
  ASAP: { expansion: 'as soon as possible', plain: 'as soon as possible' },
  TBC: { expansion: 'to be confirmed', plain: 'to be confirmed' },
  OOH: { expansion: 'out of hours' },
  PALS: { expansion: 'Patient Advice and Liaison Service' },
  STP: { expansion: 'sustainability and transformation partnership' },
  ALS: { expansion: 'advanced life support' },
  ILS: { expansion: 'immediate life support' },
  BLS: { expansion: 'basic life support', knownTo: professionals },
  SPA: { expansion: 'supporting professional activities' },
  JAG: { expansion: 'Joint Advisory Group on GI Endoscopy' },
  NIHR: { expansion: 'National Institute for Health and Care Research', knownTo: professionals },
  HCAI: { expansion: 'healthcare-associated infection', knownTo: professionals },
};

/**
 * Known to nearly everyone, so never reported. The NHS manual allows UK, NHS, GP, A&E, CT, MRI,
 * DNA, OK and ID without spelling them out [S1][S4]; the rest are everyday abbreviations.
 */
export const allowed: ReadonlySet<string> = new Set([
  'NHS', 'UK', 'GP', 'A&E', 'ID', 'OK', 'CT', 'MRI', 'DNA',
  // Known to nearly every adult in the UK (an editor reading real adverts found spelling them out needless).
  'GCSE', 'GCSEs', 'ADHD', 'ENT', 'T&C', 'T&Cs', 'R&D', 'TBC',
  'CV', 'IT', 'HR', 'EU', 'USA', 'US', 'COVID', 'PDF', 'FAQ', 'FAQs', 'TV', 'BBC', 'CEO', 'AM', 'PM', 'MP', 'PIN',
  'GMT', 'BST', 'Q&A', 'ATM', 'ITV', 'DIY', 'PC', 'USB', 'WiFi', 'PE', 'MBE', 'OBE',
  // Units and sizes.
  'KB', 'MB', 'GB', 'TB', 'KM', 'KG', 'MPH', 'XL', 'XXL',
]);
