import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { XrefStore } from '../../../main/xref/store/store';
import { AnnotationStore } from '../../../main/annotations/store/store';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-links-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('links between annotations, on the durable log', () => {
  it('keeps links across a reopen and shows them at both ends', async () => {
    const dir = scratch();
    const store = await XrefStore.open(dir);
    const a = store.addLink({ from: 'ann-1', to: 'ann-2', type: 'contradicts', note: 'different figures' });
    store.addLink({ from: 'ann-3', to: 'ann-1', type: 'supports' });
    store.updateLink(a.id, { type: 'same-event', note: null });
    await store.close();

    const again = await XrefStore.open(dir);
    expect(again.links('ann-1').map((l) => l.type).sort()).toEqual(['same-event', 'supports']);
    expect(again.links('ann-2')).toHaveLength(1);
    expect(again.getLink(a.id)?.note).toBeUndefined();
    again.deleteLink(a.id);
    expect(again.links('ann-2')).toHaveLength(0);
    expect(() => again.addLink({ from: 'x', to: 'x', type: 'see-also' })).toThrow(/itself/);
    expect(again.problems).toEqual([]);
    await again.close();
  });

  it('survives a torn write and a snapshot, like the annotation store', async () => {
    const dir = scratch();
    const store = await XrefStore.open(dir, { compactEvery: 2 });
    for (let i = 0; i < 5; i++) store.addLink({ from: `a${i}`, to: `b${i}`, type: 'see-also' });
    await new Promise((r) => setImmediate(r));
    await store.close();
    const journal = join(dir, 'xref-store', 'journal');
    const segments = readdirSync(journal).sort();
    appendFileSync(join(journal, segments[segments.length - 1]!), '0badc0de {"seq":99,"o":{"op":"link.put"');

    const again = await XrefStore.open(dir);
    expect(again.links()).toHaveLength(5);
    expect(again.problems.join(' ')).toMatch(/unfinished write/);
    await again.close();
  });

  it('refuses to read an annotation snapshot as links (and the reverse)', async () => {
    const dir = scratch();
    const annotations = await AnnotationStore.open(join(dir, 'xref-store'));
    await annotations.compact();
    await annotations.close();
    const store = await XrefStore.open(dir);
    expect(store.problems.join(' ')).toMatch(/testimony-xref/);
    await store.close();
  });
});
