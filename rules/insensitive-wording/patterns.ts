/**
 * Which retext-equality patterns widen reports. retext-equality was written for American
 * English and for software documentation; many of its 425 patterns are wrong for UK health
 * and social care adverts (it flags “mental” in “mental health”, “midwife”, “mothers” in a
 * perinatal service, “Easy Read”, “master’s degree”, “fellow nurses”). So widen reports only
 * the patterns below, which name people at work, and says why it leaves out the rest.
 * Pattern ids are retext-equality's (see its rules.md).
 */
export const reportedPatterns: ReadonlySet<string> = new Set([
  // Gendered job titles and work words
  'aircrewwoman-airman', 'aircrewwomen-airmen', 'alderman-alderwoman', 'aldermen-alderwomen', 'assemblyman-assemblywoman',
  'authoress', 'aviatrix', 'poetess', 'bondsman-bondswoman', 'bondsmen-bondswomen', 'cameraman-camerawoman', 'cameramen-camerawomen',
  'cattleman-cattlewoman', 'cattlemen-cattlewomen', 'chairman-chairwoman', 'chairmen-chairwomen', 'chick-cop-policeman', 'churchman',
  'clergyman-clergywoman', 'clergymen-clergywomen', 'committee-man-committee-woman', 'congressman-congresswoman',
  'congressmen-congresswomen', 'councilman-councilwoman', 'councilmen-councilwomen', 'delivery-boy-delivery-girl', 'doorman-doorwoman',
  'doormen-doorwomen', 'fireman-firewoman', 'firemen-firewomen', 'fisherman-fisherwoman', 'fishermen-fisherwomen', 'foreman-forewoman',
  'foremen-forewomen',
  'garbageman-garbagewoman', 'garbagemen-garbagewomen', 'handyman-handywoman', 'handymen-handywomen', 'housemaid',
  'insurance-man-insurance-woman', 'insurance-men-insurance-women', 'janitor-janitress', 'janitors-janitresses', 'journeyman-journeywoman',
  'journeymen-journeywomen', 'lady-doctor', 'man-a-desk', 'man-the-booth', 'man-the-fort', 'man-the-phones', 'manhour', 'manhours',
  'manned', 'manpower', 'mansized-task', 'marksman-markswoman', 'marksmen-markswomen', 'middleman-middlewoman', 'middlemen-middlewomen',
  'milkman-milkwoman', 'milkmen-milkwomen', 'newsman-newswoman', 'newsmen-newswomen', 'office-girls', 'policemen-policewomen',
  'postman-postwoman', 'postmen-postwomen', 'railwayman', 'repairman-repairwoman', 'repairmen-repairwomen', 'salaryman-salarywoman',
  'salarymen-salarywomen', 'saleslady-salesman', 'salesmen-saleswomen', 'serviceman-servicewoman', 'servicemen-servicewomen',
  'spokesman-spokeswoman', 'spokesmen-spokeswomen', 'tax-man', 'unmanned', 'usherette', 'waiter-waitress', 'waiters-waitresses',
  'watchman-watchwoman', 'watchmen-watchwomen', 'woman-lawyer', 'woman-painter', 'working-wife', 'workman-workwoman', 'workmen-workwomen',
  'housewife', 'housewives', 'average-housewife',
  // Pronouns for the person doing the job, and “man” for everyone
  'he-she', 'her-him', 'herself-himself', 'average-man', 'average-working-man', 'brotherhood-of-man', 'common-girl-common-man',
  'industrial-man', 'modern-man', 'man-in-the-street', 'man-of-action', 'man-of-letters', 'man-of-the-land', 'man-of-the-world',
  'mankind', 'manmade', 'men-of-science', 'founding-father', 'forefather-foremother', 'forefathers-foremothers', 'oneupmanship',
  'tradesmans-entrance', 'like-a-man', 'man-enough', 'own-man-own-woman', 'feminin-manly', 'femininity-manliness', 'unmanly-unwomanly',
  'manhood-womanhood', 'ladylike', 'motherly', 'maiden-name',
  // Disability and mental health used as insults or labels
  'addict', 'addicts', 'bedlam', 'cretin', 'daft', 'deaf-to', 'deafmute', 'dumb', 'dwarf', 'family-burden', 'gimp', 'harelip',
  'harelipped', 'hearing-impaired', 'idiot', 'insanely', 'lame', 'madman', 'madmen', 'maniac', 'mongoloid', 'retard', 'retards',
  'senile', 'spastic', 'spaz', 'stutterer', 'wacko', 'libtard',
  // Race, religion and nationality
  'eskimo', 'eskimos', 'ghetto', 'goy', 'hymie', 'indian-country', 'indian-give', 'japs', 'natives-are-restless', 'off-reserve',
  'oriental', 'orientals', 'pinoys', 'powwow', 'redskin', 'redskins', 'towel-heads', 'too-many-chiefs', 'on-the-warpath', 'englishmen',
  'frenchmen',
  // Sexual orientation and gender identity
  'born-a-man', 'born-a-woman', 'fag', 'gay-agenda', 'gay-lifestyle', 'hermaphrodite', 'hermaphroditic', 'heshe', 'homosexual',
  'homosexual-couple', 'homosexual-marriage', 'homosexual-relations', 'sex-change-operation', 'sexchange', 'sexual-preference', 'tranny',
  'transgendered', 'transgenderism', 'transgenders', 'transvestite',
  // Suicide (mental health adverts)
  'commit-suicide', 'committed-suicide',
]);

