/**
 * The durable core under AnnotationStore: recovery on open, one fsync'd journal record per
 * change, compaction into snapshots, backups and the writer lock.
 *
 * Why a journal and not a database or one JSON file: measured here (RELIABILITY.md), rewriting one
 * JSON file left an unreadable store 28 times in 100 kills and took 413 ms per save at 100k
 * annotations; node:sqlite is absent on Node 20 and sql.js rewrites the whole file per save. An
 * append-only, checksummed, fsync'd log lost 0 acknowledged writes in 200+ kills at ~0.25 ms
 * per write, and its damage is local: one line, not the whole store.
 *
 * Layout of the folder: journal/<first seq>.log (segments), snapshot.json, backups/snapshot-<seq>.json,
 * quarantine/ (damaged lines and snapshots, kept for the researcher), writer.lock.
 * Segments are kept back to the oldest backup, so a backup plus the journal after it rebuilds
 * everything even when the newest snapshot is lost.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { acquireWriterLock, type WriterLock } from './lock';
import { JournalWriter, fsyncDir } from './journal';
import type { Operation } from './ops';
import { writeSavedSeq } from './savedSeq';
import { layoutOf, listSegments, recover, segmentFile, type Layout } from './recover';
import { backupName, listBackups, sweepTempFiles, writeSnapshot } from './snapshot';
import { annotationLog, type LogSpec, type LogState } from './spec';
import type { StoreState } from './state';
import { plural } from '../../../preload/contract/plural';

export interface DurableOptions {
  /** Open without writing anything (also what `ifLocked: 'readOnly'` falls back to). */
  readOnly?: boolean;
  /** When another process holds the writer lock: throw (default) or open read-only. */
  ifLocked?: 'fail' | 'readOnly';
  /** Compact after this many journal records (default 10,000). */
  compactEvery?: number;
  /** Snapshots kept in backups/ (default 5). */
  keepBackups?: number;
}

export class ReadOnlyStoreError extends Error {
  constructor(why: string) {
    super(`These annotations are open read-only: ${why}`);
    this.name = 'ReadOnlyStoreError';
  }
}

/** The log of one store: the annotation store's by default, or any state described by a LogSpec. */
export class DurableLog<Op = Operation, S extends LogState<Op> = StoreState & LogState<Op>> {
  private writer: JournalWriter | undefined;
  private compactionScheduled = false;
  private recordsInSegment = 0;
  private lostLock: Error | undefined;

  private constructor(
    private readonly spec: LogSpec<Op, S>,
    private readonly layout: Layout,
    readonly state: S,
    private seq: number,
    readonly problems: string[],
    private readonly lock: WriterLock | undefined,
    private readonly opts: Required<Pick<DurableOptions, 'compactEvery' | 'keepBackups'>>,
  ) {}

  static async open(dir: string, options: DurableOptions = {}): Promise<DurableLog> {
    return DurableLog.openWith(annotationLog, dir, options);
  }

  static async openWith<Op, S extends LogState<Op>>(spec: LogSpec<Op, S>, dir: string, options: DurableOptions = {}): Promise<DurableLog<Op, S>> {
    const l = layoutOf(path.resolve(dir));
    const opts = { compactEvery: options.compactEvery ?? 10_000, keepBackups: options.keepBackups ?? 5 };
    let readOnly = options.readOnly === true;
    const problems: string[] = [];
    let lock: WriterLock | undefined;
    if (!readOnly) {
      fs.mkdirSync(l.journalDir, { recursive: true });
      // The lock can be lost later (e.g. the folder vanished); the log is built after the lock.
      const onLost: { report?: (err: Error) => void } = {};
      try {
        lock = await acquireWriterLock(l.dir, (err) => onLost.report?.(err));
      } catch (err) {
        if (options.ifLocked !== 'readOnly' || (err as Error).name !== 'ArchiveLockedError') throw err;
        readOnly = true;
        problems.push((err as Error).message);
      }
      if (lock) {
        const swept = sweepTempFiles(l.dir);
        if (swept.length > 0) problems.push(`Removed ${plural(swept.length, 'unfinished snapshot file')} left by an interrupted save.`);
      }
      const log = DurableLog.load(spec, l, lock, problems, opts);
      onLost.report = (err) => {
        log.lostLock = err;
        log.problems.push(`The writer lock was lost (${err.message}); further changes are refused to protect the archive.`);
      };
      return log;
    }
    return DurableLog.load(spec, l, undefined, problems, opts);
  }

