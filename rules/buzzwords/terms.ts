/**
 * Recruitment clichés that say nothing a reader can act on (RULES-SOURCES.md §1b, “Recruitment
 * buzzwords”, from Agency Central [S68]). Figurative culture words such as “rockstar”, “ninja”,
 * “work hard, play hard” and “hit the ground running” belong to exclusionary-wording.
 */
export interface Buzzword {
  phrase: string;
  /** What the advert should say instead: the replacement for the flagged words, if one fits. */
  replace: string | null;
  advice: string;
}

export const buzzwords: readonly Buzzword[] = [
  { phrase: 'self starter', replace: 'someone who can plan their own work', advice: 'say what they will do on their own, such as planning their own visits' },
  { phrase: 'self starters', replace: 'people who can plan their own work', advice: 'say what they will do on their own, such as planning their own visits' },
  { phrase: 'a proven track record', replace: 'experience', advice: 'say what experience you need, and whether it can come from outside paid work' },
  { phrase: 'proven track record', replace: 'experience', advice: 'say what experience you need, and whether it can come from outside paid work' },
  { phrase: 'dynamic environment', replace: 'busy workplace', advice: 'say what the work is like, for example how many people you care for on a shift' },
  { phrase: 'fast paced environment', replace: 'busy workplace', advice: 'say what the work is like, for example how many people you care for on a shift' },
  { phrase: 'an exciting opportunity has arisen', replace: 'we have a job', advice: 'start with the job itself, for example “We are looking for a [job title] to …”' },
];
