import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import { Workspace } from '../../../main/workspace';
import type { CallName, Claim, Result } from '../../../preload/api';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

/** claims.update and claims.restore through the same dispatch every host uses, on the durable journal. */
describe('editing a claim and undoing its delete', () => {
  const scratch = tempArchive(SMALL_ARCHIVE);
  let ws: Workspace;
  let call: (name: CallName, input: unknown) => Promise<Result<unknown>>;
  const events: string[] = [];
  const open = async () => {
    ws = await Workspace.open(scratch.root, { userDataDir: scratch.userData, emit: (name) => events.push(name) });
    await ws.ready;
    const handlers = createHandlers(ws);
    call = (name, input) => dispatch(handlers, name, input);
  };
  const value = async <T>(name: CallName, input: unknown): Promise<T> => {
    const r = await call(name, input);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const listed = async () => (await value<Array<{ claims: Claim[] }>>('claims.list', {})).flatMap((g) => g.claims);
  const interviewWith = (phrase: string) => {
    const interview = ws.list().map((i) => ws.interview(i.id)).find((i) => i.text.includes(phrase));
    if (!interview) throw new Error(`no interview says “${phrase}”`);
    const start = interview.text.indexOf(phrase);
    return { interviewId: interview.id, start, end: start + phrase.length };
  };
  const addArrests = () => value<Claim>('claims.add', { what: 'People arrested at the border', value: '70', unit: 'people', asOf: '2009-05', source: 'Sara Nouri', ...interviewWith('The police arrested seventy people') });

  beforeAll(open);
  afterAll(async () => {
    await ws.close();
    scratch.cleanup();
  });

  it('updates the fields asked for, clears unit and date with an empty value, keeps id and passage, and survives reopening', async () => {
    const claim = await addArrests();
    events.length = 0;
    const updated = await value<Claim>('claims.update', { id: claim.id, value: ' 72 ', unit: '', asOf: '', source: 'The border police' });
    expect(updated).toEqual({ ...claim, value: '72', source: 'The border police', unit: undefined, asOf: undefined });
    expect(updated).not.toHaveProperty('unit');
    expect(updated).not.toHaveProperty('asOf');
    expect(events).toContain('claims.changed');
    const what = await value<Claim>('claims.update', { id: claim.id, what: 'Arrests at the border' });
    expect(what).toMatchObject({ what: 'Arrests at the border', value: '72', quote: 'The police arrested seventy people' });

    await ws.close();
    await open();
    expect((await listed()).find((c) => c.id === claim.id)).toEqual(what);
    await value('claims.delete', { id: claim.id });
  });

  it('refuses bad edits with a sentence and leaves the claim as it was', async () => {
    const claim = await addArrests();
    const refused = async (input: Record<string, unknown>, code: string) => {
      const r = await call('claims.update', input);
      expect(r).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message.length).toBeGreaterThan(10);
    };
    await refused({ id: claim.id, value: '   ' }, 'invalid-input');
    await refused({ id: claim.id, source: '' }, 'invalid-input');
    await refused({ id: claim.id, asOf: '26 January 2008' }, 'invalid-input');
    await refused({ id: claim.id, value: 'x'.repeat(101) }, 'invalid-input');
    // The passage and the quote are the interview's: an edit cannot move or rewrite them.
    await refused({ id: claim.id, quote: 'words nobody said' }, 'invalid-input');
    await refused({ id: claim.id, start: 0 }, 'invalid-input');
    await refused({ id: 'no-such-claim', value: '5' }, 'not-found');
    expect((await listed()).find((c) => c.id === claim.id)).toEqual(claim);
    await value('claims.delete', { id: claim.id });
  });

  it('restores a deleted claim as it was listed, durably, and twice is the same as once', async () => {
    const claim = await addArrests();
    await value('claims.delete', { id: claim.id });
    expect((await listed()).map((c) => c.id)).not.toContain(claim.id);
    expect(await value('claims.restore', claim)).toEqual(claim);
    expect(await value('claims.restore', claim)).toEqual(claim);
    expect((await listed()).filter((c) => c.id === claim.id)).toEqual([claim]);

    await ws.close();
    await open();
    expect((await listed()).filter((c) => c.id === claim.id)).toEqual([claim]);
    await value('claims.delete', { id: claim.id });
  });

  it('refuses to restore a claim whose interview or passage is not there, or that is malformed', async () => {
    const claim = await addArrests();
    await value('claims.delete', { id: claim.id });
    const refused = async (input: unknown, code: string) => expect(await call('claims.restore', input)).toMatchObject({ ok: false, error: { code } });
    await refused({ ...claim, interviewId: 'gone' }, 'not-found');
    await refused({ ...claim, end: 1_000_000 }, 'invalid-input');
    await refused({ ...claim, end: claim.start }, 'invalid-input');
    await refused({ ...claim, what: '  ' }, 'invalid-input');
    await refused({ ...claim, start: -1 }, 'invalid-input');
    await refused({ ...claim, extra: true }, 'invalid-input');
    expect((await listed()).map((c) => c.id)).not.toContain(claim.id);

    // A restored claim quotes the interview, not whatever the caller sent as its quote.
    const forged = await value<Claim>('claims.restore', { ...claim, quote: 'words nobody said' });
    expect(forged.quote).toBe('The police arrested seventy people');
  });
});
