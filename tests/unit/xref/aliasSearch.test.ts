import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';

describe('aliases in search, entity pages and claims, on a copy of the sample archive', () => {
  const base = mkdtempSync(join(tmpdir(), 'testimony-xref-'));
  let ws: Workspace;
  beforeAll(async () => {
    cpSync(resolve(__dirname, '../../../archive'), join(base, 'archive'), { recursive: true, filter: (p) => !p.includes('.testimony') });
    ws = await Workspace.open(join(base, 'archive'), { userDataDir: join(base, 'user') });
    await ws.ready;
  });
  afterAll(async () => {
    await ws.close();
    rmSync(base, { recursive: true, force: true });
  });
  const paths = async (query: string) => (await ws.search(query, { limit: 50, offset: 0, filters: {} })).hits.map((h) => h.path);
  const only = (word: string) => ws.list().filter((i) => ws.interview(i.id).text.includes(word)).map((i) => i.path);

  it('searching MEK also finds the interviews that only say MKO, and a Persian name finds English interviews', async () => {
    const mkoOnly = ws.list().map((i) => ws.interview(i.id)).filter((i) => /\bMKO\b/.test(i.text) && !/\bMEK\b/.test(i.text)).map((i) => i.path);
    expect(mkoOnly.length).toBeGreaterThan(0);
    const mek = await paths('MEK');
    for (const path of mkoOnly) expect(mek).toContain(path);
    const persian = await paths('مجاهدین');
    expect(persian).toContain('firuzmand-interview-2008.txt');
    expect(only('مجاهدین')).not.toContain('firuzmand-interview-2008.txt');
  });

  it('highlights the aliases in the reader too', async () => {
    const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt');
    const ranges = await ws.highlights(seed?.id ?? '', 'MEK');
    const text = ws.interview(seed?.id ?? '').text;
    expect(ranges.map((r) => text.slice(r.start, r.end))).toContain('MKO');
  });

  it('groups the seed’s conflicting figures as claims with citations, flagged, never merged', async () => {
    const handlers = createHandlers(ws);
    const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt');
    const text = ws.interview(seed?.id ?? '').text;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const what = 'MKO dissidents in the US camp';
    const add = (value: string, source: string, asOf: string, phrase: string) => dispatch(handlers, 'claims.add', { what, value, source, asOf, interviewId: seed?.id, ...at(phrase) });
    expect((await add('110', 'US press office', '2008-01-26', 'gives their number at 110')).ok).toBe(true);
    await add('208', 'ARIA', '2007-12', '208 MKO dissidents were staying in the US camp up to last month');
    await add('50', 'Javad Firuzmand', '2008-01-19', 'this number had reduced to 50 last week');
    const groups = await dispatch(handlers, 'claims.list', {});
    expect(groups).toMatchObject({ ok: true });
    const group = (groups as { value: Array<{ what: string; conflict: boolean; claims: Array<{ value: string; quote: string }> }> }).value[0];
    expect(group?.conflict).toBe(true);
    expect(group?.claims.map((c) => c.value)).toEqual(['208', '50', '110']);
    expect(group?.claims[0]?.quote).toContain('208 MKO dissidents');

    const candidates = await dispatch(handlers, 'claims.candidates', { id: seed?.id });
    const values = (candidates as { value: Array<{ value: string }> }).value.map((c) => c.value);
    expect(values).toEqual(expect.arrayContaining(['208', '110', '50', '3360', '380']));
    expect(values).not.toContain('1986');
    // Each figure's context starts and ends on whole words.
    const flat = text.replace(/\s+/g, ' ');
    for (const c of (candidates as { value: Array<{ context: string }> }).value) {
      const i = flat.indexOf(c.context);
      expect(i, c.context).toBeGreaterThanOrEqual(0);
      expect(i === 0 || flat[i - 1] === ' ', c.context).toBe(true);
      expect(/[\s]|^$/.test(flat[i + c.context.length] ?? ''), c.context).toBe(true);
    }
    // Persian digits are figures too; Persian calendar years are not.
    const persian = ws.list().find((i) => i.language === 'fa');
    const fa = await dispatch(handlers, 'claims.candidates', { id: persian?.id });
    const faValues = (fa as { value: Array<{ value: string }> }).value.map((c) => c.value);
    expect(faValues.some((v) => /[۰-۹]/.test(v))).toBe(true);
    expect(faValues).not.toContain('۱۳۸۶');
  });

  it('opens an entity page with mentions in context and co-occurring entities', async () => {
    const handlers = createHandlers(ws);
    const page = await dispatch(handlers, 'entities.get', { id: 'mko' });
    const value = (page as { value: { entity: { name: string }; mentions: Array<{ snippet: string; markStart: number; markEnd: number }>; related: Array<{ name: string }> } }).value;
    expect(value.entity.name).toBe('MKO');
    const first = value.mentions[0];
    expect(first?.snippet.slice(first.markStart, first.markEnd)).toMatch(/MKO|MEK|PMOI|Mojahedin|مجاهدین/);
    expect(value.related.map((r) => r.name)).toContain('Camp Ashraf');
  });
});
