import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

async function openArchive(watch = false) {
  const archive = tempArchive(SMALL_ARCHIVE);
  const ws = await Workspace.open(archive.root, { userDataDir: archive.userData, watch });
  open.push({ ws, cleanup: archive.cleanup });
  await ws.ready;
  return { ws, root: archive.root };
}

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('workspace calls at the wrong moment', () => {
  it('annotations.restore with a live annotation id leaves it untouched and says so', async () => {
    const { ws } = await openArchive();
    const one = ws.list().find((i) => i.path === 'one.txt');
    if (!one) throw new Error('one.txt not indexed');
    const live = await ws.annotations.add({ interviewId: one.id, start: 0, end: 4, note: 'keep me', codes: [] });
    const handlers = createHandlers(ws);
    const answer = await dispatch(handlers, 'annotations.restore', { ...live, note: 'overwritten' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(ws.annotations.list({}).find((a) => a.id === live.id)?.note).toBe('keep me');
    // A deleted one does come back, same id.
    await ws.annotations.remove(live.id);
    expect(await dispatch(handlers, 'annotations.restore', live)).toMatchObject({ ok: true });
    expect(ws.annotations.list({}).find((a) => a.id === live.id)?.note).toBe('keep me');
  });

  it('archive.cancelIndexing after "ready" changes nothing: live updates still arrive', async () => {
    const { ws, root } = await openArchive(true);
    ws.cancelIndexing();
    writeFileSync(join(root, 'three.txt'), 'A third interview about the lighthouse keeper.\n');
    await until(async () => (await ws.search('lighthouse', { limit: 5, offset: 0, filters: {} })).hits.length === 1);
    // The update may still be finishing its pass when the new text is found: it must end ready, never stuck reading.
    await until(() => Promise.resolve(ws.status().progress.phase === 'ready'));
    expect(ws.status().progress.phase).toBe('ready');
  });
});
