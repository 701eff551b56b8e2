import { articleFor } from './english.js';
import { hasFiniteVerb } from './tagger.js';

/**
 * What would make a rewritten sentence worse English than the writer's: checked for every
 * replacement before it is offered, so a suggestion never reads “Full full training”, “You will …
 * They will”, “an enough number”, “we currently being ask” or carries markup. `before` is the
 * writer's sentence (or paragraph), `after` the same with the replacement put in. Returns the
 * problems, none when the rewrite may be offered. `rewordsADemand`: the replacement rewords what
 * is asked of the applicant, and may leave out a “no” on purpose.
 */
export function rewriteProblems(before: string, after: string, options: { rewordsADemand?: boolean } = {}): string[] {
  const problems: string[] = [];
  const added = (pattern: RegExp): boolean => count(after, pattern) > count(before, pattern);
  if (added(/\b(\p{L}+)\s+\1\b/giu)) problems.push('a word twice');
  if (added(/<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;/gi)) problems.push('markup');
  if (mentions(before, /\byou\b/i) && added(/(?:^|[.!?]\s+)(?:they|he|she|it)\b/gi) && !added(/\byou\b/gi)) problems.push('you, then they');
  if (wrongArticles(after) > wrongArticles(before)) problems.push('a or an');
  if (added(/\b(?:we|you|they|i)\s+(?:\p{L}+ly\s+)?(?:being|been)\s+\p{L}+\b/giu)) problems.push('a broken verb');
  // A rewrite of exclusionary wording may drop a “no” on purpose (“no strong accent” → “clear spoken English”).
  if (!options.rewordsADemand && count(after, /\b(?:not|no|never|cannot|n['’]t|nothing|nobody|none)\b/gi) !== count(before, /\b(?:not|no|never|cannot|n['’]t|nothing|nobody|none)\b/gi)) problems.push('the meaning turned round');
  // A split must leave two sentences: each half has a verb.
  if (sentencesIn(after) > sentencesIn(before) && fragments(after) > fragments(before)) problems.push('a sentence without a verb');
  if (added(/\s[,.;:!?]/g) || added(/ {2,}/g)) problems.push('spacing');
  if (added(/\b(?:you|we|they)\s+(?:is|was|has|does|needs|works|leads|manages|supports|provides|ensures|takes|makes|gives|helps|uses|attends|undertakes|reports|holds|carries|plays|acts|delivers|requires|liaises|participates|wants|knows|receives|joins)\b/gi)) problems.push('you is');
  return problems;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function mentions(text: string, pattern: RegExp): boolean {
  return pattern.test(text);
}

/** “a” or “an” before a word that needs the other one, and an article before a word that takes none (“an enough”). */
function wrongArticles(text: string): number {
  let wrong = 0;
  for (const match of text.matchAll(/\b(a|an)\s+([\p{L}\d][\p{L}\d'’-]*)/giu)) {
    const [, article, word] = match;
    if (/^(?:enough|many|much|several|more|most)$/i.test(word!)) wrong++;
    else if (articleFor(word!) !== article!.toLowerCase()) wrong++;
  }
  return wrong;
}

function sentencesIn(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).length;
}

/** How many of the sentences in a text, of three words or more, have no verb a reader would find. */
function fragments(text: string): number {
  let found = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
    // A verb inside a relative clause (“Units which are accredited”) does not make a sentence.
    const main = sentence.replace(/\b(?:which|who|that|where)\b[^,;]*/gi, '');
    const words = main.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length >= 3 && !hasFiniteVerb(main)) found++;
  }
  return found;
}
