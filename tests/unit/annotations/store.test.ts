import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveLockedError } from '../../../main/annotations/store/lock';
import { ReadOnlyStoreError } from '../../../main/annotations/store/durable';
import { NotFoundError } from '../../../main/annotations/store/codebook';
import { resolveDataDir } from '../../../main/annotations/store/data-dir';
import { openAnnotationStore } from '../../../main/annotations/store/store';
import { input, useTempStores } from './helpers';

const t = useTempStores();

describe('annotation store: CRUD and reopen', () => {
  it('adds, updates, deletes, lists by interview/code/text/date, and keeps it all across a reopen', async () => {
    const dir = t.dir();
    const store = await t.open(dir);
    const code = await store.addCode({ name: 'Work', color: '#123456' });
    const sub = await store.addCode({ name: 'Mines', color: '#654321', parentId: code.id });
    const a = await store.addAnnotation(input(1, { codes: [sub.id] }));
    const b = await store.addAnnotation(input(4));
    const c = await store.addAnnotation(input(2));
    expect(store.listAnnotations({ interviewId: 'interview-1' }).map((x) => x.id)).toEqual([a.id, b.id]);
    expect(store.listAnnotations({ codeId: code.id }).map((x) => x.id)).toEqual([a.id]);
    expect(store.listAnnotations({ text: 'QUOTE 4' }).map((x) => x.id)).toEqual([b.id]);
    expect(store.listAnnotations({ from: '2100-01-01T00:00:00Z' })).toEqual([]);
    const updated = await store.updateAnnotation(b.id, { note: null, codes: [code.id] });
    expect(updated.note).toBeUndefined();
    expect(updated.modified >= b.modified).toBe(true);
    await store.deleteAnnotation(c.id);
    await expect(store.deleteAnnotation(c.id)).rejects.toThrow(NotFoundError);
    await expect(store.addAnnotation(input(5, { codes: ['no-such-code'] }))).rejects.toThrow(NotFoundError);
    const memo = await store.addMemo({ title: 'Thoughts', body: 'on mines', attachedTo: { kind: 'code', codeId: code.id } });
    await store.updateMemo(memo.id, { body: 'on mines, revised' });
    const before = { annotations: store.listAnnotations(), codes: store.listCodes(), memos: store.listMemos() };
    await store.close();

    const again = await t.open(dir);
    expect(again.problems).toEqual([]);
    expect({ annotations: again.listAnnotations(), codes: again.listCodes(), memos: again.listMemos() }).toEqual(before);
    expect(again.listMemos({ codeId: code.id })[0]!.body).toBe('on mines, revised');
    expect(again.getAnnotation(c.id)).toBeUndefined();
  });

  it('stores hostile notes (1 MB, NUL, U+202E, lone surrogates) byte for byte, and refuses more than 1 MB', async () => {
    const dir = t.dir();
    const store = await t.open(dir);
    const hostile = `\u0000\u202eevil\ud800\udfff\udc00 ${'é'.repeat(1024 * 512 - 10)}`;
    const a = await store.addAnnotation(input(1, { note: hostile }));
    await expect(store.addAnnotation(input(2, { note: 'x'.repeat(1024 * 1024 + 1) }))).rejects.toThrow(/longer than/);
    await store.close();
    const again = await t.open(dir);
    expect(again.getAnnotation(a.id)!.note).toBe(hostile);
  });

  it('indexes by interview: moving an annotation to another interview moves it in the index', async () => {
    const store = await t.open(t.dir());
    const a = await store.addAnnotation(input(1));
    await store.importAnnotations([{ ...a, interviewId: 'other' }], { confirm: true });
    expect(store.listAnnotations({ interviewId: 'interview-1' })).toEqual([]);
    expect(store.listAnnotations({ interviewId: 'other' }).map((x) => x.id)).toEqual([a.id]);
  });
});

