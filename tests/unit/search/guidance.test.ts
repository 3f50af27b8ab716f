/**
 * A search that finds nothing says why and what to try: a bare operator, a misspelling, a filter
 * that excluded everything, a word that is only in the tags.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchEngine, type SearchResponse } from '../../../main/search/engine';
import { matchSpans } from '../../../main/search/spans';
import { editDistance } from '../../../main/search/suggest';
import type { SearchResponse as Answer } from '../../../preload/api';
import { emptyBecause as explain, hitSummary } from '../../../renderer/src/search/explain';
import { interview } from './helpers';

const docs = [
  interview('marsh', 'We waited at the camp near Arbil for months. The camp had no school.', { interviewee: 'Dr. Helena Marsh', language: 'en' }),
  interview('karimi', 'The camp in Arbil was cold; Javad Firuzmand kept the lists.', { interviewee: 'Hassan Karimi', language: 'en' }),
  interview('tagged', 'We spoke about the years before the move.', { interviewee: 'Leyla Sadeghi', tags: ['Camp Ashraf', 'oral history'], title: 'Before' }),
  interview('persian', 'جواد فیروزمند در اشرف بود.', { interviewee: 'جواد فیروزمند', language: 'fa' }),
];

const ok = (r: SearchResponse) => {
  if (!r.ok) throw new Error(r.error);
  return r;
};
// The renderer's sentence from the engine's answer, as the contract carries it.
const emptyBecause = (q: string, r: object): string | null => explain(q, r as Answer);
const ids = (r: SearchResponse): string[] => ok(r).hits.map((h) => h.id).sort();

describe('search guidance', async () => {
  const engine = await SearchEngine.build(docs, { workerPath: null });
  const tmp = mkdtempSync(join(tmpdir(), 'search-guidance-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('a bare + or - is a failure that says how to write it, and is left out beside real words', () => {
    for (const q of ['+', '-', ' + ']) {
      const r = engine.search(q);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/goes right before a word/);
    }
    const beside = ok(engine.search('Arbil +'));
    expect(beside.hits.length).toBe(2);
    expect(beside.notices.join(' ')).toMatch(/Left out ‘\+’/);
  });

  it('the interviewee filter matches part of a name, from the start of a word, case and accents ignored', () => {
    expect(ids(engine.search('camp', { filters: { interviewee: 'Marsh' } }))).toEqual(['marsh']);
    expect(ids(engine.search('camp', { filters: { interviewee: 'helena' } }))).toEqual(['marsh']);
    expect(ids(engine.search('camp', { filters: { interviewee: 'HASSAN karimi' } }))).toEqual(['karimi']);
    expect(ids(engine.search('camp', { filters: { interviewee: 'arsh' } }))).toEqual([]);
    expect(ids(engine.search('فیروزمند', { filters: { interviewee: 'فیروزمند' } }))).toEqual(['persian']);
  });

  it('an empty filtered answer counts what each filter excluded', () => {
    const r = ok(engine.search('Arbil', { filters: { interviewee: 'Sadeghi', language: 'en' } }));
    expect(r.total).toBe(0);
    expect(r.filtered?.unfiltered).toBe(2);
    expect(r.filtered?.each).toEqual([{ filter: { interviewee: 'Sadeghi' }, total: 0 }, { filter: { language: 'en' }, total: 2 }]);
    expect(emptyBecause('Arbil', r)).toBe('2 interviews match ‘Arbil’, but none with interviewee ‘Sadeghi’.');
    expect(ok(engine.search('Arbil', { filters: { interviewee: 'Marsh' } })).filtered).toBeUndefined();
    const neither = ok(engine.search('Arbil', { filters: { interviewee: 'Sadeghi', language: 'fa' } }));
    expect(emptyBecause('Arbil', neither)).toBe('2 interviews match ‘Arbil’, but none with interviewee ‘Sadeghi’ or language ‘fa’.');
    // Each filter alone lets something through; only together do they exclude everything.
    const together = { ...r, filtered: { unfiltered: 2, each: [{ filter: { interviewee: 'Marsh' }, total: 1 }, { filter: { language: 'fa' }, total: 1 }] } };
    expect(emptyBecause('Arbil', together)).toBe('2 interviews match ‘Arbil’, but none with interviewee ‘Marsh’ and language ‘fa’ together.');
  });

  it('a misspelt word gets the archive\'s closest word, spelt as typed, and the corrected query finds it', () => {
    const r = ok(engine.search('Firuzmund camp'));
    expect(r.suggestion).toEqual({ query: 'Firuzmand camp', corrections: [{ typed: 'Firuzmund', suggested: 'Firuzmand' }] });
    expect(ids(engine.search(r.suggestion?.query ?? ''))).toContain('karimi');
    expect(ok(engine.search('ARBLI')).suggestion?.query).toBe('ARBIL');
    expect(ok(engine.search('فیروزمنذ')).suggestion?.query).toBe('فیروزمند');
    expect(ok(engine.search('camp Firuzmand')).suggestion).toBeUndefined();
    // Too short to guess at, and not for words the query excludes.
    expect(ok(engine.search('camp cmp')).suggestion).toBeUndefined();
    expect(ok(engine.search('camp -Firuzmund')).suggestion).toBeUndefined();
    const aliased = ok(engine.search('Firuzmund', { expand: (w) => (w === 'Firuzmund' ? ['Firuzmand'] : []) }));
    expect(aliased.suggestion).toBeUndefined();
    expect(aliased.hits.map((h) => h.id)).toContain('karimi');
    expect(editDistance('ashraff', 'ashraf')).toBe(1);
    expect(editDistance('firuzmnad', 'firuzmand')).toBe(1);
  });

  it('tags are searchable, with tags: too, and a tag-only hit says where it matched instead of 0 hits', () => {
    expect(ids(engine.search('history'))).toEqual(['tagged']);
    expect(ids(engine.search('tags:ashraf'))).toEqual(['tagged']);
    expect(ids(engine.search('tags:"camp ashraf"'))).toEqual(['tagged']);
    const hit = ok(engine.search('history')).hits[0];
    expect(hit?.hitCount).toBe(0);
    expect(hit?.matchedIn).toEqual(['keywords']);
    expect(hitSummary({ hitCount: 0, matchedIn: ['tags'] })).toBe('matched in the tags');
    expect(hitSummary({ hitCount: 2, matchedIn: ['title', 'tags'] })).toBe('2 hits · also in the title and tags');
    const text = ok(engine.search('camp')).hits.find((h) => h.id === 'marsh');
    expect(text?.matchedIn).toEqual([]);
  });

  it('a retagged interview (its metadata digest changes) is re-indexed when the saved index is loaded', async () => {
    await engine.save(tmp);
    const retagged = docs.map((d) => (d.id === 'tagged' ? { ...d, tags: ['resettlement'], metaKey: 'retagged' } : d));
    const loaded = await SearchEngine.load(tmp, retagged, { workerPath: null });
    expect(loaded).not.toBeNull();
    expect(ids(loaded?.search('resettlement') ?? engine.search('x'))).toEqual(['tagged']);
    expect(ids(loaded?.search('history') ?? engine.search('x'))).toEqual([]);
  });

  it('marking stays linear on long runs of symbols after a matched word', () => {
    const text = `camp ${'• '.repeat(40_000)}camp ${'•'.repeat(80_000)} Arbil`;
    // CPU time, not wall time: a loaded machine makes the test wait for a core, not do more work.
    const started = process.cpuUsage();
    const spans = matchSpans(text, new Set(['camp', 'arbil']), [[{ term: 'camp', folded: 'camp' }, { term: 'arbil', folded: 'arbil' }]]);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    // Symbols between words do not break a phrase, so the second camp and Arbil are one phrase hit.
    expect(spans.map((s) => [text.slice(s.start, s.start + 4), text.slice(Math.max(s.start, s.end - 5), s.end)])).toEqual([['camp', 'camp'], ['camp', 'Arbil']]);
    // The quadratic walk took seconds of CPU here; linear is a few milliseconds.
    expect(ms).toBeLessThan(250);
  });
});
