import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotate, couchTeam, editTwice, type Researcher } from '../../support/researchers';
import { agreementOf, coders } from '../../../main/sync/team';
import { DefinitionStore, newDefinition } from '../../../main/dossier/fromArchive/definitions';

const { team } = couchTeam({ beforeAll, afterAll, afterEach });

const notes = (r: Researcher) => r.ws.annotations.store.listAnnotations().map((a) => [a.note, a.creator]).sort();

describe('team sync through CouchDB', () => {
  it('brings three researchers’ offline work together, with who made it', async () => {
    const [ana, ben, cy] = await team('Ana', 'Ben', 'Cy');
    await annotate(ana!, 'Camp Ashraf', 'Ana on the camp');
    await annotate(ben!, 'Khalis', 'Ben on Khalis');
    const code = await cy!.ws.annotations.store.addCode({ name: 'Places', color: '#336699' });
    await cy!.ws.annotations.store.addMemo({ title: 'Plan', body: 'Read everything twice', attachedTo: { kind: 'project' } });
    expect(ana!.ws.sync.status()).toMatchObject({ state: 'waiting', waiting: 1, message: '1 change waiting' });

    for (const r of [ana!, ben!, cy!, ana!, ben!]) await r.sync();

    for (const r of [ana!, ben!, cy!]) {
      expect(notes(r)).toEqual([['Ana on the camp', 'Ana'], ['Ben on Khalis', 'Ben']]);
      expect(r.ws.annotations.store.getCode(code.id)?.name).toBe('Places');
      expect(r.ws.annotations.store.listMemos().map((m) => m.body)).toEqual(['Read everything twice']);
      expect(r.ws.sync.status()).toMatchObject({ state: 'synced', waiting: 0, conflicts: 0 });
      expect(r.ws.annotations.list({ creator: 'Ben' }).map((a) => a.note)).toEqual(['Ben on Khalis']);
    }
  });

  it('shows two edits of one note as a conflict, the winner in the journal, until a merge resolves it for everyone', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const { made: a, benSync } = await editTwice(ana!, ben!, 'Camp Ashraf', ['Ana’s reading', 'Ben’s reading']);
    expect(benSync.conflicts).toBe(1);
    await ana!.sync();

    for (const r of [ana!, ben!]) {
      const [conflict] = await r.ws.sync.conflicts();
      expect(conflict).toMatchObject({ id: a.id, kind: 'annotation' });
      expect(conflict!.versions.map((v) => [v.creator, (v.record as { note?: string }).note]).sort()).toEqual([['Ana', 'Ana’s reading'], ['Ben', 'Ben’s reading']]);
      // The journal holds CouchDB's winner (the first version listed) until someone resolves it.
      expect(r.ws.annotations.store.getAnnotation(a.id)?.note).toBe((conflict!.versions[0]!.record as { note: string }).note);
      expect(r.ws.annotations.list({}).find((x) => x.id === a.id)?.inConflict).toBe(true);
    }

    const [conflict] = await ana!.ws.sync.conflicts();
    const merged = { ...(conflict!.versions[0]!.record as object), note: 'Ana’s reading / Ben’s reading' };
    await ana!.ws.sync.resolve('annotation', a.id, { merge: merged as never });
    await ana!.sync();
    await ben!.sync();
    for (const r of [ana!, ben!]) {
      expect(await r.ws.sync.conflicts()).toEqual([]);
      expect(r.ws.annotations.store.getAnnotation(a.id)?.note).toBe('Ana’s reading / Ben’s reading');
      expect(r.ws.annotations.list({}).find((x) => x.id === a.id)?.inConflict).toBeUndefined();
    }
  });

  it('treats a delete against an edit as a conflict, and keeping the edit brings it back everywhere', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const a = await annotate(ana!, 'Camp Ashraf', 'keep me?');
    await ana!.sync();
    await ben!.sync();
    await ana!.ws.annotations.remove(a.id);
    await ben!.ws.annotations.update({ id: a.id, note: 'still needed' });
    await ana!.sync();
    await ben!.sync();
    await ana!.sync();

    const [conflict] = await ana!.ws.sync.conflicts();
    expect(conflict!.versions.map((v) => [v.creator, v.record === null ? 'deleted' : 'edited']).sort()).toEqual([['Ana', 'deleted'], ['Ben', 'edited']]);
    const edit = conflict!.versions.find((v) => v.record !== null)!;
    await ana!.ws.sync.resolve('annotation', a.id, { keep: edit.rev });
    await ana!.sync();
    await ben!.sync();
    for (const r of [ana!, ben!]) {
      expect(await r.ws.sync.conflicts()).toEqual([]);
      expect(r.ws.annotations.store.getAnnotation(a.id)?.note).toBe('still needed');
    }
  });

  it('keeps both versions as two annotations when asked', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const { made: a } = await editTwice(ana!, ben!, 'Khalis', ['Ana', 'Ben']);
    await ben!.ws.sync.resolve('annotation', a.id, { both: true });
    await ben!.sync();
    await ana!.sync();
    for (const r of [ana!, ben!]) {
      expect(await r.ws.sync.conflicts()).toEqual([]);
      expect(r.ws.annotations.store.listAnnotations().map((x) => x.note).sort()).toEqual(['Ana', 'Ben']);
    }
  });

  it('compares two coders who coded the same interview, after a sync', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const code = await ana!.ws.annotations.store.addCode({ name: 'Places', color: '#336699' });
    await ana!.sync();
    await ben!.sync();
    const one = ana!.ws.list()[0]!;
    const text = ana!.ws.interview(one.id).text;
    const at = (quote: string) => text.indexOf(quote);
    await ana!.ws.annotations.add({ interviewId: one.id, start: at('Camp Ashraf'), end: at('Camp Ashraf') + 'Camp Ashraf, near Khalis'.length, codes: [code.id] });
    await ben!.ws.annotations.add({ interviewId: one.id, start: at('Khalis'), end: at('Khalis') + 'Khalis'.length, codes: [code.id] });
    await ana!.sync();
    await ben!.sync();
    expect(coders(ben!.ws)).toEqual(['Ana', 'Ben']);
    const figures = agreementOf(ben!.ws, 'Ana', 'Ben');
    expect(figures.interviews).toBe(1);
    const [places] = figures.codes;
    // Ana coded 24 characters, Ben 6 of them: 18 disagree out of the interview's length.
    expect(places).toMatchObject({ code: 'Places', disagreements: [{ interviewId: one.id, text: 'Camp Ashraf, near ', codedBy: 'Ana' }] });
    expect(places!.percent).toBeCloseTo((100 * (text.length - 18)) / text.length, 8);
  });

  it('shares links, claims and decisions on names too, and a claim edited twice is a conflict', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const one = await annotate(ana!, 'Camp Ashraf', 'the camp');
    const two = await annotate(ana!, 'Khalis', 'the town');
    const link = ana!.ws.xref.store.addLink({ from: one.id, to: two.id, type: 'see-also' });
    const interview = ana!.ws.list()[0]!;
    const claim = ana!.ws.xref.claims.add({ what: 'stay', value: '2008', source: 'Amir Kazemi', interviewId: interview.id, start: 0, end: 4, quote: 'Amir' });
    ana!.ws.xref.decide('person:amir-kazemi', { status: 'confirmed', aliases: ['A. Kazemi'] });
    await ana!.sync();
    await ben!.sync();
    expect(ben!.ws.xref.store.getLink(link.id)).toMatchObject({ from: one.id, to: two.id, type: 'see-also' });
    expect(ben!.ws.xref.claims.list().map((c) => c.value)).toEqual(['2008']);
    expect(ben!.ws.xref.store.decisions().get('person:amir-kazemi')).toMatchObject({ status: 'confirmed', aliases: ['A. Kazemi'] });

    ana!.ws.xref.claims.update(claim.id, { value: '2007' });
    ben!.ws.xref.claims.update(claim.id, { value: '2009' });
    await ana!.sync();
    await ben!.sync();
    const [conflict] = await ben!.ws.sync.conflicts();
    expect(conflict).toMatchObject({ id: claim.id, kind: 'claim' });
    expect(conflict!.versions.map((v) => (v.record as { value: string }).value).sort()).toEqual(['2007', '2009']);
    await ben!.ws.sync.resolve('claim', claim.id, { both: true });
    await ben!.sync();
    await ana!.sync();
    for (const r of [ana!, ben!]) expect(r.ws.xref.claims.list().map((c) => c.value).sort()).toEqual(['2007', '2009']);
  });

  it('shares dossier definitions as they were saved, and a deletion', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    const saved = new DefinitionStore(ana!.ws.dataDir).save(newDefinition('Camp Ashraf, 2008', 'Ana'));
    await ana!.sync();
    await ben!.sync();
    expect(new DefinitionStore(ben!.ws.dataDir).get(saved.id)).toEqual(saved);
    new DefinitionStore(ben!.ws.dataDir).delete(saved.id);
    await ben!.sync();
    await ana!.sync();
    expect(new DefinitionStore(ana!.ws.dataDir).get(saved.id)).toBeUndefined();
    expect(await ana!.ws.sync.conflicts()).toEqual([]);
  });

  it('syncs continuously once turned on, with the password given in this session', async () => {
    const [ana, ben] = await team('Ana', 'Ben');
    await ana!.sync();
    await annotate(ben!, 'Khalis', 'while Ana waits');
    await ben!.sync();
    ana!.ws.sync.configure({ continuous: true });
    await vi.waitFor(() => expect(ana!.ws.annotations.store.listAnnotations().map((a) => a.note)).toEqual(['while Ana waits']), { timeout: 30_000 });
    expect(ana!.ws.sync.status()).toMatchObject({ continuous: true });
  });
});
