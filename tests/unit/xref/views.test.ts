import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { CallName, CallOutput } from '../../../preload/api';
import { allDatesInText, datesInText } from '../../../main/xref/timeline';
import { analyzeTerm, forEachWord } from '../../../main/search/analysis';

describe('links, matrix, timeline, graph and related interviews on a copy of the sample archive', () => {
  const base = mkdtempSync(join(tmpdir(), 'testimony-xref-views-'));
  let ws: Workspace;
  let call: <K extends CallName>(name: K, input: unknown) => Promise<CallOutput<K>>;
  beforeAll(async () => {
    cpSync(resolve(__dirname, '../../../archive'), join(base, 'archive'), { recursive: true, filter: (p) => !p.includes('.testimony') });
    ws = await Workspace.open(join(base, 'archive'), { userDataDir: join(base, 'user') });
    await ws.ready;
    const handlers = createHandlers(ws);
    call = async (name, input) => {
      const r = await dispatch(handlers, name, input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as never;
    };
  });
  afterAll(async () => {
    await ws.close();
    rmSync(base, { recursive: true, force: true });
  });
  const seed = () => ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt')!;
  const annotate = async (interviewId: string, phrase: string, codes: string[] = []) => {
    const start = ws.interview(interviewId).text.indexOf(phrase);
    expect(start, phrase).toBeGreaterThanOrEqual(0);
    return ws.annotations.add({ interviewId, start, end: start + phrase.length, codes });
  };

  it('links two annotations with a type and a note, shown at both ends and kept after reopening', async () => {
    const guard = ws.list().find((i) => i.path === 'camp-guard-interview-2008.txt')!;
    const a = await annotate(seed().id, 'Javad Firuzmand, the spokesman of ARIA society');
    const b = await annotate(guard.id, 'the association in France, ARIA, had said 208 for December');
    const link = await call('links.add', { from: a.id, to: b.id, type: 'contradicts', note: 'who counted what' });
    expect(link.direction).toBe('out');
    const back = await call('links.list', { annotationId: b.id });
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ direction: 'in', type: 'contradicts', note: 'who counted what' });
    expect(back[0]!.other.quote).toContain('spokesman of ARIA');
    const refused = await dispatch(createHandlers(ws), 'links.add', { from: a.id, to: a.id, type: 'supports' });
    expect(refused.ok).toBe(false);

    const graph = await call('xref.graph', { limit: 40 });
    expect(graph.edges.some((e) => e.links.includes('contradicts'))).toBe(true);
    await call('links.delete', { id: link.id });
    expect(await call('links.list', { annotationId: a.id })).toHaveLength(0);
  });

  it('counts codes × interviews and entities × entities, and each cell opens the passages behind its count', async () => {
    const code = await ws.annotations.store.addCode({ name: 'Figures', color: '#aa5500' });
    await annotate(seed().id, 'this number had reduced to 50 last week', [code.id]);
    await annotate(seed().id, 'have given the total number of individuals living there as 3360', [code.id]);
    const codes = await call('xref.matrix', { kind: 'codes' });
    const row = codes.rows.findIndex((r) => r.id === code.id);
    const col = codes.cols.findIndex((c) => c.id === seed().id);
    expect(codes.counts[row]![col]).toBe(2);
    expect(await call('xref.cell', { kind: 'codes', row: code.id, col: seed().id })).toHaveLength(2);
    // Sub-codes roll up into their parent (on by default), each annotation once; off, the parent counts only its own.
    const child = await ws.annotations.store.addCode({ name: 'Returns', color: '#005599', parentId: code.id });
    const grandchild = await ws.annotations.store.addCode({ name: 'To Iran', color: '#009955', parentId: child.id });
    await annotate(seed().id, 'MKO leader', [child.id, grandchild.id]);
    const rolled = await call('xref.matrix', { kind: 'codes' });
    const at = (m: typeof rolled, id: string) => m.counts[m.rows.findIndex((r) => r.id === id)]![m.cols.findIndex((c) => c.id === seed().id)];
    expect([at(rolled, code.id), at(rolled, child.id), at(rolled, grandchild.id)]).toEqual([3, 1, 1]);
    expect(await call('xref.cell', { kind: 'codes', row: code.id, col: seed().id })).toHaveLength(3);
    const flat = await call('xref.matrix', { kind: 'codes', rollUp: false });
    expect([at(flat, code.id), at(flat, child.id)]).toEqual([2, 1]);
    expect(await call('xref.cell', { kind: 'codes', row: code.id, col: seed().id, rollUp: false })).toHaveLength(2);

    const entities = await call('xref.matrix', { kind: 'entities' });
    expect(entities.rows.length).toBeGreaterThan(5);
    const mko = entities.rows.findIndex((r) => r.label === 'MKO');
    const ashraf = entities.cols.findIndex((c) => c.label === 'Camp Ashraf');
    expect(mko).toBeGreaterThanOrEqual(0);
    const count = entities.counts[mko]![ashraf]!;
    expect(count).toBeGreaterThan(0);
    expect(entities.counts[ashraf]![mko]).toBe(count);
    const passages = await call('xref.cell', { kind: 'entities', row: entities.rows[mko]!.id, col: entities.cols[ashraf]!.id });
    expect(passages).toHaveLength(count);
    for (const p of passages) expect(ws.interview(p.interviewId).text.slice(p.start, p.end)).toMatch(/Ashraf|اشرف/);
  });

  it('puts interviews, dates in the text and dated claims on one timeline, in date order', async () => {
    expect(datesInText('On March 1, 2008, and on 26 January 2008; in December 2007 and 1,208 people.').map((d) => d.date)).toEqual(['2008-03-01', '2008-01-26', '2007-12']);
    const events = await call('xref.timeline', {});
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(events.some((e) => e.kind === 'interview' && e.date === '2008-01-26')).toBe(true);
    expect(events.some((e) => e.kind === 'mention' && e.date === '2008-03-01' && e.label.includes('140'))).toBe(true);
    // A year alone after a preposition is a date; a figure is not. "۲۰ اسفند ۱۳۸۶" is 10 March 2008, as the Persian text itself says.
    expect(allDatesInText('The base was set up in 1986; 1986 people; since 2003, and 1,208 in 2004.').map((d) => d.date)).toEqual(['1986', '2003', '2004']);
    const jalali = events.filter((e) => e.calendar === 'jalali');
    expect(jalali.find((e) => e.original === '۲۰ اسفند ۱۳۸۶')?.date).toBe('2008-03-10');
    expect(jalali.find((e) => e.original === 'سال ۱۳۷۵')?.date).toBe('1996');
    expect(jalali.find((e) => e.original?.startsWith('بهمن ۱۳۸۶'))?.date).toBe('2008-02');
    expect(events.some((e) => e.kind === 'mention' && e.date === '1986' && !e.calendar)).toBe(true);
  });

  it('finds interviews related to the seed through shared names and distinctive words', async () => {
    const related = await call('xref.related', { id: seed().id });
    expect(related.length).toBeGreaterThan(3);
    expect(related.map((r) => r.id)).not.toContain(seed().id);
    expect(related[0]!.sharedEntities.length).toBeGreaterThan(0);
    // "Shared words" are in both texts (once it listed the seed's own top words for every interview).
    // Compared as search compares words ("countries" and "country" are one term).
    const hasWord = (text: string, word: string) => {
      const terms = new Set<string | null>();
      forEachWord(text, (w) => terms.add(analyzeTerm(w)));
      return terms.has(analyzeTerm(word));
    };
    expect(related.some((r) => r.terms.length > 0)).toBe(true);
    for (const r of related) for (const word of r.terms) {
      expect(hasWord(ws.interview(seed().id).text, word), word).toBe(true);
      expect(hasWord(ws.interview(r.id).text, word), `${word} in ${r.title}`).toBe(true);
    }
    expect(new Set(related.map((r) => r.terms.join(' '))).size).toBeGreaterThan(1);
    const graph = await call('xref.graph', { interviewId: seed().id, limit: 30 });
    expect(graph.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['MKO', 'ARIA', 'Camp Ashraf']));
    // An ego graph: the centre and only names sharing passages with it; a threshold prunes weak ties.
    const mko = (await call('entities.list', {})).find((e) => e.name === 'MKO')!;
    const ego = await call('xref.graph', { center: mko.id, limit: 30 });
    expect(ego.nodes[0]!.id).toBe(mko.id);
    const tie = (id: string) => ego.edges.find((e) => (e.from === mko.id && e.to === id) || (e.to === mko.id && e.from === id))?.weight ?? 0;
    for (const n of ego.nodes.slice(1)) expect(tie(n.id), n.name).toBeGreaterThan(0);
    const strong = await call('xref.graph', { center: mko.id, limit: 30, minWeight: 3 });
    expect(strong.nodes.length).toBeLessThan(ego.nodes.length);
    for (const n of strong.nodes.slice(1)) expect(tie(n.id), n.name).toBeGreaterThanOrEqual(3);
    for (const e of strong.edges) if (e.links.length === 0) expect(e.weight).toBeGreaterThanOrEqual(3);
  });
});
