import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { CallName, CallOutput } from '../../../preload/api';
import { tempArchive } from '../../support/tempArchive';

const files = {
  'tavakoli.txt': 'Reza Tavakoli interviewed by Sara Lind\n\nQ: Who crossed with you?\n\nA: Only me. Later the guards wrote down that Tavakoli had crossed alone, near Van, and the list said tavakkoli, misspelt and in lower case: Tavakkoli.\n\nQ: And the UNHCR?\n\nA: The UNHCR office in Van took my name.\n',
  'second.txt': 'Mina Saberi interviewed by Sara Lind\n\nA: I met Tavakoli in Van in 2008, at the farm called Tiempo. The Iran Iraq border was closed.\n',
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

  it('counts a surname alone for the one person it names, and an added alias links a spelling extraction cannot join', async () => {
    // "Tavakoli" alone is Reza Tavakoli: the only person of that surname (coreference, surnames.ts).
    const reza = (await byName('Reza Tavakoli'))!;
    expect(reza).toMatchObject({ mentions: 3, interviews: 2 });
    expect(reza.aliases).toContain('Tavakoli');
    const review = await call('entities.review', { id: reza.id });
    expect(review.status).toBe('open');
    expect(review.unlinked).toEqual([]);
    // The guards' misspelling "Tavakkoli" is not his name to any rule: the researcher says it is.
    await call('entities.decide', { id: reza.id, addAlias: 'Tavakkoli' });
    const after = (await byName('Reza Tavakoli'))!;
    expect(after.mentions).toBe(4);
    expect(after.aliases).toContain('Tavakkoli');
  });

  it('renames, confirms, rejects and merges, and the decisions outlive closing the archive', async () => {
    const unhcr = (await byName('UNHCR'))!;
    await call('entities.decide', { id: unhcr.id, name: 'UN refugee agency (UNHCR)', status: 'confirmed' });
    // "the Iran Iraq border" names two countries (extraction splits them); this researcher follows neither.
    await call('entities.decide', { id: 'iraq', status: 'rejected' });
    // The researcher knows "Mina Saberi" is a pseudonym of the interviewer's colleague "Sara Lind".
    await call('entities.merge', { from: 'mina-saberi', into: 'sara-lind' });
    // Van is found by the gazetteer; "Tiempo" is a Spanish word to extraction, a farm to the researcher.
    const { id: van } = await call('entities.create', { name: 'Tiempo', kind: 'place', aliases: [] });
    await ws.close();

    call = await open();
    const renamed = (await call('entities.list', {})).find((e) => e.id === unhcr.id)!;
    expect(renamed.name).toBe('UN refugee agency (UNHCR)');
    expect(renamed.aliases).toContain('UNHCR');
    expect(renamed.mentions).toBe(2);
    expect((await call('entities.review', { id: unhcr.id })).status).toBe('confirmed');
    expect((await call('entities.list', {})).some((e) => e.id === 'iraq')).toBe(false);
    const merged = (await call('entities.get', { id: 'mina-saberi', limit: 50 })).entity;
    expect(merged).toMatchObject({ id: 'sara-lind', name: 'Sara Lind', mentions: 3, interviews: 2 });
    expect(merged.aliases).toContain('Mina Saberi');
    expect((await byName('Tiempo'))).toMatchObject({ id: van, kind: 'place', mentions: 1 });
    const refused = await dispatch(createHandlers(ws), 'entities.merge', { from: 'sara-lind', into: 'mina-saberi' });
    expect(refused.ok).toBe(false);
    // The merged and added names widen searches too.
    expect((await ws.search('Tavakoli', { limit: 10, offset: 0, filters: {} })).total).toBe(2);
  });
});
