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
});