/** The patterns widen leaves out, in groups, each with the reason. Every other id is in `reportedPatterns`. */
export const notReportedPatterns: ReadonlyArray<{ why: string; ids: readonly string[] }> = [
  {
    why: 'Covered by widen’s own rules with UK wording: exclusionary-wording (“able-bodied”, “mother tongue”) and outdated-terms (“suffering from”, “wheelchair-bound”, “handicapped”, “stroke victim”).',
    ids: [
      'ablebodied', 'father-tongue-mother-tongue', 'aids-victim', 'handicapped', 'handicapped-parking', 'multiple-sclerosis-victim',
      'stroke-victim', 'suffers-from-disabilities', 'suffers-from-md', 'victim-of-an-injury', 'victim-of-injuries', 'victim-of-polio',
      'wheelchair-bound',
    ],
  },
  {
    why: 'NHS and UK disability guidance accept identity-first language (“disabled people”, “dyslexic”, “learning disabled”), and UK usage differs (“Down’s syndrome”, “Tourette’s syndrome”; STAMMA prefers “stammering”).',
    ids: ['invalid', 'dyslexic', 'learning-disabled', 'intellectually-disabled', 'intellectually-disabled-people', 'downs-syndrome', 'tourettes-syndrome', 'stammering'],
  },
  {
    why: 'Clinical words that name the conditions and services health and care staff work with (“bipolar disorder”, “people with psychosis”, “OCD service”, “rehab and recovery”, “binge eating”, “amputee rehabilitation”); retext-equality’s “nuts” pattern even flags “mental” in “mental health”. widen keeps the insults from that pattern in its own list.',
    ids: [
      'add', 'alcoholic', 'amputee', 'binge', 'bipolar', 'birth-defect', 'bony', 'depressed', 'epileptic', 'insomnia',
      'insomniac', 'insomniacs', 'manic', 'nuts', 'ocd', 'panic-attack', 'paraplegic', 'psychotic', 'quadriplegic', 'rehab', 'rehab-center',
      'schizo', 'sociopath', 'sociopaths', 'barren', 'buckteeth', 'sane', 'sanity-check', 'special', 'special-olympians', 'failed-suicide',
      'suicide-note', 'suicide-pact',
    ],
  },
  {
    why: 'Family, relationship and title words that describe the people cared for or their families, not the person doing the job; maternity and perinatal services lawfully serve mothers and women, “maternity leave” is the legal name, and a midwife is a midwife.',
    ids: [
      'aunt-uncle', 'aunts-uncles', 'boy-girl', 'boyfriend-girlfriend', 'boyfriends-girlfriends', 'boyhood-girlhood', 'boyish-girly',
      'bride-groom', 'brother-sister', 'brothers-sisters', 'brotherhood-sisterhood', 'dad-mom', 'dads-moms', 'daughter-son', 'daughters-sons',
      'gal-guy', 'gals-man', 'females-males', 'godfather-godmother', 'gramps-granny', 'granddaughter-grandson', 'granddaughters-grandsons',
      'grandfathers-grandmothers', 'husband-wife', 'husbands-wives', 'maternal-paternal', 'maternity-paternity', 'midwife', 'nephew-niece',
      'nephews-nieces', 'stepbrother-stepsister', 'stepbrothers-stepsisters', 'stepdad-stepmom', 'stepfathers-stepmothers', 'widow-widower',
      'wifebeater', 'mrs-',
    ],
  },
  {
    why: 'Words that are ordinary in UK adverts or name places and organisations: “Kings Drive”, “Princess Royal Hospital”, “host organisation”, “ward steward”, “Ombudsman”, “fellowship”, “master’s degree”, “alumni”, “layman’s terms”, “Gypsy, Roma and Traveller” (a UK census group), “asylum seekers”.',
    ids: [
      'king-queen', 'kings-queens', 'kingmaker-queenmaker', 'kingsize-queensize', 'prince-princess', 'princes-princesses', 'dame-lord',
      'dames-lords', 'landlady-landlord', 'landladies-landlords', 'host-hostess', 'hostesses-hosts', 'steward-stewardess',
      'stewardesses-stewards', 'ombudsman-ombudswoman', 'ombudsmen-ombudswomen', 'fellowship', 'master', 'masters', 'master-key',
      'master-of-ceremonies', 'master-plan', 'master-the-art', 'masterful', 'mastermind', 'masterpiece', 'masterplan', 'masterstroke',
      'alumna-alumnus', 'alumnae-alumni', 'layman-laywoman', 'laymen-laywomen', 'gyp', 'asylum', 'hero-heroine', 'heroes-heroines',
      'english-master', 'executrix', 'freshman', 'freshmen-freshwomen', 'leading-lady', 'maiden', 'maiden-flight', 'maiden-race',
      'maiden-speech', 'maiden-voyage', 'workmanship', 'sportsman-sportswoman', 'sportsmen-sportswomen', 'sportsmanlike', 'sportsmanship',
      'statesman-stateswoman', 'statesmanlike', 'showman-showwoman', 'showmen-showwomen', 'stockman', 'weatherman-weatherwoman',
      'weathermen-weatherwomen', 'actor-actress', 'actors-actresses', 'calendar-girl', 'call-girl', 'no-mans-land', 'mans-best-friend',
      'father-of-*', 'fatherland-motherland', 'ancient-man', 'nonwhite', 'latino', 'islamist', 'islamists', 'savage', 'spade', 'tribe',
      'totem', 'gay-rights', 'gender-pronoun', 'bi', 'moan', 'moaning',
    ],
  },
  {
    why: 'Condescending words (“easy”, “simple”, “just”, “clearly”) that retext-equality flags in documentation; in adverts they are ordinary (“Easy Read”, “easy access by bus”, “simple and complex procedures”).',
    ids: ['basically', 'clearly', 'easy', 'everyone-knows', 'just', 'obvious', 'of-course', 'simple', 'straightforward'],
  },
  {
    why: 'Broken in retext-equality: each lists its words as one string with a comma (“frontman, front man”), so it never matches.',
    ids: ['front-men,-frontmen-front-women,-frontwomen', 'frontman,-front-man-frontwoman,-front-woman'],
  },
  {
    why: 'Software, politics and fiction: not words found in recruitment for health and care.',
    ids: [
      'blackhat', 'whitehat', 'blacklist', 'blacklisted', 'blacklisting', 'whitelist', 'whitelisted', 'whitelisting', 'bugreport', 'dummy',
      'slave', 'slaves', 'hang', 'grandfather-clause', 'grandfathered', 'grandfathering', 'pull-the-trigger', 'make-*-great-again',
      'bathroom-bill', 'sophisticated-culture', 'sophisticated-technology', 'long-time-no-see', 'bogeyman-bogeywoman',
      'bogieman-bogiewoman', 'bogiemen-bogiewomen', 'boogeyman-boogeywoman', 'boogieman-boogiewoman', 'boogiemen-boogiewomen',
      'caveman-cavewoman', 'cavemen-cavewomen', 'cowboy-cowgirl', 'cowboys-cowgirls', 'hangman-hangwoman', 'hangmen-hangwomen',
      'henchman-henchwoman', 'henchmen-henchwomen', 'sandman-sandwoman', 'sandmen-sandwomen', 'spaceman-spacewoman',
      'spacemen-spacewomen', 'superman-superwoman', 'supermen-superwomen', 'nobleman-noblewoman', 'noblemen-noblewomen',
      'countryman-countrywoman', 'countrymen-countrywomen',
    ],
  },
];

