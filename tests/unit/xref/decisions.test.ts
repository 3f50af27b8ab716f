import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { CallName, CallOutput } from '../../../preload/api';
import { tempArchive } from '../../support/tempArchive';

const files = {
  'tavakoli.txt': 'Reza Tavakoli interviewed by Sara Lind\n\nQ: Who crossed with you?\n\nA: Only me. Later the guards wrote down that Tavakoli had crossed alone, near Van, and tavakoli was misspelt.\n\nQ: And the UNHCR?\n\nA: The UNHCR office in Van took my name.\n',
  'second.txt': 'Mina Saberi interviewed by Sara Lind\n\nA: I met Tavakoli in Van in 2008. The Iran Iraq border was closed.\n',
};

describe('researcher decisions about entities, kept across re-opening', () => {
  const scratch = tempArchive(files);
  let ws: Workspace;
  const open = async () => {
    ws = await Workspace.open(scratch.root, { userDataDir: scratch.userData });
    await ws.ready;
    const handlers = createHandlers(ws);
    return async <K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> => {
      const r = await dispatch(handlers, name, input);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as never;
    };
  };
  let call: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    call = await open();
  });
  afterAll(async () => {
    await ws.close();
    scratch.cleanup();
  });
  const byName = async (name: string) => (await call('entities.list', {})).find((e) => e.name === name);

  it('shows unlinked mentions, and a merge or an added alias links them', async () => {
    const reza = (await byName('Reza Tavakoli'))!;
    expect(reza.mentions).toBe(1);
    const review = await call('entities.review', { id: reza.id });
    expect(review.status).toBe('open');
    expect(review.unlinked.map((u) => u.text)).toEqual(['Tavakoli', 'Tavakoli']);
    expect(review.unlinked.map((u) => u.snippet.slice(u.markStart, u.markEnd).toLowerCase())).toEqual(['tavakoli', 'tavakoli']);

    await call('entities.decide', { id: reza.id, addAlias: 'Tavakoli' });
    const after = (await byName('Reza Tavakoli'))!;
    expect(after.mentions).toBeGreaterThanOrEqual(3);
    expect(after.interviews).toBe(2);
    expect(after.aliases).toContain('Tavakoli');
    expect((await call('entities.review', { id: reza.id })).unlinked.length).toBeLessThan(review.unlinked.length);
  });

  it('renames, confirms, rejects and merges, and the decisions outlive closing the archive', async () => {
    const unhcr = (await byName('UNHCR'))!;
    await call('entities.decide', { id: unhcr.id, name: 'UN refugee agency (UNHCR)', status: 'confirmed' });
    await call('entities.decide', { id: 'iran-iraq', status: 'rejected' });
    // The researcher knows "Mina Saberi" is a pseudonym of the interviewer's colleague "Sara Lind".
    await call('entities.merge', { from: 'mina-saberi', into: 'sara-lind' });
    const { id: van } = await call('entities.create', { name: 'Van', kind: 'place', aliases: [] });
    await ws.close();

    call = await open();
    const renamed = (await call('entities.list', {})).find((e) => e.id === unhcr.id)!;
    expect(renamed.name).toBe('UN refugee agency (UNHCR)');
    expect(renamed.aliases).toContain('UNHCR');
    expect(renamed.mentions).toBe(2);
    expect((await call('entities.review', { id: unhcr.id })).status).toBe('confirmed');
    expect((await call('entities.list', {})).some((e) => e.id === 'iran-iraq')).toBe(false);
    const merged = (await call('entities.get', { id: 'mina-saberi', limit: 50 })).entity;
    expect(merged).toMatchObject({ id: 'sara-lind', name: 'Sara Lind', mentions: 3, interviews: 2 });
    expect(merged.aliases).toContain('Mina Saberi');
    expect((await byName('Van'))).toMatchObject({ id: van, kind: 'place', mentions: 3 });
    const refused = await dispatch(createHandlers(ws), 'entities.merge', { from: 'sara-lind', into: 'mina-saberi' });
    expect(refused.ok).toBe(false);
    // The merged and added names widen searches too.
    expect((await ws.search('Tavakoli', { limit: 10, offset: 0, filters: {} })).total).toBe(2);
  });
});
