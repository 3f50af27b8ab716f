import { describe, expect, it } from 'vitest';
import { SearchEngine, SHARD_TARGET, shardOf } from '../../../main/search/engine';
import { interview } from './helpers';

// Enough interviews for several shards; "zeolite" is rare and sits in a different shard from the
// weak matches, so per-shard statistics would rank them differently.
const filler = (i: number): string => `Interview number ${i} about the harvest, the village school and the market. `.repeat(20);

describe('ranking across shards', async () => {
  const n = SHARD_TARGET * 2 + 50;
  const docs = Array.from({ length: n }, (_v, i) => interview(`doc-${i}`, filler(i)));
  const shardCount = Math.ceil(n / SHARD_TARGET);
  const strongId = docs.find((d) => shardOf(d.id, shardCount) === 0)!.id;
  const weak = docs.filter((d) => shardOf(d.id, shardCount) !== 0).slice(0, 40).map((d) => d.id);
  for (const d of docs) {
    if (d.id === strongId) d.text = `Zeolite mining. ${'The zeolite quarry. '.repeat(5)}${filler(0)}`;
    if (weak.includes(d.id)) d.text = `${filler(1)} Once a zeolite rock.`;
  }
  const engine = await SearchEngine.build(docs, { workerPath: null });

  it('puts the strong match of a rare word first whatever the shard', () => {
    const r = engine.search('zeolite harvest');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.hits[0]?.id).toBe(strongId);
    expect(r.total).toBe(n);
    expect(r.hits.slice(1, 11).every((h) => weak.includes(h.id))).toBe(true);
  });

  it('scores the same text the same in every shard (archive-wide statistics)', () => {
    const r = engine.search('zeolite');
    const weakScores = new Set(r.ok ? r.hits.filter((h) => weak.includes(h.id)).map((h) => h.score) : []);
    expect(weakScores.size).toBe(1);
  });

  it('counts every occurrence and pages through hits', () => {
    const r = engine.search('zeolite', { limit: 5, offset: 0 });
    const next = engine.search('zeolite', { limit: 5, offset: 5 });
    expect(r.ok && r.hits[0]?.hitCount).toBe(6);
    expect(r.ok && r.total).toBe(41);
    const first = r.ok ? r.hits.map((h) => h.id) : [];
    const second = next.ok ? next.hits.map((h) => h.id) : [];
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});