/** Matches inside reported patterns that are ordinary words here (“a short bus ride” is not an insult). */
export const ignoredPhrases: ReadonlySet<string> = new Set(['short bus']);

/** Alternatives retext-equality offers that make no sense in a UK job advert. */
export const unhelpfulAlternatives: ReadonlySet<string> = new Set([
  'it', 'turned off', 'its', 'labor', 'labor force', 'combat personnel', 'humanly', 'dudely',
]);

/**
 * Words widen adds: pairs of pronouns (“he/she”) that retext-equality accepts with `binary`, and
 * the insults from retext-equality's “nuts” pattern, which widen cannot use because it also
 * flags “mental” in “mental health”.
 */
export const extraPhrases: ReadonlyArray<{
  phrases: readonly string[];
  says: string;
  instead: string;
  /** What to write instead of each phrase (as written in `phrases`), when one word will do. */
  replacements?: Readonly<Record<string, string>>;
  note: string;
}> = [
  {
    phrases: ['he/she', 'she/he', 's/he', 'he or she', 'she or he', 'his/her', 'her/his', 'his or her', 'her or his', 'him/her', 'him or her', 'himself/herself', 'himself or herself'],
    says: 'leaves out people who are neither',
    instead: 'Write to the reader as “you”, or use “they”',
    replacements: {
      'he/she': 'they', 'she/he': 'they', 's/he': 'they', 'he or she': 'they', 'she or he': 'they',
      'his/her': 'their', 'her/his': 'their', 'his or her': 'their', 'her or his': 'their',
      'him/her': 'them', 'him or her': 'them', 'himself/herself': 'themselves', 'himself or herself': 'themselves',
    },
    note: 'NHS style uses gender-neutral language: “you” or “they” includes non-binary people and reads more directly. Source: NHS digital service manual, inclusive content on sex, gender and sexuality.',
  },
  {
    phrases: ['crazy', 'insane', 'psycho', 'psychos', 'lunatic', 'lunatics', 'loony', 'loonies', 'nutter', 'nutters', 'mental case', 'madhouse', 'schizo'],
    says: 'uses mental ill health as an insult',
    instead: 'Say what you mean (for example “very busy” or “surprising”)',
    replacements: { crazy: 'hectic', insane: 'hectic', madhouse: 'very busy place' },
    note: 'Using mental ill health as an insult or a joke tells people with mental health conditions, including many care staff, that they are not welcome. Source: NHS digital service manual, inclusive content on disabilities and conditions.',
  },
];
