/**
 * A shard's sorted vocabulary as the query path asks for it: a term at a position. A saved
 * shard's terms stay bytes in its file until the whole list is wanted (the warm-up's merge, a
 * fuzzy word): a one-off search looks up a few words by binary search, and splitting every
 * vocabulary into strings was most of opening the index (about 0.3 s and its garbage at 20,000
 * interviews).
 */
import type { ShardData } from './shard';

/** A saved vocabulary not yet split: its length, and its i-th term read from the bytes. */
interface SavedTerms {
  readonly length: number;
  at(i: number): string;
}

const NEWLINE = 0x0a;

/** Saved vocabularies whose terms are not yet a list of strings. */
const unsplit = new WeakMap<ShardData, SavedTerms>();

/**
 * Gives `data` the newline-separated terms in `text` (`count` of them): `data.terms` splits
 * them when first read; the look-ups below read single terms from the bytes until then.
 */
export function attachSavedTerms(data: Omit<ShardData, 'terms'>, text: Buffer, count: number): ShardData {
  let starts: Uint32Array | null = null;
  const startsOf = (): Uint32Array => {
    if (starts !== null) return starts;
    if (count === 0) return (starts = new Uint32Array(1));
    // Where each term begins, one more for the end: a loop over bytes (a call per term to indexOf cost more).
    const found = new Uint32Array(count + 1);
    let n = 1;
    for (let i = 0; i < text.length && n <= count; i++) if (text[i] === NEWLINE) found[n++] = i + 1;
    if (n !== count) throw new Error('shard file has the wrong size');
    found[count] = text.length + 1;
    return (starts = found);
  };
  const saved: SavedTerms = {
    length: count,
    at: (i) => {
      const s = startsOf();
      return text.toString('utf8', s[i] ?? 0, (s[i + 1] ?? 1) - 1);
    },
  };
  const shard = data as ShardData;
  Object.defineProperty(shard, 'terms', {
    enumerable: true,
    configurable: true,
    get(): string[] {
      const list = count === 0 ? [] : text.toString('utf8').split('\n');
      if (list.length !== count) throw new Error('shard file has the wrong size');
      Object.defineProperty(shard, 'terms', { value: list, enumerable: true, writable: true, configurable: true });
      unsplit.delete(shard);
      return list;
    },
  });
  unsplit.set(shard, saved);
  return shard;
}

/** The shard's i-th term (undefined past the end), without splitting a saved vocabulary. */
export function termAt(data: ShardData, i: number): string | undefined {
  const saved = unsplit.get(data);
  if (saved === undefined) return data.terms[i];
  return i < saved.length ? saved.at(i) : undefined;
}

/** The first position in the shard's sorted vocabulary whose term is not before `prefix`. */
export function firstFrom(data: ShardData, prefix: string): number {
  const saved = unsplit.get(data);
  // A split vocabulary is indexed directly: the host's look-ups, a binary search in every shard.
  const terms = saved === undefined ? data.terms : null;
  let lo = 0;
  let hi = terms?.length ?? saved?.length ?? 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (((terms !== null ? terms[mid] : saved?.at(mid)) ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `term` is in the shard's sorted vocabulary, or -1. */
export function indexOfTerm(data: ShardData, term: string): number {
  const at = firstFrom(data, term);
  return termAt(data, at) === term ? at : -1;
}
