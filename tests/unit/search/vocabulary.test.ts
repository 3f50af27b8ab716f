import { describe, expect, it } from 'vitest';
import { decodeShard, encodeShard } from '../../../main/search/shardFile';
import type { ShardData } from '../../../main/search/shard';
import { firstFrom, indexOfTerm, termAt } from '../../../main/search/vocabulary';

// Sorted as JavaScript compares strings (UTF-16 code units): an astral letter (𝔘, a surrogate
// pair) comes before U+FB00 (ﬀ), where UTF-8 bytes would put it after.
const TERMS = ['ashraf', 'camp', 'campaign', 'café', 'family', 'مجاهدین', 'ی', '𝔘nion', 'ﬀ'].sort();

const saved = (terms: string[], ids = ['a1', 'b22']): ShardData => decodeShard(encodeShard({
  ids,
  hashes: ids.map((id) => `h-${id}`),
  fieldLengths: Uint32Array.from(ids.flatMap(() => [1, 1, 1, 1])),
  terms,
  df: Uint32Array.from(terms.map(() => 1)),
  termStarts: Uint32Array.from([...terms.keys(), terms.length]),
  postings: Uint32Array.from(terms.map(() => 0)),
  pairs: null,
}));

/** Whether the shard's terms are still bytes: reading `terms` makes them a list. */
const unsplit = (data: ShardData): boolean => Object.getOwnPropertyDescriptor(data, 'terms')?.get !== undefined;

describe('a saved shard’s vocabulary', () => {
  it('finds every term, and no other, without splitting the list', () => {
    const data = saved(TERMS);
    TERMS.forEach((term, i) => {
      expect(termAt(data, i)).toBe(term);
      expect(indexOfTerm(data, term)).toBe(i);
    });
    expect(termAt(data, TERMS.length)).toBeUndefined();
    for (const absent of ['', 'a', 'cam', 'zz', 'مجاهد', '𝔘']) expect(indexOfTerm(data, absent)).toBe(-1);
    expect(unsplit(data)).toBe(true);
  });

  it('gives the first term from a prefix, as the split list does', () => {
    const data = saved(TERMS);
    for (const prefix of ['camp', 'ca', 'm', 'مج', '𝔘', 'ﬀ', 'zz', '']) {
      expect(firstFrom(data, prefix)).toBe(TERMS.findIndex((t) => t >= prefix) === -1 ? TERMS.length : TERMS.findIndex((t) => t >= prefix));
    }
  });

  it('splits into the written list when the whole of it is read, and looks up the same after', () => {
    const data = saved(TERMS);
    expect(data.terms).toEqual(TERMS);
    expect(unsplit(data)).toBe(false);
    expect(indexOfTerm(data, 'family')).toBe(TERMS.indexOf('family'));
    expect(firstFrom(data, 'cam')).toBe(TERMS.indexOf('camp'));
  });

  it('holds no terms for an empty shard, with or without interviews', () => {
    for (const data of [saved([]), saved([], []), saved(['x'], [])]) {
      const holdsX = termAt(data, 0) === 'x';
      expect(indexOfTerm(data, 'x')).toBe(holdsX ? 0 : -1);
      expect(data.terms).toEqual(holdsX ? ['x'] : []);
    }
  });
});
