import type { Audience } from '../model/diagnostic.js';
import type { Doc } from '../model/document.js';

/**
 * Who an advert is for (`Audience`), as far as rules need to know:
 * - `registered`: people who must already hold a professional registration or qualification (a
 *   registered nurse, a physiotherapist, a consultant). Their regulator's name and their
 *   profession's words (NMC, HCPC, MDT, acute, safeguarding) are not jargon to them, and they are
 *   not told they need no experience.
 * - `experienced`: posts that ask for experience but no registration (a manager, an analyst, band 5
 *   and above): routes in are returners and "or equivalent", not "no experience needed".
 * - `new-entrant`: posts open to people new to health and care, the default.
 */

export interface AudienceReading {
  audience: Audience;
  /** The words that decided it, for people checking the reading (none for the default). */
  evidence?: string;
}

const regulator =
  /\b(?:NMC|HCPC|HPC|GMC|GPhC|GDC|GOC|SWE|Social Work England|General (?:Medical|Pharmaceutical|Dental|Optical) Council|Health (?:and Care )?Professions Council|Nursing (?:and|&) Midwifery Council)\b/;
/** Registered people: the applicant (“Registered Nurse”), unless the words around make them colleagues. */
const registeredPeople =
  /\bregistered (?:general |mental health |learning disability |children'?s |adult |sick children'?s |staff )?(?:nurse|midwife|paramedic|pharmacist|practitioner|nurses|midwives|paramedics|pharmacists|practitioners|clinical pharmacists|physiotherapist|occupational therapist|sonographer|dietitian|social worker)s?\b/i;
/** Registration asked of the applicant: “HCPC registration”, “registered with the GPhC”, “Registered Nurse”, “RMN”. */
const registrationAsked = [
  new RegExp(`${regulator.source}[^.;]{0,40}\\bregist|\\bregist\\w*[^.;]{0,40}${regulator.source}`),
  registeredPeople,
  /\b(?:RGN|RMN|RNLD|RNMH|RSCN|RNA)\b/,
  /\b(?:first level|full|current|professional) (?:NMC |HCPC |GMC |GPhC )?registration\b/i,
  /\b(?:GMC )?Specialist Register\b|\bon the GMC Register\b|\bCCT\b/,
];
/** Job titles that need a registration or a profession's degree. */
const registeredTitle =
  /\b(?:nurse|nurses|midwife|midwives|paramedic|paramedics|physiotherapist|physio|physios|physiotherapists|occupational therapist|speech and language therapist|radiographer|sonographer|pharmacist|pharmacists|pharmacy technician|dietitian|podiatrist|psychologist|psychiatrist|consultant|doctor|GP|GPs|surgeon|dentist|social worker|mental health practitioner|community psychiatric nurse|CPN|orthoptist|operating department practitioner|clinical lecturer|registrar|house officer)\b/i;
/** A title that is not the profession itself: “nursing assistant”, “nurse bank administrator”. */
const notRegisteredTitle = /\b(?:assistant|associate|support worker|administrator|co-?ordinator|receptionist|apprentice)\b/i;
/** People returning, or coming from another role, are welcomed: not a demand of registration. */
const lapsed = /\blapsed\b|\breturn(?:ing|ers?) to (?:practice|nursing)\b|\bwithout (?:a )?registration\b/i;
/** Registered staff the applicant works with, not a demand of the applicant: “support our registered nurses”. */
const othersRegistered = /\b(?:our|existing|other|supervised by|support|supporting|assist|assisting|alongside|under|with)\b(?:\s+\S+){0,3}\s*$/i;

const newEntrant = [
  /\bno (?:previous |prior |formal )?(?:experience|qualifications?) (?:is |are )?(?:needed|required|necessary)\b/i,
  /\b(?:full|paid|on-the-job) training (?:will be |is )?(?:given|provided|offered)\b/i,
  /\bwe will (?:train you|give you (?:full )?training)\b/i,
  /\bCare Certificate\b/,
  /\bapprentice(?:ship)? (?:role|post|position|programme)\b/i,
];
const entryTitle =
  /\b(?<!personal )(?:assistant|support worker|HCA|HCSW|domestic|porter|driver|receptionist|housekeeper|cleaner|catering|care navigator|apprentice|volunteer|carer|care worker|clerk|dispenser)\b/i;
const experiencedTitle = /\b(?:manager|lead|director|head of|analyst|officer|specialist|commissioner|consultant|adviser|advisor|personal assistant|co-?ordinator)\b/i;
const seniorBand = /\bband (?:[5-9]|8[a-d])\b/i;
const entryBand = /\bband [1-4]\b/i;

/**
 * Reads who an advert is for from its title (the first heading) and its sentences: registration
 * asked of the applicant first, then signs of a post open to new entrants, then signs of a post
 * that asks for experience. Linear in the document.
 */
export function detectAudience(doc: Doc): AudienceReading {
  const first = doc.blocks[0];
  const title = first && first.kind === 'heading' ? first.text.replace(/\s+/g, ' ').trim() : '';
  const sentences = doc.sentences().map((sentence) => doc.slice(sentence.start, sentence.end).replace(/\s+/g, ' '));
  for (const sentence of sentences) {
    if (lapsed.test(sentence)) continue;
    for (const pattern of registrationAsked) {
      const match = pattern.exec(sentence);
      if (!match) continue;
      if (pattern === registeredPeople && othersRegistered.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue;
      return { audience: 'registered', evidence: match[0] };
    }
  }
  const titled = registeredTitle.exec(title);
  if (titled && !notRegisteredTitle.test(title)) return { audience: 'registered', evidence: title };
  // Without a title (a description pasted alone), the body's first words about whom it seeks.
  const sought = sentences
    .slice(0, 12)
    .map((sentence) => /\b(?:looking for|looking to recruit|recruit|seeking|appoint|join us as|work as|calling all|opportunity (?:has arisen )?(?:[^.]{0,40} )?for)\b[^.]{0,60}/i.exec(sentence)?.[0])
    .filter((words): words is string => words !== undefined);
  const soughtRegistered = sought.find((words) => registeredTitle.test(words) && !notRegisteredTitle.test(words));
  if (soughtRegistered) return { audience: 'registered', evidence: soughtRegistered };
  for (const sentence of sentences) {
    for (const pattern of newEntrant) {
      const match = pattern.exec(sentence);
      if (match) return { audience: 'new-entrant', evidence: match[0] };
    }
  }
  // A senior word wins over an entry one: “Assistant Director”, “Volunteer Co-ordinator”.
  for (const words of [title, ...sought]) {
    if (experiencedTitle.test(words) || seniorBand.test(words)) return { audience: 'experienced', evidence: words };
    if (entryTitle.test(words) || entryBand.test(words)) return { audience: 'new-entrant', evidence: words };
  }
  for (const sentence of sentences) {
    const band = seniorBand.exec(sentence);
    if (band) return { audience: 'experienced', evidence: band[0] };
  }
  return { audience: 'new-entrant' };
}
