/** Splitting a long sentence in two where a reader would: shared by the readability rules. */

/** Words as a reader counts them: runs of text with a letter or digit in them (“£24,071” and “full-time” are one each). */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

export interface Split {
  /** Offset in the text where the first sentence ends. */
  at: number;
  /** The text that starts the second sentence. */
  next: string;
  replacement: string | null;
}

/** Words that start a new clause after a comma: a comma there joins two sentences. */
const subjects = /^(?:we|you|they|it|this|there|he|she|please|candidates|applicants|interviews|our|your)\s/i;
/** Pronouns that start a clause for certain: after “and”, “our staff …” may be the end of a list. */
const pronouns = /^(?:we|you|they|it|this|there|he|she)\s/i;
/** A clause that cannot stand alone: it needs the clause after it (“if you do not hear from us …”). */
const subordinate = /^\W{0,5}(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:(?:therefore|so|and|but)\s+)?(?:if|when|whenever|whilst|while|although|though|because|unless|as|since|after|before|once|until|where|whereas|whether)\b/iu;
/** Words a first sentence cannot end on: it would be cut off (“… will be involved in is.”). */
const danglingEnd = /\b(?:is|are|was|were|be|been|being|include|includes|including|of|to|the|a|an|and|or|with|for|as|such)$/i;

const maxSplitLength = 1000;

/**
 * Where to split a long sentence, near the middle: at a semicolon or a comma before a new subject
 * (“…; we will”, “…, we will”); at a comma before “and”, “but”, “so”, “which”, “who” or
 * “including”; before “and” with a new subject; or before “and will …” (the subject said again).
 * Never where either half would not stand as a sentence: a first half that opens with “if” or
 * “whilst” or ends cut off, a second half with no subject, text with markup in it.
 */
export function splitPoint(text: string): Split | undefined {
  // A run of text this long is not one sentence to split but many to write: advice only.
  if (text.length > maxSplitLength || /<\/?[a-z][^>]*>|&lt;/i.test(text)) return undefined;
  const total = countWords(text);
  const candidates = /; |, (and|but|so|which|who|including) |, | (and|but) | [–—-] /g;
  let best: { split: Split; score: number } | undefined;
  // Worked out once: the regular expressions look at the start of the text.
  const opens = openingClause.test(text);
  const subject = subjectOf(text);
  const modal = modalOf(text);
  // Words before each candidate, counted as the scan goes, so a long text is read once.
  let counted = 0;
  let before = 0;
  let open = 0;
  // Where the clause that a candidate would end began: the text start, or after the last comma or semicolon.
  let clauseStart = 0;
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const skipped = text.slice(counted, match.index);
    before += countWords(skipped);
    open += brackets(skipped);
    counted = match.index;
    const clause = text.slice(clauseStart, match.index);
    clauseStart = match.index + match[0].length;
    // Never inside brackets: “(for example, you …)” is one aside.
    if (before < 6 || total - before < 6 || open > 0) continue;
    const first = text.slice(0, match.index).replace(/[,;]$/, '');
    // The first half must stand alone: not a clause that needs what follows, not cut off.
    if (subordinate.test(clause) || danglingEnd.test(first.trim())) continue;
    const joiner = (match[1] ?? match[2] ?? '').toLowerCase();
    const rest = text.slice(match.index + match[0].length);
    let next: string | undefined;
    let penalty: number;
    if (match[0] === '; ') {
      // A semicolon joins two sentences only when a subject follows it (“; self-motivated …” is a list).
      next = subjects.test(rest) ? rest : undefined;
      penalty = 0;
    } else if (match[1]) {
      // “, which …” → “This …”; “, who …” → “They …”; “, including …” → “This includes …”.
      if (joiner === 'and') next = pronouns.test(rest) ? rest : undefined;
      else if (joiner === 'so' && /^that\s/i.test(rest)) next = `This is so ${rest}`;
      else if (joiner === 'including') next = /,\s+\w+ing\b/.test(rest) ? undefined : `This includes ${rest}`;
      else next = joiner === 'which' ? `This ${rest}` : joiner === 'who' ? `They ${rest}` : `${joiner} ${rest}`;
      penalty = joiner === 'which' || joiner === 'who' || joiner === 'including' ? 4 : 1;
    } else if (match[0] === ', ' || match[0].trim().length === 1) {
      // A comma or dash before a new subject: two sentences joined. Not after an opening clause
      // (“If you want to join us, we want to hear from you”), which needs what follows.
      next = subjects.test(rest) && !(match[0] === ', ' && opens) ? rest : undefined;
      penalty = 2;
    } else {
      // “… and we will …”: a new subject; “… and will …”: the same subject again.
      if (pronouns.test(rest)) next = rest;
      else if (subject && /^(?:will|must|should|can|may)\s/i.test(rest)) next = `${subject} ${rest}`;
      else if (subject && /^also\s/i.test(rest)) next = `${subject} ${modal}${rest}`;
      penalty = 6;
    }
    if (next === undefined) continue;
    const score = Math.abs(before - total / 2) + penalty;
    if (best && best.score <= score) continue;
    next = next.charAt(0).toUpperCase() + next.slice(1);
    best = { split: { at: match.index, next, replacement: `${first}. ${next}` }, score };
  }
  return best?.split;
}

