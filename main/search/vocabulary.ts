/**
 * A shard's sorted vocabulary as the query path asks for it: a term at a position. A saved
 * shard's terms stay bytes in its file until the whole list is wanted (the warm-up's merge, a
 * fuzzy word): a one-off search looks up a few words by binary search, and splitting every
 * vocabulary into strings was most of opening the index (about 0.3 s and its garbage at 20,000
 * interviews).
 */
import type { ShardData } from './shard';

export interface Vocabulary {
  readonly length: number;
  at(i: number): string;
}

const NEWLINE = 0x0a;

/** Saved vocabularies whose terms are not yet a list of strings. */
const unsplit = new WeakMap<ShardData, Vocabulary>();

/**
 * Gives `data` the newline-separated terms in `text` (`count` of them): `data.terms` splits
 * them when first read; `vocabularyOf(data)` reads single terms from the bytes until then.
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
  const saved: Vocabulary = {
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

/** Split vocabularies as the same interface, made once per list (a query looks words up in every shard). */
const lists = new WeakMap<string[], Vocabulary>();

/** The shard's vocabulary, without splitting a saved one. */
export function vocabularyOf(data: ShardData): Vocabulary {
  const saved = unsplit.get(data);
  if (saved !== undefined) return saved;
  const terms = data.terms;
  let list = lists.get(terms);
  if (list === undefined) lists.set(terms, (list = { length: terms.length, at: (i) => terms[i] ?? '' }));
  return list;
}

/** Where `term` is in a sorted vocabulary, or -1. */
export function indexOfTerm(terms: Vocabulary, term: string): number {
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = terms.at(mid);
    if (at === term) return mid;
    if (at < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The first position whose term is not before `prefix`. */
export function firstFrom(terms: Vocabulary, prefix: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms.at(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
