import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import { dossierDownloads } from '../../../main/handlers/dossier';
import type { Handlers } from '../../../main/handlers/dispatch';
import type { DossierDefinition } from '../../../preload/api';
import { annotate, openArchive, reopen } from './support';

async function call<T>(handlers: Handlers, name: string, input: unknown): Promise<T> {
  const result = await dispatch(handlers, name, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('dossier calls', () => {
  it('saves definitions with the archive, crash-safely, and finds them after a reopen', async () => {
    const { ws, root, userData } = await openArchive();
    const handlers = createHandlers(ws);
    const created = await call<DossierDefinition>(handlers, 'dossier.create', { title: 'Border crossings' });
    const edited: DossierDefinition = {
      ...created,
      purpose: 'For the editor',
      paper: 'Letter',
      sections: [
        { id: 's-a', title: 'Border', intro: 'Where people crossed.', source: { kind: 'query', query: 'border', limit: 20 } },
        { id: 's-b', title: 'Chosen', source: { kind: 'annotations', ids: [] } },
      ],
    };
    await call(handlers, 'dossier.update', edited);
    const file = join(ws.dataDir, 'dossiers', `${created.id}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ title: 'Border crossings', paper: 'Letter', sections: edited.sections });
    await ws.close();

    const again = await reopen(root, userData);
    try {
      const handlers2 = createHandlers(again.ws);
      expect(await call(handlers2, 'dossier.list', {})).toEqual([expect.objectContaining({ id: created.id, title: 'Border crossings', sections: 2 })]);
      const loaded = await call<DossierDefinition>(handlers2, 'dossier.get', { id: created.id });
      expect({ ...loaded, modified: undefined }).toEqual({ ...edited, modified: undefined });
      await call(handlers2, 'dossier.delete', { id: created.id });
      expect(existsSync(file)).toBe(false);
      expect((await dispatch(handlers2, 'dossier.get', { id: created.id })).ok).toBe(false);
    } finally {
      await again.ws.close();
    }
  });

  it('refuses definitions that are not well formed', async () => {
    const { ws } = await openArchive();
    const handlers = createHandlers(ws);
    const bad = await dispatch(handlers, 'dossier.update', { id: '../escape', title: 'x', author: 'y', date: '2026-01-01', paper: 'A4', language: 'en', options: {}, sections: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('adds an annotation from the reader to a "Selected annotations" section, once', async () => {
    const { ws } = await openArchive();
    const handlers = createHandlers(ws);
    const a = await annotate(ws, 'one.txt', 'a hospital');
    const { id } = await call<DossierDefinition>(handlers, 'dossier.create', { title: 'Picked' });
    await call(handlers, 'dossier.addAnnotation', { id, annotationId: a.id });
    const def = await call<DossierDefinition>(handlers, 'dossier.addAnnotation', { id, annotationId: a.id });
    expect(def.sections).toEqual([expect.objectContaining({ title: 'Selected annotations', source: { kind: 'annotations', ids: [a.id] } })]);
    const outline = await call<{ excerpts: number; sections: { quotes: string[] }[] }>(handlers, 'dossier.outline', def);
    expect(outline.excerpts).toBe(1);
    expect(outline.sections[0]?.quotes).toEqual(['a hospital']);
  });

  it('exports with progress events, hands the PDF out by export id only, and can be cancelled', async () => {
    const { ws, events } = await openArchive();
    const saved: string[] = [];
    const handlers = createHandlers(ws, { saveFile: async (file) => (saved.push(file), '/chosen/place.pdf') });
    const a = await annotate(ws, 'two.md', 'arrested seventy people');
    const def = await call<DossierDefinition>(handlers, 'dossier.create', { title: 'Arrests at Van' });
    await call(handlers, 'dossier.addAnnotation', { id: def.id, annotationId: a.id });

    const done = await call<{ exportId: string; fileName: string; pages: number; excerpts: number }>(handlers, 'dossier.export', { id: def.id });
    expect(done).toMatchObject({ fileName: 'Arrests-at-Van.pdf', excerpts: 1 });
    expect(done.pages).toBeGreaterThanOrEqual(3);
    const pdf = join(ws.dataDir, 'cache', 'exports', `${done.exportId}.pdf`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const progress = events.filter((e) => e.name === 'dossier.progress').map((e) => (e.payload as { fraction: number }).fraction);
    expect(progress.at(-1)).toBe(1);

    expect(await call(handlers, 'dossier.saveAs', { exportId: done.exportId })).toEqual({ kind: 'saved', fileName: '/chosen/place.pdf' });
    expect(saved).toEqual([pdf]);
    const browser = createHandlers(ws);
    expect(await call(browser, 'dossier.saveAs', { exportId: done.exportId })).toEqual({ kind: 'download', url: `/api/download/${done.exportId}`, fileName: 'dossier.pdf' });
    const bytes = await call<{ base64: string }>(handlers, 'dossier.pdf', { exportId: done.exportId });
    expect(Buffer.from(bytes.base64, 'base64').equals(readFileSync(pdf))).toBe(true);
    expect((await dispatch(handlers, 'dossier.pdf', { exportId: '../../x' })).ok).toBe(false);
    const serve = dossierDownloads(ws);
    expect(await serve('download/0123456789abcdef0123456789abcdef', {} as never)).toBe(false);

    const running = dispatch(handlers, 'dossier.export', { id: def.id });
    await call(handlers, 'dossier.cancel', { id: def.id });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