/** Opening brackets less closing ones. */
function brackets(text: string): number {
  let count = 0;
  for (const char of text) {
    if (char === '(' || char === '[') count++;
    else if (char === ')' || char === ']') count--;
  }
  return count;
}

/** A sentence that opens with a clause or phrase that the rest completes. */
const openingClause = /^\W{0,20}(?:if|when|whenever|as|to|although|though|while|whilst|because|once|before|after|since|unless|whether|where|for|in|with|by|on|at|during|from|having|being|across|throughout|within|under|through|among|amongst|alongside|despite|following|like|unlike|besides|beyond|over)\b/i;

/** The helping verb of a sentence's first clause (“will” in “You will work …”), with a space, or nothing. */
function modalOf(text: string): string {
  const modal = /\b(will|must|should|can|may|would|could)\b/i.exec(text.slice(0, 200))?.[1];
  return modal ? `${modal.toLowerCase()} ` : '';
}

/**
 * Who a sentence's first clause is about, to say again after a split: “You” or “We” when the
 * clause says so (“As a Staff Nurse you will …”), “They” for people (“Applicants will …”), and
 * nothing when it is a thing or unclear (“This post is based …”): that split is not offered.
 */
function subjectOf(text: string): string | undefined {
  const clause = text.slice(0, 120);
  const found = /\b(you|we)\s+(?:will|must|should|can|may|would|could|are|have|also)\b/i.exec(clause)?.[1]?.toLowerCase();
  if (found) return found === 'you' ? 'You' : 'We';
  return /^\W{0,20}(?:applicants|candidates|staff|nurses|colleagues|they|the successful (?:candidates|applicants))\b/i.test(clause) ? 'They' : undefined;
}

/** Words that open a sentence, capitalised, in the middle of a run-on: “… part time We also welcome …”. */
const openers = new Set(['We', 'You', 'Our', 'Your', 'Please', 'If', 'This', 'They', 'There', 'Applicants', 'Candidates', 'Interviews']);
/** Words after which a capitalised word continues the sentence (“to Our Lady's Hospital”). */
const continuing = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'for', 'with', 'that', 'if', 'when', 'as', 'at', 'in', 'on', 'by', 'from', 'about', 'than', 'is', 'are', 'be', 'called', 'named']);

/**
 * Two sentences run together without a full stop: a lower-case word, then a word that opens a
 * sentence, then a lower-case word (“… full or part time We also welcome …”). Returns the words
 * before the break and the text with a full stop put in.
 */
export function runOn(text: string): { before: string; replacement: string } | undefined {
  // Word by word (a regular expression over runs of letters would try every start: quadratic).
  const token = /\S+/g;
  const words: Array<{ value: string; index: number }> = [];
  for (let match = token.exec(text); match; match = token.exec(text)) {
    words.push({ value: match[0], index: match.index });
    if (words.length > 3) words.shift();
    if (words.length < 3) continue;
    const [previous, opener, next] = words as [{ value: string; index: number }, { value: string; index: number }, { value: string; index: number }];
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(previous.value) || continuing.has(previous.value)) continue;
    if (!openers.has(opener.value) || !/^\p{Ll}/u.test(next.value)) continue;
    const at = previous.index + previous.value.length;
    const before = text.slice(0, at).trim().split(/\s+/).slice(-3).join(' ');
    return { before, replacement: `${text.slice(0, at)}.${text.slice(at)}` };
  }
  return undefined;
}

/**
 * A suggested split as it should read, or undefined when a half would not read as a sentence: not
 * “But give the same …” (no subject), not “This includes digital channels, to maximise …”, where
 * the rest of the first sentence is left hanging on the list. A first half that ends on “, however
 * with …” gives that phrase to the second: “… model. However, with the new model, this could …”.
 */
export function checkedSplit(text: string, found: Split): Split | undefined {
  const { next } = found;
  const opener = /^(?:But|And|Or|Yet)\s+(\S+)/.exec(next);
  if (opener && !/^(?:we|you|they|it|this|that|there|he|she|i|the|our|your|their|these|those|a|an)$/i.test(opener[1]!)) return undefined;
  if (/^This includes\b/.test(next) && /,\s+(?:to|on|in|for|and|or|so|which|who)\s/.test(next)) return undefined;
  const first = text.slice(0, found.at).trimEnd();
  const hanging = /^([\s\S]*?),\s*(however|although|though|whereas|while)\s+((?:with|in|for|on|at|by|of)\b[^,]*)$/i.exec(first);
  if (!hanging) return found;
  if (hanging[2]!.toLowerCase() !== 'however') return undefined;
  const rest = /^(?:This|They|We|You|It|There)\b/.test(next) ? next.charAt(0).toLowerCase() + next.slice(1) : next;
  const second = `However, ${hanging[3]}, ${rest}`;
  return { at: hanging[1]!.length, next: second, replacement: found.replacement === null ? null : `${hanging[1]}. ${second}` };
}
