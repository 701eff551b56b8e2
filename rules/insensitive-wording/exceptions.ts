/**
 * retext-equality patterns widen does not report, each with the reason.
 * - `invalid` flags "disabled": NHS and UK disability guidance accept identity-first
 *   "disabled person" (the social model of disability), so it is not wrong here.
 * - `dads-moms`, `maternity-paternity`, `mom-dad`: maternity and perinatal services
 *   lawfully serve mothers; "maternity leave" is the legal name of the leave.
 * Source: NHS digital service manual, "Inclusive language" (RULES-SOURCES §2b);
 * gov.uk "Inclusive language: words to use and avoid when writing about disability".
 */
export const notRecruitmentPatterns: ReadonlySet<string> = new Set([
  'invalid',
  'dads-moms',
  'mom-dad',
  'maternity-paternity',
  'daughters-sons',
  'daughter-son',
  'brother-sister',
  'brothers-sisters',
  'husband-wife',
  'husbands-wives',
  'boyfriend-girlfriend',
  'grandfather-grandmother',
]);

/** Alternatives retext-equality offers that make no sense in a job advert. */
export const unhelpfulAlternatives: ReadonlySet<string> = new Set(['it', 'turned off', 'its']);
