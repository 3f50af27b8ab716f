/**
 * Queries of plain words are matched from the postings instead of by Lunr: for random queries
 * (+/-, fields, unknown words, repeated words), over full postings and over pruned ones, both
 * find the same documents. Also: the vocabulary's token set built in the background is the one
 * built at once, and remembered expansions are forgotten when a shard changes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArchiveIndex, CHAMPIONS } from '../../../main/search/archiveIndex';
import { mergeSorted } from '../../../main/search/sortedMerge';
import { buildShards } from '../../../main/search/buildPool';
import { FIELDS } from '../../../main/search/fields';
import type { Presence, TermClause } from '../../../main/search/query';
import { type Match, lunrMatches, postingMatches } from '../../../main/search/search';
import { expanderOf, hitPlan, hitSpans, matchedFields } from '../../../main/search/hits';
import { parseQuery } from '../../../main/search/query';
import type { Interview } from '../../../main/library/types';
import { interview } from './helpers';

const WORDS = ['harvest', 'school', 'market', 'bread', 'camp', 'famili', 'zeolit', 'river', 'strike', 'unknownword'];
const RAW = ['harvest', 'school', 'market', 'bread', 'camp', 'family', 'zeolite', 'river', 'strike'];

/** Interviews with skewed word counts, so some terms have more entries than CHAMPIONS. */
function archive(count: number) {
  return Array.from({ length: count }, (_v, i) => {
    const words = RAW.filter((_w, k) => (i * (k + 3)) % (k + 2) !== 0 || k === i % RAW.length);
    const text = words.map((w, k) => `${w} `.repeat(1 + ((i + k) % 5))).join('. ');
    return interview(`doc-${i}`, text, { title: `${RAW[i % RAW.length]} story`, interviewee: i % 7 === 0 ? 'Maria Camp' : 'Hassan' });
  });
}

async function indexWith(count: number): Promise<{ index: ArchiveIndex; inputs: Map<number, Interview[]> }> {
  const docs = archive(count);
  const shards = 3;
  const inputs = new Map(Array.from({ length: shards }, (_v, no) => [no, docs.filter((_d, i) => i % shards === no)]));
  const index = new ArchiveIndex();
  for (const [no, data] of await buildShards(inputs, { workerPath: null })) index.addShard(no, data);
  return { index, inputs };
}
const indexOf = async (count: number): Promise<ArchiveIndex> => (await indexWith(count)).index;

const clause = fc.record({
  term: fc.constantFrom(...WORDS),
  presence: fc.constantFrom<Presence>('optional', 'optional', 'required', 'prohibited'),
  field: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
}).map(({ term, presence, field }): TermClause => ({ kind: 'term', presence, field, term, wildcard: false, editDistance: 0, boost: 1 }));

const refs = (matches: Match[]): string[] => matches.map((m) => `${m.shard}/${m.doc}`).sort();

describe('plain words matched from the postings', async () => {
  const index = await indexOf(CHAMPIONS * 3);

  it('finds the documents Lunr finds, over full and pruned postings', () => {
    fc.assert(fc.property(fc.array(clause, { minLength: 1, maxLength: 5 }), fc.boolean(), (clauses, pruned) => {
      fc.pre(clauses.some((c) => c.presence !== 'prohibited'));
      const expansions = clauses.map((c) => (index.docFrequency(c.term) > 0 ? [c.term] : []));
      index.prune(pruned ? new Set(WORDS.filter((w) => index.docFrequency(w) > CHAMPIONS)) : null);
      try {
        expect(refs(postingMatches(index, clauses, expansions))).toEqual(refs(lunrMatches(index, clauses, expansions)));
      } finally {
        index.prune(null);
      }
    }), { numRuns: 300 });
  });

  it('prunes some of the words it is tested with', () => {
    expect(WORDS.filter((w) => index.docFrequency(w) > CHAMPIONS).length).toBeGreaterThan(1);
  });
});

describe('matched fields from the index entries', async () => {
  const { index, inputs } = await indexWith(40);
  const part = fc.oneof(fc.constantFrom(...RAW, 'Maria', 'Hassan', 'story', 'harv*', 'marria~1'),
    fc.constantFrom('title', 'interviewee', 'place').map((f) => `${f}:${RAW[f.length % RAW.length] ?? 'camp'}`),
    fc.constantFrom('"maria camp"', '"camp story"', 'interviewee:"Maria Camp"', '"harvest story"'));

  it('are the fields a scan of their texts finds', () => {
    fc.assert(fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
      const parsed = parseQuery(parts.join(' '));
      if (!parsed.ok) return;
      const plan = hitPlan(parsed.clauses, expanderOf(index));
      for (const [no, docs] of inputs) {
        docs.forEach((i, doc) => {
          const indexed = (term: string): number => {
            let mask = 0;
            index.forEachField(term, no, doc, (field) => (mask |= 1 << field));
            return mask;
          };
          expect(matchedFields(i, plan, indexed)).toEqual(matchedFields(i, plan));
        });
      }
    }), { numRuns: 100 });
  });
});

describe('hit spans that stop at the index count', async () => {
  const { index, inputs } = await indexWith(40);

  it('are the spans of a scan to the end', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.constantFrom(...RAW, 'Maria', 'nowhere'), { minLength: 1, maxLength: 3 }), fc.nat(3), (words, max) => {
      const parsed = parseQuery(words.join(' '));
      if (!parsed.ok) return;
      const plan = hitPlan(parsed.clauses, expanderOf(index));
      for (const [no, docs] of inputs) {
        docs.forEach((i, doc) => {
          let occurrences = 0;
          for (const term of plan.terms) index.forEachField(term, no, doc, (field, tf) => (occurrences += FIELDS[field] === 'text' ? tf : 0));
          const opts = { max: max + 1, minGap: 20 };
          expect(hitSpans(i.text, plan, { ...opts, occurrences })).toEqual(hitSpans(i.text, plan, opts));
        });
      }
    }), { numRuns: 60 });
  });
});

describe('expansions', async () => {
  it('walk the shards\' vocabularies merged as one sorted list', () => {
    const vocabulary = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'ی', '1', 'z') }), { maxLength: 30 }).map((w) => w.sort());
    fc.assert(fc.property(fc.array(vocabulary, { maxLength: 7 }), (lists) => {
      expect(mergeSorted(lists)).toEqual([...new Set(lists.flat())].sort());
    }));
  });

  it('are the same from the token set built in the background', async () => {
    const eager = await indexOf(60);
    const warm = await indexOf(60);
    warm.warmUp();
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const [term, distance] of [['harvst', 1], ['scool', 2], ['m*ket', 0], ['zeolit', 1]] as const) {
      expect(warm.expandClause(term, distance)).toEqual(eager.prepare() && eager.expandClause(term, distance));
    }
  });

  it('are worked out again when a shard changes', async () => {
    const index = await indexOf(30);
    expect(index.expandClause('kestre*', 0)).toEqual([]);
    const [data] = (await buildShards(new Map([[0, [interview('new', 'A kestrel over the kestrels.')]]]), { workerPath: null })).values();
    if (data !== undefined) index.addShard(0, data);
    expect(index.expandClause('kestre*', 0)).toEqual(['kestrel']);
    expect(index.expandClause('kestrl', 1)).toEqual(['kestrel']);
  });
});
