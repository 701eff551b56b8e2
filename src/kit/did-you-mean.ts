/**
 * The closest of `candidates` to a mistyped `word`, for a “did you mean …?”: the one name it
 * begins, or the nearest within a third of its length in edits (insertions, deletions,
 * substitutions, swaps of neighbours); undefined when none is near.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const typed = word.toLowerCase();
  const list = [...candidates];
  // The start of one name only (“plain” for “plain-language”) is that name.
  const starting = typed.length >= 3 ? list.filter((candidate) => candidate.toLowerCase().startsWith(typed)) : [];
  if (starting.length === 1) return starting[0];
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(typed.length / 3)) + 1;
  for (const candidate of list) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** “ (did you mean "x"?)”, or nothing. */
export function suggestion(word: string, candidates: Iterable<string>, quote = '"'): string {
  const found = didYouMean(word, candidates);
  return found ? ` (did you mean ${quote}${found}${quote}?)` : '';
}

/** Optimal string alignment distance: Levenshtein, with a swap of two neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
