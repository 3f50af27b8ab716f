import { describe, expect, it } from 'vitest';
import { decodeShard, decodeShardDocs, encodeShard } from '../../../main/search/shardFile';
import { decodePairs, encodePairs } from '../../../main/search/pairFile';
import type { PairFilters, ShardData } from '../../../main/search/shard';

const shard = (terms: string[], ids: string[]): ShardData => ({
  ids,
  hashes: ids.map((id) => `h-${id}`),
  fieldLengths: Uint32Array.from(ids.flatMap((_id, d) => [d + 1, 2, 3, 4])),
  terms,
  df: Uint32Array.from(terms.map((_t, i) => i + 1)),
  termStarts: Uint32Array.from([...terms.keys(), terms.length]),
  postings: Uint32Array.from(terms.map((_t, i) => i * 7)),
  pairs: null,
});

const plain = (d: ShardData) => ({ ...d, fieldLengths: [...d.fieldLengths], df: [...d.df], termStarts: [...d.termStarts], postings: [...d.postings] });

// Filters of different lengths: document d has d + 1 words of filter.
const pairsOf = (docs: number): PairFilters => ({
  starts: Uint32Array.from({ length: docs + 1 }, (_v, d) => (d * (d + 1)) / 2),
  filters: Uint32Array.from({ length: (docs * (docs + 1)) / 2 }, (_v, i) => (i * 2654435761) >>> 0),
});

describe('the saved shard file', () => {
  it('reads back what was written: Persian and accented terms, odd byte lengths, an empty shard', () => {
    for (const data of [
      shard(['ashraf', 'café', 'مجاهدین', 'ی'], ['a1', 'b22', 'c333']),
      shard(['x'], ['only']),
      shard([], []),
    ]) {
      expect(plain(decodeShard(encodeShard(data)))).toEqual(plain(data));
    }
  });

  it('reads only the ids and hashes, as the whole decode gives them, whatever bytes follow the text', () => {
    // A text of four bytes ("ab\nc") puts the first array right after it, with no padding; the
    // newline byte that starts it (a field length of 10) is not part of the hash.
    const newlineAfterText = { ...shard([], ['ab']), hashes: ['c'], fieldLengths: Uint32Array.from([10, 1, 1, 1]) };
    for (const data of [
      shard(['ashraf', 'café', 'مجاهدین'], ['a1', 'b22', 'c333']),
      shard([], ['only']),
      newlineAfterText,
      shard(['x', 'y'], []),
    ]) {
      const buf = encodeShard(data);
      const whole = decodeShard(buf);
      const { ids, hashes } = decodeShardDocs(buf);
      expect({ ids, hashes }).toEqual({ ids: whole.ids, hashes: whole.hashes });
      // Given those, the whole decode is the same.
      expect(plain(decodeShard(buf, false, decodeShardDocs(buf)))).toEqual(plain(whole));
    }
  });

  it('refuses, in the partial read too, a file whose parts do not add up to its size', () => {
    const buf = encodeShard(shard(['camp', 'family'], ['a', 'b']));
    // A file cut by whole words and its checksum made to match: only the layout check sees it.
    const cut = Buffer.from(buf.subarray(0, buf.length - 4));
    for (const decode of [decodeShard, decodeShardDocs]) expect(() => decode(cut, true)).toThrow(/wrong size/);
    expect(() => decodeShardDocs(Buffer.from('garbage garbage'))).toThrow(/not a shard/);
  });

  it('refuses a file that is cut short, changed, or not a shard', () => {
    const buf = encodeShard(shard(['camp', 'family'], ['a', 'b']));
    expect(() => decodeShard(buf.subarray(0, buf.length - 4))).toThrow();
    const changed = Buffer.from(buf);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0xff;
    expect(() => decodeShard(changed)).toThrow(/checksum/);
    expect(() => decodeShard(Buffer.from('garbage garbage'))).toThrow(/not a shard/);
  });

  it('reads back the word-pair filters saved for a shard, and only for that shard', () => {
    for (const docs of [0, 1, 3, 40]) {
      const pairs = pairsOf(docs);
      const back = decodePairs(encodePairs(pairs, 0xdeadbeef), 0xdeadbeef, docs);
      expect(back && [[...back.starts], [...back.filters]]).toEqual([[...pairs.starts], [...pairs.filters]]);
    }
    const buf = encodePairs(pairsOf(3), 7);
    expect(decodePairs(buf, 8, 3)).toBeNull();
    expect(decodePairs(buf, 7, 4)).toBeNull();
    expect(decodePairs(buf.subarray(0, buf.length - 4), 7, 3)).toBeNull();
    const changed = Buffer.from(buf);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0xff;
    expect(decodePairs(changed, 7, 3)).toBeNull();
    expect(decodePairs(Buffer.from('garbage garbage garbage'), 7, 3)).toBeNull();
  });

  it('will not write a string it could not read back', () => {
    expect(() => encodeShard(shard(['two\nlines'], ['a']))).toThrow(/newline/);
  });
});
