import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimStore, dateSpan, groupClaims, sameTime, type Claim } from '../../../main/xref/claims';
import { XrefStore } from '../../../main/xref/store/store';
import { tempArchive } from '../../support/tempArchive';

const claim = (value: string, asOf: string | undefined, source = 'ARIA'): Omit<Claim, 'id' | 'created'> => ({
  what: 'MKO dissidents in the US camp', value, source, interviewId: 'seed', start: 0, end: 3, quote: value, ...(asOf ? { asOf } : {}),
});

describe('claims on the durable journal, grouped with conflicts over overlapping times', () => {
  const scratch = tempArchive({});
  afterAll(() => scratch.cleanup());

  it('imports an older claims.json once, then keeps every change in the journal across reopening', async () => {
    const legacy = join(scratch.userData, 'xref', 'claims.json');
    mkdirSync(join(scratch.userData, 'xref'), { recursive: true });
    writeFileSync(legacy, JSON.stringify({ format: 'testimony-claims', version: 1, claims: [{ ...claim('208', '2007-12'), id: 'old-1', created: '2008-02-01T00:00:00.000Z' }] }));
    let store = await XrefStore.open(scratch.userData);
    let claims = ClaimStore.over(store, scratch.userData);
    expect(claims.list().map((c) => c.value)).toEqual(['208']);
    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(`${legacy}.imported`)).toBe(true);
    const added = claims.add(claim('110', '2008-01-26', 'US press office'));
    claims.add(claim('50', '2008-01-19', 'Javad Firuzmand'));
    claims.remove(added.id);
    await store.close();

    store = await XrefStore.open(scratch.userData);
    claims = ClaimStore.over(store, scratch.userData);
    expect(claims.list().map((c) => c.value)).toEqual(['208', '50']);
    expect(store.problems).toEqual([]);
    await store.close();
  });

  it('updates and restores on the journal: an unknown id changes nothing, a malformed claim is refused', async () => {
    const store = await XrefStore.open(join(scratch.userData, 'edits'));
    const claims = ClaimStore.over(store, join(scratch.userData, 'edits'));
    const added = claims.add(claim('208', '2007-12'));
    expect(claims.update('missing', { value: '1' })).toBeUndefined();
    expect(claims.update(added.id, { unit: '', asOf: '' })).toEqual({ ...added, asOf: undefined });
    expect(() => claims.update(added.id, { what: ' ' })).toThrow();
    claims.remove(added.id);
    expect(() => claims.restore({ ...added, asOf: 'last month' })).toThrow();
    expect(claims.list()).toEqual([]);
    claims.restore(added);
    await store.close();
    const reopened = await XrefStore.open(join(scratch.userData, 'edits'));
    expect(reopened.claims()).toEqual([added]);
    await reopened.close();
  });

  it('flags different values only when their times overlap (within six weeks), and never merges them', () => {
    expect(dateSpan('2008-02').map((t) => new Date(t).toISOString().slice(0, 10))).toEqual(['2008-02-01', '2008-03-01']);
    expect(sameTime('2007-12', '2008-01-26')).toBe(true);
    expect(sameTime('2007-11', '2009-06-12')).toBe(false);
    expect(sameTime(undefined, '2009')).toBe(true);
    const at = (c: Omit<Claim, 'id' | 'created'>, i: number): Claim => ({ ...c, id: `c${i}`, created: `2026-01-0${i}T00:00:00.000Z` });
    const seed = groupClaims([claim('208', '2007-12'), claim('110', '2008-01-26'), claim('50', '2008-01-19')].map(at));
    expect(seed[0]).toMatchObject({ conflict: true });
    expect(seed[0]!.claims.map((c) => c.value)).toEqual(['208', '50', '110']);
    const apart = groupClaims([claim('3,360', '2008-01'), claim('3360', '2008-01-26'), claim('about 3,400', '2006-01')].map(at));
    expect(apart[0]).toMatchObject({ conflict: false });
    expect(apart[0]!.claims).toHaveLength(3);
  });
});
