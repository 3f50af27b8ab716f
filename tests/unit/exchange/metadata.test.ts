import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { CallName, CallOutput, Result } from '../../../preload/api';
import { closeArchives, openArchive, sampleArchive } from './support';
import { buildDossier, presetDefinition, workspaceContent } from '../../../main/dossier/fromArchive';
import { renderDossier } from '../../../main/dossier';
import { hasPoppler, run, saveTemp } from '../dossier/poppler';

/** A contract call through the same dispatch the hosts use, typed by the contract. */
async function ask<K extends CallName>(handlers: ReturnType<typeof createHandlers>, name: K, input: unknown): Promise<Result<CallOutput<K>>> {
  return (await dispatch(handlers, name, input)) as Result<CallOutput<K>>;
}

afterAll(closeArchives);

describe('interview metadata edited in a sidecar', () => {
  it('an untitled SRT gets its interviewee: saved beside it, the source untouched, shown in the list, filters, search, names and citations at once, and after a re-index', async () => {
    const { ws, root } = await openArchive(sampleArchive);
    const handlers = createHandlers(ws);
    const srt = ws.list().find((i) => i.path === 'jordan-route-2008.srt')!;
    const before = readFileSync(join(root, srt.path));
    const mtime = statSync(join(root, srt.path)).mtimeMs;
    const filtered = async () => (await ws.search('border', { limit: 20, offset: 0, filters: { interviewee: 'Hamid Karimi' } })).hits.map((h) => h.id);
    const noEdit = await filtered();
    const saved = await dispatch(handlers, 'metadata.save', { id: srt.id, edits: { title: 'Crossing from Jordan', interviewee: 'Hamid Karimi', date: '2008-05', tags: ['route', 'Jordan'], rights: 'CC BY 4.0' } });
    expect(saved.ok).toBe(true);
    expect(readFileSync(join(root, srt.path)).equals(before)).toBe(true);
    expect(statSync(join(root, srt.path)).mtimeMs).toBe(mtime);
    expect(JSON.parse(readFileSync(join(root, `${srt.path}.testimony.json`), 'utf8')).fields.interviewee).toBe('Hamid Karimi');
    expect(ws.list().find((i) => i.id === srt.id)).toMatchObject({ title: 'Crossing from Jordan', interviewee: 'Hamid Karimi', date: '2008-05', tags: ['route', 'Jordan'], edited: true });
    expect(await filtered()).toEqual([...noEdit, srt.id].filter((id, i, all) => all.indexOf(id) === i));
    expect((await ws.search('interviewee:karimi', { limit: 5, offset: 0, filters: {} })).hits.map((h) => h.id)).toContain(srt.id);
    expect((await ws.search('title:crossing', { limit: 5, offset: 0, filters: {} })).hits.map((h) => h.id)).toEqual([srt.id]);
    expect(ws.xref.entities().some((e) => e.name === 'Hamid Karimi')).toBe(true);
    const cite = await ask(handlers, 'citations.export', { format: 'csl-json', ids: [srt.id] });
    expect(cite.ok && JSON.parse(cite.value.text)[0]).toMatchObject({ title: 'Crossing from Jordan', author: [{ family: 'Karimi', given: 'Hamid' }], issued: { 'date-parts': [[2008, 5]] } });
    // A fresh open of the same archive (another machine, the next day) reads the same edits.
    await ws.close();
    const again = await Workspace.open(root, { userDataDir: join(root, '..', 'user-data-2') });
    await again.ready;
    expect(again.list().find((i) => i.id === srt.id)).toMatchObject({ title: 'Crossing from Jordan', interviewee: 'Hamid Karimi' });
    again.reindex();
    await again.ready;
    expect(again.interview(srt.id).interviewee).toBe('Hamid Karimi');
    await again.close();
  });

  it('an edit shows in the next dossier: its citations and sources name the corrected interviewee, title, date and archive', async () => {
    const { ws } = await openArchive(sampleArchive);
    const handlers = createHandlers(ws);
    const srt = ws.list().find((i) => i.path === 'jordan-route-2008.srt')!;
    const word = 'border';
    expect(ws.interview(srt.id).text.toLowerCase()).toContain(word);
    const saved = await dispatch(handlers, 'metadata.save', { id: srt.id, edits: { title: 'Crossing from Jordan', interviewee: 'Hamid Karimi', interviewer: 'Sara Lindqvist', date: '2008-05', publisher: 'Kurdistan Oral History Project' } });
    expect(saved.ok).toBe(true);
    const content = workspaceContent(ws);
    const def = { ...presetDefinition({ kind: 'query', query: word }, content, 'sample'), citationStyle: 'apa' as const };
    const { document } = await buildDossier(def, content);
    const cited = document.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'excerpt' && b.citation.file === srt.path ? [b.citation] : []));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited[0]).toMatchObject({ interviewTitle: 'Crossing from Jordan', interviewee: 'Hamid Karimi', interviewer: 'Sara Lindqvist', date: '2008-05', publisher: 'Kurdistan Oral History Project' });
    if (!hasPoppler) return;
    const { pdf } = await renderDossier(document);
    const text = run('pdftotext', [saveTemp(pdf), '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Karimi, H. (2008, May). Crossing from Jordan (S. Lindqvist, Interviewer) [Interview]. Kurdistan Oral History Project. File: jordan-route-2008.srt.');
  });

  it('undo: saving the previous edits back restores the file’s own values and removes the sidecar', async () => {
    const { ws, root } = await openArchive(sampleArchive);
    const handlers = createHandlers(ws);
    const txt = ws.list().find((i) => i.format === 'txt')!;
    const got = await ask(handlers, 'metadata.get', { id: txt.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.fromFile.title).toBe(txt.title);
    await dispatch(handlers, 'metadata.save', { id: txt.id, edits: { interviewer: '' } });
    expect(ws.interview(txt.id).interviewer).toBeUndefined();
    await dispatch(handlers, 'metadata.save', { id: txt.id, edits: got.value.edits });
    expect(ws.interview(txt.id).interviewer).toBe(txt.interviewer);
    expect(existsSync(join(root, `${txt.path}.testimony.json`))).toBe(false);
  });

  it('a bad edit is refused with a clear message and a damaged sidecar is reported, never fatal', async () => {
    const { ws, root } = await openArchive(sampleArchive);
    const handlers = createHandlers(ws);
    const one = ws.list()[0]!;
    const bad = await dispatch(handlers, 'metadata.save', { id: one.id, edits: { date: '26 January 2008' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    writeFileSync(join(root, `${one.path}.testimony.json`), '{ not json');
    await ws.rescan();
    expect(ws.problems().find((p) => p.path === one.path)?.reason).toMatch(/metadata sidecar .* could not be read/);
    expect(ws.list().find((i) => i.id === one.id)?.title).toBe(one.title);
  });
});

describe('catalogue metadata from a CSV beside the files', () => {
  it('suggests a mapping from Omeka-style headers, applies it once confirmed, and the CSV is no longer an archive problem', async () => {
    const csv = ['"Dublin Core:Title","Dublin Core:Identifier","Item Type Metadata:Interviewee","Dublin Core:Date","Dublin Core:Subject","Dublin Core:Rights"',
      '"The Jordan route","jordan-route-2008.srt","Hamid Karimi","May 2008","route; Jordan","Courtesy of the archive"',
      '"Unknown file","nope.txt","Nobody","2001",,'].join('\n');
    const { ws } = await openArchive(sampleArchive, (root) => writeFileSync(join(root, 'catalogue.csv'), csv));
    const handlers = createHandlers(ws);
    expect(ws.problems().map((p) => p.path)).toContain('catalogue.csv');
    const candidates = await ask(handlers, 'catalogue.candidates', {});
    expect(candidates.ok && candidates.value).toEqual([{ csv: 'catalogue.csv', saved: false }]);
    const preview = await ask(handlers, 'catalogue.preview', { csv: 'catalogue.csv' });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value).toMatchObject({ rows: 2, matched: 1, columns: { 'Dublin Core:Title': 'title', 'Dublin Core:Identifier': 'file', 'Item Type Metadata:Interviewee': 'interviewee', 'Dublin Core:Date': 'date', 'Dublin Core:Subject': 'tags', 'Dublin Core:Rights': 'rights' } });
    const saved = await dispatch(handlers, 'catalogue.save', { csv: 'catalogue.csv', columns: preview.value.columns });
    expect(saved).toMatchObject({ ok: true, value: { matched: 1 } });
    expect(ws.list().find((i) => i.path === 'jordan-route-2008.srt')).toMatchObject({ title: 'The Jordan route', interviewee: 'Hamid Karimi', date: '2008-05', tags: ['route', 'Jordan'], rights: 'Courtesy of the archive' });
    expect(ws.problems().map((p) => p.path)).not.toContain('catalogue.csv');
    // The researcher's own edit wins over the catalogue.
    const id = ws.list().find((i) => i.path === 'jordan-route-2008.srt')!.id;
    await dispatch(handlers, 'metadata.save', { id, edits: { title: 'My title' } });
    expect(ws.interview(id)).toMatchObject({ title: 'My title', interviewee: 'Hamid Karimi' });
  });
});