  private static load<Op, S extends LogState<Op>>(spec: LogSpec<Op, S>, l: Layout, lock: WriterLock | undefined, problems: string[], opts: DurableLog['opts']): DurableLog<Op, S> {
    const writable = lock !== undefined;
    const r = recover(l, writable, spec);
    problems.push(...r.problems);
    const log = new DurableLog(spec, l, r.state, r.seq, problems, lock, opts);
    if (!writable) return log;
    const segments = listSegments(l);
    const active = segments[segments.length - 1];
    if (active && r.trimActiveAt !== undefined) {
      fs.truncateSync(active.file, r.trimActiveAt);
    }
    log.writer = new JournalWriter(active?.file ?? segmentFile(l, r.seq + 1));
    log.recordsInSegment = r.seq - (active?.firstSeq ?? r.seq + 1) + 1;
    // A store rebuilt from a backup gets a fresh snapshot at once, so it is healthy again.
    if (r.snapshotReplaced) log.compact();
    return log;
  }

  get readOnly(): boolean {
    return this.writer === undefined;
  }

  /** Writes one operation durably, then applies it. Throws (and changes nothing) if the write fails. */
  commit(op: Op): void {
    if (!this.writer) throw new ReadOnlyStoreError('another Testimony window has this archive open, or it was opened read-only.');
    if (this.lostLock) throw new ReadOnlyStoreError('the lock on the archive was lost.');
    const record = { seq: this.seq + 1, o: op };
    this.writer.append(record);
    this.seq = record.seq;
    this.state.apply(op);
    this.recordsInSegment += 1;
    // Compact after the change is acknowledged (next macrotask), so an add stays a sub-millisecond
    // fsync; a writer that never yields to the event loop gets it inline at twice the threshold.
    if (this.recordsInSegment >= 2 * this.opts.compactEvery) this.compactReporting();
    else if (this.recordsInSegment >= this.opts.compactEvery && !this.compactionScheduled) {
      this.compactionScheduled = true;
      setImmediate(() => {
        this.compactionScheduled = false;
        if (this.writer && this.recordsInSegment >= this.opts.compactEvery) this.compactReporting();
      });
    }
  }

  private compactReporting(): void {
    try {
      this.compact();
    } catch (err) {
      this.problems.push(`Compaction failed (nothing lost, the journal is intact): ${(err as Error).message}`);
    }
  }

  /**
   * Snapshot the state at the current sequence number and start a new journal segment. The old
   * snapshot becomes a backup (a hard link); segments older than the oldest backup are removed.
   * Synchronous on purpose: JSON.stringify of the state blocks anyway (most of the cost), and an
   * async write would be starved by a busy writer and let the journal grow without bound.
   */
  compact(): void {
    if (!this.writer) return;
    const seq = this.seq;
    this.writer.close();
    this.writer = new JournalWriter(segmentFile(this.layout, seq + 1));
    this.recordsInSegment = 0;
    const contents = this.state.contents();
    const l = this.layout;
    if (fs.existsSync(l.snapshotFile)) {
      fs.mkdirSync(l.backupDir, { recursive: true });
      const previous = JSON.parse(readFirstLine(l.snapshotFile)) as { seq: number };
      const backup = path.join(l.backupDir, backupName(previous.seq));
      if (!fs.existsSync(backup)) fs.linkSync(l.snapshotFile, backup);
      fsyncDir(l.backupDir);
    }
    writeSnapshot(l.snapshotFile, { seq, contents }, this.spec.format);
    writeSavedSeq(l.dir, seq);
    this.prune(seq);
  }

  private prune(snapshotSeq: number): void {
    const backups = listBackups(this.layout.backupDir);
    for (const old of backups.slice(this.opts.keepBackups)) fs.rmSync(old.file, { force: true });
    const kept = backups.slice(0, this.opts.keepBackups);
    // The journal must reach back to the oldest base we could fall back to: the oldest backup,
    // or the very beginning while there is no backup yet (the only snapshot could be damaged).
    const oldestSeq = kept.length > 0 ? Math.min(snapshotSeq, ...kept.map((b) => b.seq)) : 0;
    const segments = listSegments(this.layout);
    segments.forEach((s, i) => {
      const next = segments[i + 1];
      if (next && next.firstSeq - 1 <= oldestSeq) fs.rmSync(s.file, { force: true });
    });
  }

  async close(): Promise<void> {
    if (this.writer) writeSavedSeq(this.layout.dir, this.seq);
    this.writer?.close();
    this.writer = undefined;
    await this.lock?.release().catch(() => undefined);
  }
}

function readFirstLine(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const nl = text.indexOf('\n');
    return nl < 0 ? text : text.slice(0, nl);
  } finally {
    fs.closeSync(fd);
  }
}
