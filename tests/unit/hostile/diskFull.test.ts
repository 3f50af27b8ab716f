/**
 * A full disk under a long-lived writer (serve, the desktop app), on a real 256 KB tmpfs: the
 * failed save is refused with a clear message, nothing earlier is touched, the next save after
 * space is freed succeeds, and a restart finds every acknowledged record (no quarantine).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationStore } from '../../../main/annotations/store/store';
import { input } from '../annotations/helpers';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-tmpfs-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint], { stdio: 'ignore' });
  mounted = true;
} catch {
  // Not root, or no mount in this container: the test says so below.
}

/** Fills the disk with a file, leaving about `leave` bytes free. */
function fill(leave: number): string {
  const filler = path.join(mountPoint, 'filler.bin');
  const { bavail, bsize } = fs.statfsSync(mountPoint);
  fs.writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - leave)));
  return filler;
}

describe.skipIf(!mounted)('a full disk while saving annotations (needs `mount -t tmpfs`, as root)', () => {
  beforeAll(() => fs.mkdirSync(path.join(mountPoint, 'store')));
  afterAll(() => {
    if (mounted) execFileSync('umount', [mountPoint]);
    fs.rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses the write, keeps earlier data, and writes again once space is freed', async () => {
    const dir = path.join(mountPoint, 'store');
    const store = await AnnotationStore.open(dir);
    const saved = [];
    for (let i = 0; i < 5; i++) saved.push(await store.addAnnotation(input(i)));
    const filler = fill(1024);
    // A note larger than the space left: the write starts, then fails part-way (a torn record).
    await expect(store.addAnnotation(input(5, { note: 'x'.repeat(16 * 1024) }))).rejects.toThrow(/disk is full.*not saved|not saved: the disk is full/);
    expect(store.listAnnotations()).toHaveLength(5);
    fs.rmSync(filler);
    const after = await store.addAnnotation(input(6, { note: 'after space was freed' }));
    await store.close();

    const reopened = await AnnotationStore.open(dir);
    expect(reopened.problems).toEqual([]);
    expect(reopened.listAnnotations().map((a) => a.id).sort()).toEqual([...saved.map((a) => a.id), after.id].sort());
    expect(fs.existsSync(path.join(dir, 'quarantine')) ? fs.readdirSync(path.join(dir, 'quarantine')) : []).toEqual([]);
    await reopened.close();
  });
});

if (!mounted) console.warn('[diskFull.test] skipped: cannot mount a tmpfs here (needs root and mount permission)');
