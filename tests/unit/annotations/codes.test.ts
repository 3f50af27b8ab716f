import { describe, expect, it } from 'vitest';
import { CodeError } from '../../../main/annotations/store/codebook';
import { input, useTempStores } from './helpers';

const t = useTempStores();

async function tree() {
  const dir = t.dir();
  const store = await t.open(dir);
  const work = await store.addCode({ name: 'Work', color: '#111111' });
  const mines = await store.addCode({ name: 'Mines', color: '#222222', parentId: work.id });
  const coal = await store.addCode({ name: 'Coal', color: '#333333', parentId: mines.id });
  const family = await store.addCode({ name: 'Family', color: '#444444' });
  return { dir, store, work, mines, coal, family };
}

describe('codes: a tree that stays a tree', () => {
  it('renames and recolours; refuses a duplicate name among siblings', async () => {
    const { store, mines, coal, family } = await tree();
    await store.renameCode(coal.id, 'Coal mining');
    await store.recolorCode(coal.id, '#abcdef');
    expect(store.codePath(coal.id)).toBe('Work/Mines/Coal mining');
    expect(store.getCode(coal.id)!.color).toBe('#abcdef');
    await expect(store.recolorCode(coal.id, 'red')).rejects.toThrow(/#rrggbb/);
    await expect(store.addCode({ name: 'mines', color: '#000000', parentId: mines.parentId })).rejects.toThrow(/already a code "Work\/Mines"/);
    await expect(store.renameCode(family.id, 'WORK')).rejects.toThrow(CodeError);
  });

  it('moves a subtree, and refuses to move a code inside itself or its descendants', async () => {
    const { store, work, mines, coal, family } = await tree();
    await store.moveCode(mines.id, family.id);
    expect(store.codePath(coal.id)).toBe('Family/Mines/Coal');
    await expect(store.moveCode(family.id, coal.id)).rejects.toThrow(/inside itself/);
    await expect(store.moveCode(mines.id, mines.id)).rejects.toThrow(/inside itself/);
    await store.moveCode(mines.id, undefined);
    expect(store.codePath(coal.id)).toBe('Mines/Coal');
    expect(store.getCode(work.id)!.parentId).toBeUndefined();
  });

  it('merges: annotations are re-pointed (without duplicates), sub-codes move, the merged code is gone — also after reopen', async () => {
    const { dir, store, work, mines, coal, family } = await tree();
    const a = await store.addAnnotation(input(1, { codes: [mines.id, family.id] }));
    const b = await store.addAnnotation(input(2, { codes: [mines.id] }));
    await store.mergeCodes(mines.id, family.id);
    expect(store.getAnnotation(a.id)!.codes).toEqual([family.id]);
    expect(store.getAnnotation(b.id)!.codes).toEqual([family.id]);
    expect(store.codePath(coal.id)).toBe('Family/Coal');
    expect(store.getCode(mines.id)).toBeUndefined();
    await expect(store.mergeCodes(family.id, family.id)).rejects.toThrow(CodeError);
    const snapshot = store.listCodes();
    await store.close();
    const again = await t.open(dir);
    expect(again.listCodes()).toEqual(snapshot);
    expect(again.listAnnotations({ codeId: family.id }).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(again.getCode(work.id)).toBeDefined();
  });

  it('merging a code into its own descendant lifts the descendant out first (no cycle)', async () => {
    const { store, work, mines, coal } = await tree();
    await store.mergeCodes(work.id, coal.id);
    expect(store.codePath(coal.id)).toBe('Coal');
    expect(store.codePath(mines.id)).toBe('Coal/Mines');
  });

  it('deleting a code removes it from annotations and lifts its children to its parent', async () => {
    const { store, work, mines, coal } = await tree();
    const a = await store.addAnnotation(input(1, { codes: [mines.id, coal.id] }));
    await store.deleteCode(mines.id);
    expect(store.getAnnotation(a.id)!.codes).toEqual([coal.id]);
    expect(store.getCode(coal.id)!.parentId).toBe(work.id);
  });

  it('codebook export → import into another archive, then again: no duplicates', async () => {
    const { store } = await tree();
    const book = store.exportCodebook();
    const other = await t.open(t.dir());
    await other.addCode({ name: 'Work', color: '#999999' });
    expect(await other.importCodebook(book)).toEqual({ added: 3, updated: 1 });
    expect(other.listCodes().map((c) => other.codePath(c.id))).toEqual(['Family', 'Work', 'Work/Mines', 'Work/Mines/Coal']);
    expect(await other.importCodebook(JSON.parse(JSON.stringify(book)))).toEqual({ added: 0, updated: 0 });
    await expect(other.importCodebook({ format: 'testimony-codebook', version: 1, codes: [{ id: 'a', name: 'A', color: '#000000', parentId: 'b' }, { id: 'b', name: 'B', color: '#000000', parentId: 'a' }] })).rejects.toThrow(/cycle/);
    await expect(other.importCodebook({ codes: [] })).rejects.toThrow();
  });
});
