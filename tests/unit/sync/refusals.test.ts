import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { annotate, couchTeam } from '../../support/researchers';
import { SMALL_ARCHIVE } from '../../support/tempArchive';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../../main/workspace';
import { checkRemoteUrl } from '../../../main/sync/remote';
import { whereOf, NOT_IN_YOUR_COPY } from '../../../main/sync/team';

const couch = couchTeam({ beforeAll, afterAll, afterEach });

describe('what a sync refuses, and what it never loses', () => {
  it('refuses a wrong password, says so, and keeps the changes waiting', async () => {
    const remote = await couch.project(['Ana']);
    const ana = await couch.join(remote, 'Ana');
    await annotate(ana, 'Khalis', 'mine');
    await expect(ana.ws.sync.sync({ password: 'not-it' })).rejects.toMatchObject({ name: 'SyncRefusedError', reason: 'wrong-password' });
    expect(ana.ws.sync.status()).toMatchObject({ state: 'refused', waiting: 1 });
    expect(ana.ws.sync.status().message).toMatch(/^Refused: .*refused the name or password/);
    await ana.sync();
    expect(ana.ws.sync.status()).toMatchObject({ state: 'synced', waiting: 0 });
  });

  it('lets a read-only member receive the team’s work but refuses their changes, which stay on their computer', async () => {
    const remote = await couch.project(['Ana'], ['Rea']);
    const ana = await couch.join(remote, 'Ana');
    const rea = await couch.join(remote, 'Rea');
    await annotate(ana, 'Khalis', 'from Ana');
    await ana.sync();
    await annotate(rea, 'Camp Ashraf', 'from Rea');
    await expect(rea.sync()).rejects.toMatchObject({ reason: 'read-only' });
    expect(rea.ws.annotations.store.listAnnotations().map((a) => a.note).sort()).toEqual(['from Ana', 'from Rea']);
    expect(rea.ws.sync.status()).toMatchObject({ state: 'refused' });
    expect(rea.ws.sync.status().message).toMatch(/read-only member/);
    await ana.sync();
    expect(ana.ws.annotations.store.listAnnotations().map((a) => a.note)).toEqual(['from Ana']);
  });

  it('refuses someone who is not a member of the project', async () => {
    const remote = await couch.project(['Ana']);
    await couch.project(['Eve']);
    const eve = await couch.join(remote, 'Eve');
    await expect(eve.sync()).rejects.toMatchObject({ name: 'SyncRefusedError' });
    expect(eve.ws.sync.status().state).toBe('refused');
  });

  it('says offline when the server cannot be reached, and keeps everything', async () => {
    const ana = await couch.join('http://127.0.0.1:9/nothing-here', 'Ana');
    await annotate(ana, 'Khalis', 'offline work');
    await expect(ana.sync()).rejects.toMatchObject({ name: 'SyncOfflineError' });
    expect(ana.ws.sync.status()).toMatchObject({ state: 'offline', waiting: 1 });
    expect(ana.ws.annotations.store.listAnnotations()).toHaveLength(1);
  });

  it('keeps a teammate’s annotation on an interview this copy lacks, and says where it is not', async () => {
    const remote = await couch.project(['Ana', 'Ben']);
    const ana = await couch.join(remote, 'Ana');
    const ben = await couch.join(remote, 'Ben', { 'one.txt': SMALL_ARCHIVE['one.txt'] });
    const second = ana.ws.list().findIndex((i) => i.path === 'two.md');
    const made = await annotate(ana, 'seventy people', 'only in Ana’s copy', second);
    await ana.sync();
    await ben.sync();
    const kept = ben.ws.annotations.store.getAnnotation(made.id);
    expect(kept?.note).toBe('only in Ana’s copy');
    expect(ben.ws.annotations.list({}).find((a) => a.id === made.id)?.anchor.status).toBe('orphan');
    expect(whereOf(ben.ws, 'annotation', kept!)).toContain(NOT_IN_YOUR_COPY);
    // Ben's next sync shares nothing back and deletes nothing.
    await ben.sync();
    await ana.sync();
    expect(ana.ws.annotations.store.getAnnotation(made.id)?.note).toBe('only in Ana’s copy');
  });

  it('holds back a pull that would delete most of the annotations until the researcher confirms', async () => {
    const remote = await couch.project(['Ana', 'Ben']);
    const ana = await couch.join(remote, 'Ana');
    const ben = await couch.join(remote, 'Ben');
    for (const quote of ['Camp Ashraf', 'Khalis', 'Amir Kazemi']) await annotate(ana, quote, quote);
    await ana.sync();
    await ben.sync();
    for (const a of ben.ws.annotations.store.listAnnotations()) await ben.ws.annotations.remove(a.id);
    await ben.sync();
    await expect(ana.sync()).rejects.toMatchObject({ reason: 'mass-delete', message: expect.stringMatching(/delete 3 of your 3 annotations/) });
    expect(ana.ws.annotations.store.listAnnotations()).toHaveLength(3);
    await ana.ws.sync.sync({ password: ana.password, confirm: true });
    expect(ana.ws.annotations.store.listAnnotations()).toHaveLength(0);
  });

  it('moves a damaged sync state aside, says so, and the next sync rebuilds it without conflicts or losses', async () => {
    const remote = await couch.project(['Ana', 'Ben']);
    const ana = await couch.join(remote, 'Ana');
    const ben = await couch.join(remote, 'Ben');
    const made = await annotate(ana, 'Khalis', 'before the damage');
    await ana.sync();
    await ben.sync();
    await ana.ws.close();
    writeFileSync(join(ana.ws.dataDir, 'sync', 'state.json'), '{"base": tru');
    const again = await Workspace.open(ana.ws.root, { userDataDir: join(ana.ws.root, '..', 'user-data') });
    try {
      await again.ready;
      expect(again.problems().map((p) => p.reason).join(' ')).toMatch(/sync state was damaged/);
      await again.sync.sync({ password: ana.password });
      await ben.sync();
      expect(await again.sync.conflicts()).toEqual([]);
      expect(again.annotations.store.getAnnotation(made.id)?.note).toBe('before the damage');
      expect(ben.ws.annotations.store.listAnnotations()).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('takes only https addresses, or http on this computer, with no password inside', () => {
    expect(checkRemoteUrl('https://couch.example.org/oral-history/')).toBe('https://couch.example.org/oral-history');
    expect(checkRemoteUrl('http://localhost:5984/p')).toBe('http://localhost:5984/p');
    expect(() => checkRemoteUrl('http://couch.example.org/p')).toThrow(/must start with https:\/\//);
    expect(() => checkRemoteUrl('https://ana:secret@couch.example.org/p')).toThrow(/Leave the password out/);
    expect(() => checkRemoteUrl('https://couch.example.org')).toThrow(/names no database/);
    expect(() => checkRemoteUrl('couch')).toThrow(/not a web address/);
  });
});
