import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeTerm } from '../../../main/search/analysis';
import { SearchEngine, type SearchResponse } from '../../../main/search/engine';
import { interview } from './helpers';

const ids = (r: SearchResponse): string[] => (r.ok ? r.hits.map((h) => h.id) : [`error: ${r.error}`]);

const docs = [
  interview('adjacent', 'We crossed the border at night. The red crescent tents were full.', {
    title: 'Crossing', interviewee: 'Maryam Ahmadi', date: '1979-02-11', language: 'en', format: 'md', place: 'Tabriz',
  }),
  interview('apart', 'The crescent moon was red over the border town where we slept.', {
    title: 'Night sky', interviewee: 'Hassan Karimi', date: '1985', language: 'en', place: 'Abadan',
  }),
  interview('persian', 'جواد فیروزمند در سال ۱۳۵۷ به تبریز رفت و در شرکت نفت کار کرد. پلاک ۲۰۸ بود.', {
    title: 'گفت‌وگو با جواد', interviewee: 'جواد فیروزمند', date: '1990-05', language: 'fa', format: 'vtt',
  }),
  interview('arabic-forms', 'ذهب يوسف الى شركة النفط في عام ١٩٧٨ ورقم ٢٠٨ كان على الباب', {
    title: 'Yusuf', language: 'ar', date: '1978-10-01',
  }),
];

