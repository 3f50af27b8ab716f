import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDossier, presetDefinition, workspaceContent, newDefinition } from '../../../main/dossier/fromArchive';
import type { ExcerptBlock } from '../../../main/dossier';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { DossierDefinition } from '../../../preload/api';

const sample = resolve(__dirname, '../../../archive');

describe.skipIf(!existsSync(sample))('dossier builder on the sample archive (archive/ missing: skipped)', () => {
  let base = '';
  let ws: Workspace;
  let onProgress: (fraction: number) => void = () => undefined;
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'testimony-dossier-'));
    cpSync(sample, join(base, 'archive'), { recursive: true, filter: (src) => !src.includes('.testimony') });
    const emit = (name: string, payload: unknown): void => {
      if (name === 'dossier.progress') onProgress((payload as { fraction: number }).fraction);
    };
    ws = await Workspace.open(join(base, 'archive'), { userDataDir: join(base, 'user-data'), emit });
    await ws.ready;
  });
  afterAll(async () => {
    await ws.close();
    rmSync(base, { recursive: true, force: true });
  });

  const excerptsOf = async (def: Parameters<typeof buildDossier>[0]): Promise<ExcerptBlock[]> =>
    (await buildDossier(def, workspaceContent(ws))).document.sections.flatMap((s) => s.blocks.filter((b): b is ExcerptBlock => b.kind === 'excerpt'));

  it('a "Camp Ashraf" query prints matching passages, each quoted from its interview and cited with its file', async () => {
    const content = workspaceContent(ws);
    const found = await excerptsOf(presetDefinition({ kind: 'query', query: '"Camp Ashraf"' }, content, 'archive'));
    expect(found.length).toBeGreaterThan(5);
    const files = new Set(ws.list().map((i) => i.path));
    for (const e of found) {
      // The phrase is matched on words, so "camp, Ashraf" counts too.
      expect(e.quote.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')).toContain('camp ashraf');
      expect(files.has(e.citation.file)).toBe(true);
      expect(e.citation.passage).toBeGreaterThan(0);
    }
    expect(new Set(found.map((e) => e.citation.file)).size).toBeGreaterThan(3);
  });

  it('a Persian query finds the Persian interview, cited with its Persian title and interviewee', async () => {
    const persian = ws.list().find((i) => i.language === 'fa');
    expect(persian).toBeDefined();
    const def = { ...newDefinition('اشرف', 'پژوهشگر', 'fa'), sections: [{ id: 's1', title: 'اشرف', source: { kind: 'query' as const, query: 'اشرف' } }] };
    const found = await excerptsOf(def);
    const fromPersian = found.filter((e) => e.citation.file === persian?.path);
    expect(fromPersian.length).toBeGreaterThan(1);
    for (const e of fromPersian) {
      expect(e.quote).toContain('اشرف');
      expect(e.citation).toMatchObject({ interviewTitle: persian?.title, interviewee: 'مریم صادقی' });
    }
  });

  it('timecoded interviews cite the cue time of the passage', async () => {
    const found = await excerptsOf(presetDefinition({ kind: 'query', query: 'border' }, workspaceContent(ws), 'archive'));
    const timed = found.filter((e) => e.citation.file.endsWith('.vtt') || e.citation.file.endsWith('.srt'));
    expect(timed.length).toBeGreaterThan(0);
    for (const e of timed) expect(e.citation.time).toBeGreaterThanOrEqual(0);
  });

  it('cancels an export in the middle of the layout and leaves no file behind', async () => {
    const handlers = createHandlers(ws);
    const made = await dispatch(handlers, 'dossier.create', { title: 'Ashraf' });
    if (!made.ok) throw new Error(made.error.message);
    const def = { ...(made.value as DossierDefinition), sections: [{ id: 's1', title: 'Ashraf', source: { kind: 'query' as const, query: 'Ashraf camp' } }] };
    await dispatch(handlers, 'dossier.update', def);
    const seen: number[] = [];
    onProgress = (fraction) => {
      seen.push(fraction);
      if (seen.length === 1) void dispatch(handlers, 'dossier.cancel', { id: def.id });
    };
    const result = await dispatch(handlers, 'dossier.export', { id: def.id });
    onProgress = () => undefined;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.every((f) => f < 1)).toBe(true);
    const exportsDir = join(ws.dataDir, 'cache', 'exports');
    expect(existsSync(exportsDir) ? readdirSync(exportsDir) : []).toEqual([]);

    const again = await dispatch(handlers, 'dossier.export', { id: def.id });
    expect(again).toMatchObject({ ok: true, value: { excerpts: expect.any(Number) } });
  });

  it('a claims section prints the claims table with conflicts flagged and each row linked to its cited passage', async () => {
    const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt');
    const text = ws.interview(seed?.id ?? '').text;
    const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });
    const what = 'MKO dissidents in the US camp';
    ws.xref.claims.add({ what, value: '208', source: 'ARIA', asOf: '2007-12', interviewId: seed?.id ?? '', quote: '', ...at('208 MKO dissidents') });
    ws.xref.claims.add({ what, value: '110', source: 'US press office', asOf: '2008-01-26', interviewId: seed?.id ?? '', quote: '', ...at('their number at 110') });
    const def = { ...newDefinition('Claims', 'Tester'), sections: [{ id: 'c', title: 'Figures', source: { kind: 'claims' as const } }] };
    const { document } = await buildDossier(def, workspaceContent(ws));
    const blocks = document.sections[0]?.blocks ?? [];
    const table = blocks.find((b) => b.kind === 'claims');
    expect(table).toMatchObject({ kind: 'claims', about: what });
    const rows = table && table.kind === 'claims' ? table.rows : [];
    expect(rows.map((r) => [r.value, r.source, r.conflict])).toEqual([['208', 'ARIA', true], ['110', 'US press office', true]]);
    const cited = blocks.filter((b): b is ExcerptBlock => b.kind === 'excerpt');
    expect(rows.map((r) => r.excerptId)).toEqual(cited.map((e) => e.id));
    expect(cited[0]?.quote).toBe('208 MKO dissidents');
    expect((await (await import('../../../main/dossier')).renderDossier(document)).excerpts).toBe(2);
  });

  it('an entity section prints every passage naming it under any alias, indexed by its name', async () => {
    const def = { ...newDefinition('Rajavi', 'Tester'), sections: [{ id: 'e', title: 'Rajavi', source: { kind: 'entity' as const, entityId: 'massoud-rajavi' } }] };
    const found = await excerptsOf(def);
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.every((e) => e.entities?.includes('Massoud Rajavi'))).toBe(true);
    expect(found.some((e) => /رجوی|رجوي/.test(`${e.before ?? ''}${e.quote}${e.after ?? ''}`))).toBe(true);
  });

  it('a link between two annotations prints as a cross-reference between their excerpts', async () => {
    const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt');
    const text = ws.interview(seed?.id ?? '').text;
    const mark = (phrase: string) => ws.annotations.add({ interviewId: seed?.id ?? '', start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, codes: [] });
    const a = await mark('208 MKO dissidents');
    const b = await mark('their number at 110');
    ws.xref.store.addLink({ from: a.id, to: b.id, type: 'same-event', note: 'the same camp' });
    const def = { ...newDefinition('Links', 'Tester'), sections: [{ id: 'l', title: 'Linked', source: { kind: 'annotations' as const, ids: [a.id, b.id] } }] };
    const [first, second] = await excerptsOf(def);
    expect(first?.links).toEqual([{ type: 'same event', targetExcerptId: second?.id, note: 'the same camp' }]);
  });
});
