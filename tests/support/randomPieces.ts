/** A seeded string of `n` pieces drawn from `pieces` (mulberry32), so a failing case can be replayed by its seed. */
export function randomPieces(pieces: readonly string[], seed: number, n: number): string {
  let s = seed;
  const next = (): number => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
}
