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
});

const plain = (d: ShardData) => ({ ...d, fieldLengths: [...d.fieldLengths], df: [...d.df], termStarts: [...d.termStarts], postings: [...d.postings] });

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

  it('will not write a string it could not read back', () => {
    expect(() => encodeShard(shard(['two\nlines'], ['a']))).toThrow(/newline/);
  });
});
