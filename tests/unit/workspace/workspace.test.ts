import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../preload/api';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

const open: Array<{ ws: Workspace; cleanup(): void }> = [];
afterEach(async () => {
  for (const { ws, cleanup } of open.splice(0)) {
    await ws.close();
    cleanup();
  }
});

async function openArchive(files: Record<string, string>, watch = false) {
  const archive = tempArchive(files);
  const events: EventName[] = [];
  const ws = await Workspace.open(archive.root, { userDataDir: archive.userData, watch, emit: (name) => void events.push(name) });
  open.push({ ws, cleanup: archive.cleanup });
  await ws.ready;
  return { ws, root: archive.root, events };
}

function until(check: () => boolean, ms = 8000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) return resolve();
      if (Date.now() - started > ms) return reject(new Error('timed out waiting'));
      setTimeout(tick, 50);
    };
    tick();
  });
}

const titles = async (ws: Workspace, query: string) => (await ws.search(query, { limit: 10, offset: 0, filters: {} })).hits.map((h) => h.path);

describe('the workspace', () => {
  it('opens an archive, reports progress, and keeps its data in .testimony beside it', async () => {
    const { ws, root, events } = await openArchive(SMALL_ARCHIVE);
    expect(ws.status()).toMatchObject({ interviews: 2, progress: { phase: 'ready' } });
    expect(events).toContain('index.progress');
    expect(ws.dataDir).toBe(join(root, '.testimony'));
    expect(existsSync(join(root, '.testimony', 'cache', 'interviews.ndjson'))).toBe(true);
    expect(await titles(ws, 'Khalis')).toEqual(['one.txt']);
  });

  it('reflects a file added, changed and removed while it is open, without a restart', async () => {
    const { ws, root } = await openArchive(SMALL_ARCHIVE, true);
    const changed = () => ws.list().map((i) => i.path).sort().join(',');
    writeFileSync(join(root, 'three.txt'), 'Q: Did you see the zebra crossing?\n\nA: Yes, near Arbil.\n');
    await until(() => changed().includes('three.txt'));
    await until(() => ws.status().progress.phase === 'ready');
    expect(await titles(ws, 'zebra')).toEqual(['three.txt']);

    writeFileSync(join(root, 'three.txt'), 'Q: And the giraffe?\n\nA: Never.\n');
    await until(() => (ws.list().find((i) => i.path === 'three.txt')?.words ?? 0) === 6);
    expect(await titles(ws, 'giraffe')).toEqual(['three.txt']);
    expect(await titles(ws, 'zebra')).toEqual([]);

    rmSync(join(root, 'three.txt'));
    await until(() => !changed().includes('three.txt'));
    expect(await titles(ws, 'giraffe')).toEqual([]);
  });

  it('sees a file written after the first read and before the watcher started (the watcher starts after the first answer)', async () => {
    const archive = tempArchive(SMALL_ARCHIVE);
    const events: EventName[] = [];
    const ws = await Workspace.open(archive.root, { userDataDir: archive.userData, watch: true, emit: (name) => void events.push(name) });
    open.push({ ws, cleanup: archive.cleanup });
    // A search answers once the first read is done; the watcher has not scanned the folder yet.
    expect(await titles(ws, 'zebra')).toEqual([]);
    writeFileSync(join(archive.root, 'late.txt'), 'Q: Did you see the zebra crossing?\n\nA: Yes.\n');
    await ws.ready;
    expect(ws.list().map((i) => i.path)).toContain('late.txt');
    expect(await titles(ws, 'zebra')).toEqual(['late.txt']);
    expect(events).toContain('archive.changed');
  });

  it('does not tell the pages the archive changed when the check after the watcher starts finds nothing', async () => {
    const { events } = await openArchive(SMALL_ARCHIVE, true);
    expect(events).not.toContain('archive.changed');
  });

  it('re-anchors annotations when an interview is edited, and keeps what cannot be placed as an orphan', async () => {
    const { ws, root } = await openArchive(SMALL_ARCHIVE, true);
    const one = ws.list().find((i) => i.path === 'one.txt');
    if (!one) throw new Error('one.txt missing');
    const text = ws.interview(one.id).text;
    const start = text.indexOf('Camp Ashraf');
    const kept = await ws.annotations.add({ interviewId: one.id, start, end: start + 'Camp Ashraf'.length, note: 'the camp', codes: [] });
    const lost = await ws.annotations.add({ interviewId: one.id, start: text.indexOf('Where did'), end: text.indexOf('Where did') + 'Where did you stay'.length, codes: [] });
    expect(kept.anchor.status).toBe('exact');

    writeFileSync(join(root, 'one.txt'), 'Amir Kazemi interviewed by Lena Ortiz\n\nAn added first paragraph about the journey.\n\nA: In Camp Ashraf, near Khalis, until 2008.\n');
    await until(() => ws.interview(one.id).text.includes('journey'));
    const views = ws.annotations.list({ interviewId: one.id });
    const moved = views.find((v) => v.id === kept.id);
    const orphan = views.find((v) => v.id === lost.id);
    expect(moved?.anchor.status).toBe('moved');
    expect(ws.interview(one.id).text.slice(moved?.start, moved?.end)).toBe('Camp Ashraf');
    expect(orphan?.anchor.status).toBe('orphan');
    expect(orphan?.quote).toBe('Where did you stay');
  });

  it('marks the hit itself in a snippet, not the same letters elsewhere in it', async () => {
    // "War" is the hit (Warfare stems to another term), and its letters come again later in the snippet.
    const { ws } = await openArchive({ 'one.txt': 'World War II Chemical Warfare: the book on the shelf.\n' });
    const [hit] = (await ws.search('war', { limit: 5, offset: 0, filters: {} })).hits;
    const [snippet] = hit?.snippets ?? [];
    expect(snippet?.start).toBe(6);
    expect(snippet?.text.slice(0, snippet.markEnd)).toBe('World War');
  });

  it('starts warm from its caches and finds the same things', async () => {
    const archive = tempArchive(SMALL_ARCHIVE);
    const first = await Workspace.open(archive.root, { userDataDir: archive.userData });
    await first.ready;
    const before = await titles(first, 'police');
    await first.close();
    const second = await Workspace.open(archive.root, { userDataDir: archive.userData });
    open.push({ ws: second, cleanup: archive.cleanup });
    await second.ready;
    expect(existsSync(join(archive.root, '.testimony', 'cache', 'search'))).toBe(true);
    expect(await titles(second, 'police')).toEqual(before);
    expect(before).toEqual(['two.md']);
  });

  it('a second window on the same archive reads it, and says why it cannot write', async () => {
    const { ws, root } = await openArchive(SMALL_ARCHIVE);
    const second = await Workspace.open(root, { userDataDir: join(root, '..', 'other-user-data'), store: { ifLocked: 'readOnly' } });
    open.push({ ws: second, cleanup: () => undefined });
    await second.ready;
    expect(second.status().problems.map((p) => p.reason).join(' ')).toMatch(/open in another Testimony window/);
    const id = second.list()[0]?.id ?? '';
    const answer = await dispatch(createHandlers(second), 'annotations.add', { interviewId: id, start: 0, end: 4, codes: [] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'read-only' } });
    expect(ws.annotations.list({})).toEqual([]);
  });
});
