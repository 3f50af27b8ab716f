/**
 * Which pairs of consecutive words an interview's text may hold: a Bloom filter per document,
 * built with the shard. A phrase is checked on the text itself, which means reading, hashing and
 * scanning 30 KB per candidate; a phrase of common words that rarely stand together ("railway
 * station") had thousands of candidates and took a second at 5,000 interviews. A candidate whose
 * filter lacks one of the phrase's pairs cannot hold it and is skipped without reading its text.
 *
 * A word's key is its indexed term, or its folded spelling for a stop word: how phrase checks
 * compare words (spans.ts). The filter never says no to a pair the text holds; it says yes to
 * about one pair in seven that it does not.
 */

/** Bits per pair of words: with two bits set per pair, about 15% of absent pairs look present. */
const BITS_PER_PAIR = 4;
/** A filter's most bits (256 KB): a hostile text of millions of words gets a fuller filter, not a huge one. */
const MAX_BITS = 1 << 21;
const TWO_32 = 4294967296;

/** FNV-1a of a word's key; a stop word's spelling is marked so that it never equals a term. */
export function wordKey(term: string | null, folded: string): number {
  const key = term ?? `\u0001${folded}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Two bit positions of the pair (a, b), in a filter of `bits` bits. */
function positions(a: number, b: number, bits: number, out: Uint32Array): void {
  // Order matters ("war the" is not "the war"): b is mixed before it meets a.
  let h = Math.imul(a ^ Math.imul(b ^ (b >>> 15), 0x2c1b3c6d), 0x297a2d39);
  h ^= h >>> 13;
  let g = Math.imul(h ^ 0x68e31da4, 0x85ebca6b);
  g ^= g >>> 16;
  // Multiply-shift maps a 32-bit hash onto [0, bits) without a power-of-two size.
  out[0] = Math.floor(((h >>> 0) * bits) / TWO_32);
  out[1] = Math.floor(((g >>> 0) * bits) / TWO_32);
}

/** The size of the filter of a text of `words` words, in 32-bit words. */
export function filterWords(words: number): number {
  const bits = Math.min(MAX_BITS, Math.max(32, (words - 1) * BITS_PER_PAIR));
  return Math.ceil(bits / 32);
}

const at = new Uint32Array(2);

/** Sets the bits of every pair of consecutive keys into `filter` (zeroed, `filterWords(keys.length)` long). */
export function fillFilter(keys: ArrayLike<number>, filter: Uint32Array): void {
  const bits = filter.length * 32;
  for (let i = 1; i < keys.length; i++) {
    positions(keys[i - 1] ?? 0, keys[i] ?? 0, bits, at);
    for (const p of at) filter[p >>> 5] = (filter[p >>> 5] ?? 0) | (1 << (p & 31));
  }
}

/** Whether the filter at `filters[from .. to)` may hold every pair of consecutive `keys`. */
export function mayHoldPairs(filters: Uint32Array, from: number, to: number, keys: readonly number[]): boolean {
  // No filter (none was built for this document): it may hold anything.
  if (to <= from) return true;
  const bits = (to - from) * 32;
  for (let i = 1; i < keys.length; i++) {
    positions(keys[i - 1] ?? 0, keys[i] ?? 0, bits, at);
    const p = at[0] ?? 0;
    const q = at[1] ?? 0;
    if (((filters[from + (p >>> 5)] ?? 0) & (1 << (p & 31))) === 0) return false;
    if (((filters[from + (q >>> 5)] ?? 0) & (1 << (q & 31))) === 0) return false;
  }
  return true;
}
