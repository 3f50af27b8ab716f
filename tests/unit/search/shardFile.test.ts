import { describe, expect, it } from 'vitest';
import { decodeShard, encodeShard } from '../../../main/search/shardFile';
import type { ShardData } from '../../../main/search/shard';

const shard = (terms: string[], ids: string[]): ShardData => ({
  ids,
  hashes: ids.map((id) => `h-${id}`),
  fieldLengths: Uint32Array.from(ids.flatMap((_id, d) => [d + 1, 2, 3, 4])),
  terms,
  df: Uint32Array.from(terms.map((_t, i) => i + 1)),
  termStarts: Uint32Array.from([...terms.keys(), terms.length]),
  postings: Uint32Array.from(terms.map((_t, i) => i * 7)),
  // Filters of different lengths: document d has d + 1 words of filter.
  pairStarts: Uint32Array.from([0, ...ids.map((_id, d) => ((d + 1) * (d + 2)) / 2)]),
  pairFilters: Uint32Array.from({ length: (ids.length * (ids.length + 1)) / 2 }, (_v, i) => (i * 2654435761) >>> 0),
});

const plain = (d: ShardData) => ({
  ...d, fieldLengths: [...d.fieldLengths], df: [...d.df], termStarts: [...d.termStarts], postings: [...d.postings], pairStarts: [...d.pairStarts], pairFilters: [...d.pairFilters],
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

  it('refuses a file that is cut short, changed, or not a shard', () => {
    const buf = encodeShard(shard(['camp', 'family'], ['a', 'b']));
    expect(() => decodeShard(buf.subarray(0, buf.length - 4))).toThrow();
    const changed = Buffer.from(buf);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 0xff;
    expect(() => decodeShard(changed)).toThrow(/checksum/);
    expect(() => decodeShard(Buffer.from('garbage garbage'))).toThrow(/not a shard/);
  });

  it('refuses filters that do not cover their documents', () => {
    const data = shard(['camp'], ['a', 'b']);
    expect(() => decodeShard(encodeShard({ ...data, pairStarts: data.pairStarts.subarray(0, 2) }))).toThrow(/wrong size/);
    expect(() => decodeShard(encodeShard({ ...data, pairFilters: data.pairFilters.subarray(1) }))).toThrow(/wrong size/);
  });

  it('will not write a string it could not read back', () => {
    expect(() => encodeShard(shard(['two\nlines'], ['a']))).toThrow(/newline/);
  });
});
