/** Optimal string alignment distance: Levenshtein plus swapping two neighbours ("budjet", "bugdet"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The candidate the user most likely meant, if any is close enough: case and punctuation are
 * ignored, and up to a third of the word may be wrong (at least one letter, at most three).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  return closeCandidates(input, candidates)[0];
}

/** Every candidate close enough to `input` (as didYouMean judges it), the closest first: one alone is a suggestion a program may act on. */
export function closeCandidates(input: string, candidates: Iterable<string>): string[] {
  const normalise = (s: string) => s.toLowerCase().replace(/[\s._\-/]/g, '');
  const wanted = normalise(input);
  if (wanted === '') return [];
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
  const close: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalise(candidate));
    if (distance <= allowed) close.push({ candidate, distance });
  }
  // Stable: of equally close candidates the first listed wins, as it always has.
  return close.sort((a, b) => a.distance - b.distance).map((c) => c.candidate);
}
