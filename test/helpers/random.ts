/** A small, fast generator of numbers in [0, 1) from a seed (mulberry32): the same on every machine, so a seeded run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text of 1 to `most` of `pieces`, drawn by `next`: the seeded tests' inputs, made of the characters that matter to what they test. */
export function piecesText(next: () => number, pieces: readonly string[], most: number): string {
  const count = 1 + Math.floor(next() * most);
  let text = '';
  for (let k = 0; k < count; k++) text += pieces[Math.floor(next() * pieces.length)]!;
  return text;
}
