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

/**
 * Where to split a long sentence, near the middle: at a semicolon; at a comma before “and”, “but”,
 * “so”, “which”, “who” or “including”; at a comma or a dash before a new subject (“…, we will”);
 * before “and” with a new subject; or before “and will …” (the subject said again).
 */
export function splitPoint(text: string): Split | undefined {
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
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const skipped = text.slice(counted, match.index);
    before += countWords(skipped);
    open += brackets(skipped);
    counted = match.index;
    // Never inside brackets: “(for example, you …)” is one aside.
    if (before < 6 || total - before < 6 || open > 0) continue;
    const joiner = (match[1] ?? match[2] ?? '').toLowerCase();
    const rest = text.slice(match.index + match[0].length);
    let next: string | undefined;
    let penalty: number;
    if (match[0] === '; ') {
      next = rest;
      penalty = 0;
    } else if (match[1]) {
      // “, which …” → “This …”; “, who …” → “They …”; “, including …” → “This includes …”.
      if (joiner === 'and') next = subjects.test(rest) ? rest : undefined;
      else if (joiner === 'so' && /^that\s/i.test(rest)) next = `This is so ${rest}`;
      else next = joiner === 'which' ? `This ${rest}` : joiner === 'who' ? `They ${rest}` : joiner === 'including' ? `This includes ${rest}` : `${joiner} ${rest}`;
      penalty = joiner === 'which' || joiner === 'who' || joiner === 'including' ? 4 : 1;
    } else if (match[0] === ', ' || match[0].trim().length === 1) {
      // A comma or dash before a new subject: two sentences joined. Not after an opening clause
      // (“If you want to join us, we want to hear from you”), which needs what follows.
      next = subjects.test(rest) && !(match[0] === ', ' && opens) ? rest : undefined;
      penalty = 2;
    } else {
      // “… and we will …”: a new subject; “… and will …”: the same subject again.
      if (subjects.test(rest)) next = rest;
      else if (/^(?:will|must|should|can|may)\s/i.test(rest)) next = `${subject} ${rest}`;
      else if (/^also\s/i.test(rest)) next = `${subject} ${modal}${rest}`;
      penalty = 6;
    }
    if (next === undefined) continue;
    const score = Math.abs(before - total / 2) + penalty;
    if (best && best.score <= score) continue;
    next = next.charAt(0).toUpperCase() + next.slice(1);
    const first = text.slice(0, match.index).replace(/[,;]$/, '');
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
const openingClause = /^\W{0,20}(?:if|when|whenever|as|to|although|though|while|whilst|because|once|before|after|since|unless|whether|where|for|in|with|by|on|at|during|from|having|being)\b/i;

/** The helping verb of a sentence's first clause (“will” in “You will work …”), with a space, or nothing. */
function modalOf(text: string): string {
  const modal = /\b(will|must|should|can|may|would|could)\b/i.exec(text.slice(0, 200))?.[1];
  return modal ? `${modal.toLowerCase()} ` : '';
}

/** Who a sentence is about, to say again after a split: “You”, “We”, or “They” for anyone else. */
function subjectOf(text: string): string {
  const first = /^\W{0,20}(\w+)/.exec(text.slice(0, 60))?.[1]?.toLowerCase();
  return first === 'you' ? 'You' : first === 'we' ? 'We' : 'They';
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
  const pattern = /(\p{Ll}[\p{Ll}'’-]*)( +)(\p{Lu}\p{Ll}*)( +)(\p{Ll})/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [, previous, , opener] = match;
    pattern.lastIndex = match.index + previous!.length;
    if (!openers.has(opener!) || continuing.has(previous!)) continue;
    const at = match.index + previous!.length;
    const before = text.slice(0, at).trim().split(/\s+/).slice(-3).join(' ');
    return { before, replacement: `${text.slice(0, at)}.${text.slice(at)}` };
  }
  return undefined;
}
