import { describe, expect, it } from 'vitest';
import { tokenStream } from '../../../main/search/analysis';
import { FIELDS, TEXT_FIELD } from '../../../main/search/fields';
import { buildShard, encodePosting, postingDoc, type ShardData, type ShardInput } from '../../../main/search/shard';
import { fillFilter, filterWords, wordKey } from '../../../main/search/wordPairs';
import { randomPieces } from '../../support/randomPieces';

/** A field's terms counted from its token stream, and every word's phrase key (stop words too); returns the field length. */
function countTerms(text: string, counts: Map<string, number>, keys?: number[]): number {
  let length = 0;
  for (const { term, folded } of tokenStream(text)) {
    keys?.push(wordKey(term, folded));
    if (term === null) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
    length++;
  }
  return length;
}

/** A shard as the plain definition builds it: a Map of counts per field, a Map of postings per term, the terms sorted. */
function byDefinition(docs: ShardInput[]): ShardData {
  const byTerm = new Map<string, number[]>();
  const fieldLengths = new Uint32Array(docs.length * FIELDS.length);
  const filters: Uint32Array[] = [];
  docs.forEach((doc, d) => {
    FIELDS.forEach((_, f) => {
      const counts = new Map<string, number>();
      const keys = f === TEXT_FIELD ? [] : undefined;
      fieldLengths[d * FIELDS.length + f] = countTerms(doc.fields[f] ?? '', counts, keys);
      if (keys) {
        const filter = new Uint32Array(filterWords(keys.length));
        fillFilter(keys, filter);
        filters.push(filter);
      }
      for (const [term, tf] of counts) byTerm.set(term, [...(byTerm.get(term) ?? []), encodePosting(d, f, tf)]);
    });
  });
  const terms = [...byTerm.keys()].sort();
  const lists = terms.map((t) => byTerm.get(t)!);
  const starts = [0];
  for (const list of lists) starts.push(starts.at(-1)! + list.length);
  const pairStarts = [0];
  for (const filter of filters) pairStarts.push(pairStarts.at(-1)! + filter.length);
  return {
    ids: docs.map((d) => d.id),
    hashes: docs.map((d) => d.hash),
    fieldLengths,
    terms,
    df: Uint32Array.from(lists.map((list) => new Set(list.map(postingDoc)).size)),
    termStarts: Uint32Array.from(starts),
    postings: Uint32Array.from(lists.flat()),
    pairs: { starts: Uint32Array.from(pairStarts), filters: Uint32Array.from(filters.flatMap((f) => [...f])) },
  };
}

// Words that share a term (cases, stems, possessives), stop words, joiners, Arabic-form letters,
// Persian digits, accents, a letter past the BMP, a word longer than a term may be, and punctuation.
const PIECES = [' ', ' ', ' ', '\n', ', ', '. ', 'The', 'the', 'THE', 'run', 'running', 'runs', 'Ran', 'camp', 'Camp', 'camps', "camp's", "O'Brien", "don't", 'James’s',
  'می‌خواهم', 'كتاب', 'کتاب', '۱۳۶۵', '1365', 'café', 'CAFÉ', 'cafe', 'naïve', '𝐓𝐡𝐞', 'x'.repeat(70), 'a', 'of', 'and', 'Ashraf', 'ashraf', 'عراق', '-', '—', 'well-known'];

function docsOf(seed: number, count: number): ShardInput[] {
  return Array.from({ length: count }, (_, d) => ({
    id: `doc-${seed}-${d}`,
    hash: `hash-${d}`,
    fields: FIELDS.map((_, f) => randomPieces(PIECES, seed * 1000 + d * 10 + f, f === TEXT_FIELD ? 200 : 6)),
  }));
}

describe('buildShard', () => {
  it('builds the shard the plain definition does, for random documents of edge pieces', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const docs = docsOf(seed, 1 + (seed % 7));
      expect(buildShard(docs), `seed ${seed}`).toEqual(byDefinition(docs));
    }
  });

  it('still agrees when a text has more distinct words than the word table holds at once', () => {
    // 150,000 distinct words (the table is emptied at 131,072), each twice, and words of the first
    // half again after it was emptied.
    const words = Array.from({ length: 150_000 }, (_, i) => `w${i.toString(36)}q`);
    const text = [...words, ...words.slice(0, 1000), ...words].join(' ');
    const docs: ShardInput[] = [{ id: 'big', hash: 'h', fields: FIELDS.map((_, f) => (f === TEXT_FIELD ? text : 'Camp Ashraf')) }];
    const built = buildShard(docs);
    expect(built).toEqual(byDefinition(docs));
    expect(built.terms.length).toBeGreaterThan(150_000);
  });
});
