import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import { tempArchive, SMALL_ARCHIVE } from '../../support/tempArchive';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

async function handlers() {
  const archive = tempArchive(SMALL_ARCHIVE);
  const ws = await Workspace.open(archive.root, { userDataDir: archive.userData });
  await ws.ready;
  cleanup = async () => {
    await ws.close();
    archive.cleanup();
  };
  return createHandlers(ws);
}

describe('the sync calls at the border', () => {
  it('answers the status in words before anything is set up, and keeps the settings it is given', async () => {
    const h = await handlers();
    expect(await dispatch(h, 'sync.status', {})).toMatchObject({ ok: true, value: { state: 'not-set-up', waiting: 0, passwordSaved: false, canSavePassword: false } });
    const saved = await dispatch(h, 'sync.configure', { name: 'Ana', remote: 'https://couch.example.org/oral-history/', user: 'ana' });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Ana', remote: 'https://couch.example.org/oral-history', user: 'ana' } });
  });

  it('refuses a plain-http address elsewhere with a sentence, and a resolution that is not one of the three', async () => {
    const h = await handlers();
    expect(await dispatch(h, 'sync.configure', { remote: 'http://couch.example.org/p' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/must start with https:\/\//) } });
    expect(await dispatch(h, 'sync.resolve', { id: 'x', kind: 'annotation', resolution: { drop: true } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(h, 'sync.now', {})).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/no project address/) } });
  });
});