describe('compaction, snapshots and backups', () => {
  it('compacts every N records, keeps N backups, prunes old segments, and reopens to the same state', async () => {
    const dir = t.dir();
    const store = await t.open(dir, { compactEvery: 1000, keepBackups: 2 });
    for (let i = 0; i < 50; i++) {
      await store.addAnnotation(input(i));
      if (i % 10 === 9) await store.compact();
    }
    const all = store.listAnnotations();
    await store.close();
    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups.length).toBe(2);
    // Segments older than the oldest backup are gone; the rest replays on top of it.
    expect(fs.readdirSync(path.join(dir, 'journal')).length).toBeLessThanOrEqual(3);
    const again = await t.open(dir, { compactEvery: 20 });
    expect(again.listAnnotations()).toEqual(all);
    expect(again.problems).toEqual([]);
  });

  it('compacts by itself after compactEvery changes, once the change is acknowledged; a writer that never yields is bounded', async () => {
    const dir = t.dir();
    const store = await t.open(dir, { compactEvery: 5 });
    for (let i = 0; i < 5; i++) await store.addAnnotation(input(i));
    expect(fs.existsSync(path.join(dir, 'snapshot.json'))).toBe(false); // not on the acknowledgement path
    await new Promise((r) => setImmediate(r));
    expect(fs.existsSync(path.join(dir, 'snapshot.json'))).toBe(true);
    // Tight loop (microtasks only): compaction happens inline at twice the threshold.
    for (let i = 5; i < 25; i++) await store.addAnnotation(input(i));
    expect(fs.readdirSync(path.join(dir, 'backups')).length).toBeGreaterThanOrEqual(2);
    const all = store.listAnnotations();
    await store.close();
    expect((await t.open(dir)).listAnnotations()).toEqual(all);
  });

  it('a damaged snapshot is reported, kept in quarantine, and rebuilt from the newest good backup plus the journal', async () => {
    const dir = t.dir();
    const store = await t.open(dir, { keepBackups: 3 });
    for (let i = 0; i < 5; i++) await store.addAnnotation(input(i));
    await store.compact();
    for (let i = 5; i < 10; i++) await store.addAnnotation(input(i));
    await store.compact();
    for (let i = 10; i < 12; i++) await store.addAnnotation(input(i));
    const all = store.listAnnotations();
    await store.close();
    // An edit by hand: still JSON, but not what was written.
    const snap = path.join(dir, 'snapshot.json');
    fs.writeFileSync(snap, fs.readFileSync(snap, 'utf8').replace('quote 3', 'quote 9'));

    const again = await t.open(dir);
    expect(again.problems.join('\n')).toMatch(/current snapshot is damaged \(checksum mismatch/);
    expect(again.problems.join('\n')).toMatch(/Restored from backup snapshot-0+5\.json/);
    expect(again.listAnnotations()).toEqual(all);
    expect(fs.readdirSync(path.join(dir, 'quarantine')).some((f) => f.startsWith('snapshot.json.damaged-'))).toBe(true);
    await again.close();
    // A fresh snapshot was written at once: the next open is clean.
    const third = await t.open(dir);
    expect(third.problems).toEqual([]);
    expect(third.listAnnotations()).toEqual(all);
  });

  it('a snapshot that is not JSON at all, with no backup, is rebuilt from the journal (kept back to the beginning)', async () => {
    const dir = t.dir();
    const store = await t.open(dir);
    for (let i = 0; i < 4; i++) await store.addAnnotation(input(i));
    await store.compact();
    const all = store.listAnnotations();
    await store.close();
    fs.writeFileSync(path.join(dir, 'snapshot.json'), '{ this is not json');
    const again = await t.open(dir);
    expect(again.problems.join('\n')).toMatch(/damaged.*rebuilt from the journal alone/s);
    expect(again.listAnnotations()).toEqual(all);
  });

  it('sweeps temp files left by an interrupted snapshot write', async () => {
    const dir = t.dir();
    const store = await t.open(dir);
    await store.addAnnotation(input(1));
    await store.close();
    fs.writeFileSync(path.join(dir, 'snapshot.json.tmp-999-abcd'), 'half a snapshot');
    const again = await t.open(dir);
    expect(fs.existsSync(path.join(dir, 'snapshot.json.tmp-999-abcd'))).toBe(false);
    expect(again.problems.join()).toMatch(/unfinished snapshot/);
    expect(again.listAnnotations().length).toBe(1);
  });
});

describe('one writer per archive', () => {
  it('a second open fails with a clear message, or opens read-only when asked', async () => {
    const dir = t.dir();
    const first = await t.open(dir);
    await first.addAnnotation(input(1));
    await expect(t.open(dir)).rejects.toThrow(ArchiveLockedError);
    await expect(t.open(dir)).rejects.toThrow('This archive is open in another Testimony window');
    const reader = await t.open(dir, { ifLocked: 'readOnly' });
    expect(reader.readOnly).toBe(true);
    expect(reader.problems.join()).toMatch(/open in another Testimony window/);
    expect(reader.listAnnotations().length).toBe(1);
    await expect(reader.addAnnotation(input(2))).rejects.toThrow(ReadOnlyStoreError);
    await first.close();
    const next = await t.open(dir);
    expect(next.readOnly).toBe(false);
  });

  it('takes over a lock whose owner process is gone without waiting for it to go stale', async () => {
    const dir = t.dir();
    const s = await t.open(dir);
    await s.close();
    fs.mkdirSync(path.join(dir, 'writer.lock'));
    fs.writeFileSync(path.join(dir, 'writer.owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }));
    const again = await t.open(dir);
    expect(again.readOnly).toBe(false);
  });
});

describe('data folder', () => {
  it('uses <archive>/.testimony when writable, else a per-archive folder in user data', () => {
    expect(resolveDataDir('/archives/wpa', '/home/u/.config/Testimony', () => true)).toEqual({ dir: '/archives/wpa/.testimony', fallback: false });
    const ro = resolveDataDir('/archives/wpa', '/home/u/.config/Testimony', () => false);
    expect(ro.fallback).toBe(true);
    expect(ro.dir).toMatch(/^\/home\/u\/\.config\/Testimony\/archives\/wpa-[0-9a-f]{16}$/);
    expect(resolveDataDir('/other/wpa', '/u', () => false).dir).not.toBe(resolveDataDir('/archives/wpa', '/u', () => false).dir);
  });

  it('opens the store in <dataDir>/annotations', async () => {
    const dir = t.dir();
    const { dir: dataDir } = resolveDataDir(dir, '/nonexistent');
    const store = await openAnnotationStore(dataDir);
    await store.addAnnotation(input(1));
    await store.close();
    expect(fs.existsSync(path.join(dir, '.testimony', 'annotations', 'journal'))).toBe(true);
  });
});