describe('SearchEngine', async () => {
  const engine = await SearchEngine.build(docs, { workerPath: null });
  const tmp = mkdtempSync(join(tmpdir(), 'search-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('matches a phrase only where its words are adjacent', () => {
    expect(ids(engine.search('"red crescent"'))).toEqual(['adjacent']);
    expect(ids(engine.search('red crescent')).sort()).toEqual(['adjacent', 'apart']);
    expect(ids(engine.search('-"red crescent" border'))).toEqual(['apart']);
  });

  it('finds a phrase in whichever field holds all its words, and not across two fields', () => {
    expect(ids(engine.search('"maryam ahmadi"'))).toEqual(['adjacent']);
    expect(ids(engine.search('interviewee:"maryam ahmadi"'))).toEqual(['adjacent']);
    expect(ids(engine.search('title:"maryam ahmadi"'))).toEqual([]);
    // "Night sky" is a title; the other interview says "at night. The red…": only the title holds it.
    expect(ids(engine.search('"night sky"'))).toEqual(['apart']);
    expect(ids(engine.search('"crossing border"'))).toEqual([]);
  });

  it('restricts words to a field', () => {
    expect(ids(engine.search('title:crossing'))).toEqual(['adjacent']);
    expect(ids(engine.search('place:abadan'))).toEqual(['apart']);
    expect(ids(engine.search('interviewee:hassan'))).toEqual(['apart']);
    expect(ids(engine.search('title:border'))).toEqual([]);
  });

  it('filters by interviewee, date range, language and format', () => {
    expect(ids(engine.search('border', { filters: { interviewee: 'maryam ahmadi' } }))).toEqual(['adjacent']);
    expect(ids(engine.search('border', { filters: { from: '1980', to: '1989-12-31' } }))).toEqual(['apart']);
    expect(ids(engine.search('208', { filters: { language: 'fa' } }))).toEqual(['persian']);
    expect(ids(engine.search('208', { filters: { format: ['txt'] } }))).toEqual(['arabic-forms']);
    expect(ids(engine.search('208', { filters: { from: '1990-05-20' } }))).toEqual(['persian']);
  });

  it('gives snippets whose offsets point at the hit words', () => {
    const r = engine.search('crescent');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const hit of r.hits) {
      const text = docs.find((d) => d.id === hit.id)?.text ?? '';
      expect(hit.hitCount).toBe(1);
      for (const s of hit.snippets) {
        expect(text.slice(s.start, s.end).toLowerCase()).toBe('crescent');
        expect(s.text.slice(s.markStart, s.markEnd)).toBe(text.slice(s.start, s.end));
      }
    }
    const phrase = engine.search('"red crescent"');
    const s = phrase.ok ? phrase.hits[0]?.snippets[0] : undefined;
    expect(s && docs[0]!.text.slice(s.start, s.end)).toBe('red crescent');
  });

  it('tells which passage, speaker and time a snippet comes from, trimmed at word boundaries', async () => {
    const q = 'Q: Where did you work before the war began in the north?';
    const a = `A: ${'We lived quietly by the river for many years. '.repeat(6)}Then the refinery closed. ${'Nobody spoke of it again afterwards. '.repeat(6)}`;
    const text = `${q}\n${a}`;
    const doc = interview('turns', text, {
      passages: [{ start: 0, end: q.length, speaker: 'Q', time: 0 }, { start: q.length + 1, end: text.length, speaker: 'A', time: 12.5 }],
    });
    const e = await SearchEngine.build([doc], { workerPath: null });
    const r = e.search('refinery');
    const s = r.ok ? r.hits[0]?.snippets[0] : undefined;
    expect(s).toMatchObject({ passageIndex: 1, speaker: 'A', time: 12.5 });
    expect(s && text.slice(s.start, s.end)).toBe('refinery');
    expect(s && s.text.slice(s.markStart, s.markEnd)).toBe('refinery');
    expect(s?.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    expect(s && s.text.length).toBeLessThanOrEqual(170);
    // Whole words only: the snippet's words all occur in the text.
    for (const w of (s?.text ?? '').replace(/…/g, '').split(' ')) expect(text).toContain(w);
  });

  it('highlights words that only match after folding or NFKC', async () => {
    const text = 'The oﬃce of Émile in Łódź; the OFFICE again.';
    const e = await SearchEngine.build([interview('fold', text)], { workerPath: null });
    expect(e.highlights('fold', 'office emile lodz').map((s) => text.slice(s.start, s.end))).toEqual(['oﬃce', 'Émile', 'Łódź', 'OFFICE']);
  });

  it('finds Persian text with Arabic-form letters and either kind of digits', () => {
    expect(ids(engine.search('شركت'))).toEqual(['persian']);
    expect(ids(engine.search('شرکه')).sort()).toEqual(['arabic-forms']);
    expect(ids(engine.search('۲۰۸')).sort()).toEqual(['arabic-forms', 'persian']);
    expect(ids(engine.search('٢٠٨')).sort()).toEqual(['arabic-forms', 'persian']);
    expect(ids(engine.search('1357'))).toEqual(['persian']);
    expect(ids(engine.search('يوسف'))).toEqual(['arabic-forms']);
    expect(ids(engine.search('"جواد فيروزمند"'))).toEqual(['persian']);
  });

  it('returns every highlight of a query in an interview', () => {
    const text = docs[1]!.text;
    const spans = engine.highlights('apart', 'crescent border');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['crescent', 'border']);
    expect(engine.highlights('apart', '*')).toEqual([]);
    expect(engine.highlights('missing', 'border')).toEqual([]);
  });

  it('saves, loads and re-indexes only what changed', async () => {
    const dir = join(tmp, 'cache');
    await engine.save(dir);
    const loaded = await SearchEngine.load(dir, docs, { workerPath: null });
    expect(loaded).not.toBeNull();
    expect(ids(loaded!.search('"red crescent"'))).toEqual(['adjacent']);
    expect(loaded!.documentCount).toBe(docs.length);

    const edited = { ...docs[1]!, text: `${docs[1]!.text} A zeppelin flew over.`, hash: 'edited' };
    const reloaded = await SearchEngine.load(dir, [docs[0]!, edited, docs[2]!], { workerPath: null });
    expect(ids(reloaded!.search('zeppelin'))).toEqual(['apart']);
    expect(ids(reloaded!.search('يوسف'))).toEqual([]);
    expect(reloaded!.documentCount).toBe(3);

    // Loading re-saved only the changed shard; the cache now matches the archive as it is.
    const again = await SearchEngine.load(dir, [docs[0]!, edited, docs[2]!], { workerPath: null });
    expect(ids(again!.search('zeppelin'))).toEqual(['apart']);
    expect(ids(again!.search('"red crescent"'))).toEqual(['adjacent']);
  });

  it('for a one-off command, decodes an unchanged saved index only when a query needs it', async () => {
    const dir = join(tmp, 'on-use');
    await engine.save(dir);
    const lazy = (await SearchEngine.load(dir, docs, { workerPath: null, oneOff: true }))!;
    expect(lazy.opened).toBe(false);
    expect(ids(lazy.search('"red crescent"'))).toEqual(ids(engine.search('"red crescent"')));
    expect(lazy.opened).toBe(true);
    expect(lazy.documentCount).toBe(docs.length);

    // Something to update is decoded and re-indexed on load, as without the option.
    const edited = { ...docs[1]!, text: `${docs[1]!.text} A zeppelin flew over.`, hash: 'edited' };
    const updated = (await SearchEngine.load(dir, [docs[0]!, edited, docs[2]!], { workerPath: null, oneOff: true }))!;
    expect(updated.opened).toBe(true);
    expect(ids(updated.search('zeppelin'))).toEqual(['apart']);
    // A host decodes on load, so its first answer does not wait for it.
    expect((await SearchEngine.load(dir, [docs[0]!, edited, docs[2]!], { workerPath: null }))!.opened).toBe(true);
  });

  it('treats a missing or damaged cache as absent', async () => {
    expect(await SearchEngine.load(join(tmp, 'nothing'), docs)).toBeNull();
    const dir = join(tmp, 'damaged');
    await engine.save(dir);
    const shard = readdirSync(dir).find((f) => f.endsWith('.bin'))!;
    writeFileSync(join(dir, shard), 'garbage');
    expect(await SearchEngine.load(dir, docs)).toBeNull();
  });

  it('updates one changed interview and forgets removed ones', async () => {
    const e = await SearchEngine.build(docs, { workerPath: null });
    await e.update([{ ...docs[0]!, text: 'Only a quiet garden now.', hash: 'new' }], ['apart']);
    expect(ids(e.search('border'))).toEqual([]);
    expect(ids(e.search('garden'))).toEqual(['adjacent']);
    expect(e.documentCount).toBe(3);
  });

  it('uses one analysis for index and queries', () => {
    expect(analyzeTerm('Crossing')).toBe(analyzeTerm('crossings'));
    expect(ids(engine.search('CROSSINGS'))).toEqual(['adjacent']);
  });
});
