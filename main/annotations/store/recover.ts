/**
 * Opening = the newest snapshot that passes its checksum + every journal record after it.
 * Nothing is discarded in silence: a damaged snapshot falls back to the newest good backup (and
 * is moved to quarantine/), damaged journal lines are copied to quarantine/ and reported, and
 * only a torn tail of the active segment (never acknowledged) is cut.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSegment, type DamagedLine } from './journal';
import { readSavedSeq } from './savedSeq';
import { listBackups, readSnapshot, SNAPSHOT_FILE, type Snapshot } from './snapshot';
import type { LogSpec, LogState } from './spec';
import { plural } from '../../../preload/contract/plural';

export interface Layout {
  dir: string;
  journalDir: string;
  backupDir: string;
  quarantineDir: string;
  snapshotFile: string;
}

export function layoutOf(dir: string): Layout {
  return {
    dir,
    journalDir: path.join(dir, 'journal'),
    backupDir: path.join(dir, 'backups'),
    quarantineDir: path.join(dir, 'quarantine'),
    snapshotFile: path.join(dir, SNAPSHOT_FILE),
  };
}

export interface Segment {
  file: string;
  firstSeq: number;
}

const SEGMENT_RE = /^(\d{12})\.log$/;

export function segmentFile(l: Layout, firstSeq: number): string {
  return path.join(l.journalDir, `${String(firstSeq).padStart(12, '0')}.log`);
}

export function listSegments(l: Layout): Segment[] {
  if (!fs.existsSync(l.journalDir)) return [];
  return fs
    .readdirSync(l.journalDir)
    .map((name) => SEGMENT_RE.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ file: path.join(l.journalDir, m[0]), firstSeq: Number(m[1]) }))
    .sort((a, b) => a.firstSeq - b.firstSeq);
}

export interface Recovered<S> {
  state: S;
  /** Highest sequence number applied. */
  seq: number;
  /** Sequence number of the snapshot the state was built on (0: none). */
  baseSeq: number;
  /** Where to cut the active segment (a torn or damaged tail), if anywhere. */
  trimActiveAt?: number;
  /** True when the current snapshot was unusable and a backup (or nothing) was used instead. */
  snapshotReplaced: boolean;
  problems: string[];
}

export function recover<Op, S extends LogState<Op>>(l: Layout, writable: boolean, spec: LogSpec<Op, S>): Recovered<S> {
  const problems: string[] = [];
  const quarantine = (name: string, bytes: Buffer): string => {
    const file = path.join(l.quarantineDir, name);
    if (writable && !fs.existsSync(file)) {
      fs.mkdirSync(l.quarantineDir, { recursive: true });
      fs.writeFileSync(file, bytes);
    }
    return path.relative(l.dir, file);
  };

  const { base, state, replaced } = loadBase(l, writable, problems, spec);
  let seq = base?.seq ?? 0;
  const segments = listSegments(l);
  const first = segments[0];
  if (first && first.firstSeq > seq + 1) {
    problems.push(`Journal records ${seq + 1} to ${first.firstSeq - 1} are missing: changes made in that stretch could not be restored.`);
  }

  let trimActiveAt: number | undefined;
  segments.forEach((segment, index) => {
    const next = segments[index + 1];
    // Kept only as a fallback for the backups: everything in it is in the snapshot already.
    if (next && next.firstSeq - 1 <= seq) return;
    const name = path.basename(segment.file);
    const read = readSegment(fs.readFileSync(segment.file), spec.record);
    for (const rec of read.records) {
      if (rec.seq <= seq) continue;
      state.apply(rec.o);
      seq = rec.seq;
    }
    const restored = read.records.length === 0 ? 'no record of this file could be read' : `the other ${read.records.length} records of this file were restored`;
    const report = (d: DamagedLine): void => {
      const kept = quarantine(`${name}@${d.offset}.bad`, d.bytes);
      problems.push(`Journal ${name}: a damaged record at byte ${d.offset} (${d.reason}) was set aside in ${kept}; ${restored}.`);
    };
    read.middle.forEach(report);
    if (!read.tail) return;
    const isActive = index === segments.length - 1;
    if (isActive && read.tail.torn) {
      // Usually a write that never finished, but the end of the file may have been cut by hand:
      // the bytes are kept either way, and a missing saved record is reported below.
      const blank = read.tail.bytes.every((b) => b === 0 || b === 0x0a || b === 0x20);
      const kept = blank ? undefined : quarantine(`${name}@${read.tail.offset}.tail`, read.tail.bytes);
      problems.push(`Journal ${name}: removed ${plural(read.tail.bytes.length, 'byte')} at the end, an unfinished write or a cut end of file${kept ? ` (kept in ${kept})` : ''}.`);
    } else {
      report({ offset: read.tail.offset, reason: 'damaged end of file', bytes: read.tail.bytes });
    }
    if (isActive) trimActiveAt = read.tail.offset;
  });
  const saved = readSavedSeq(l.dir);
  if (seq < saved) {
    segments.forEach((segment) => quarantine(`${path.basename(segment.file)}.as-found`, fs.readFileSync(segment.file)));
    const copies = segments.length ? ` Copies of the journal as found are in ${path.relative(l.dir, l.quarantineDir)}.` : '';
    problems.push(`Records ${seq + 1} to ${saved} had been saved but are missing from the journal (a journal file was emptied, cut or deleted): ${saved - seq} changes could not be restored.${copies}`);
  }
  return { state, seq, baseSeq: base?.seq ?? 0, trimActiveAt, snapshotReplaced: replaced, problems };
}

/** The newest snapshot that verifies: the current one, else the newest good backup. */
function loadBase<Op, S extends LogState<Op>>(l: Layout, writable: boolean, problems: string[], spec: LogSpec<Op, S>): { base?: Snapshot; state: S; replaced: boolean } {
  const candidates = [
    ...(fs.existsSync(l.snapshotFile) ? [{ file: l.snapshotFile, label: 'the current snapshot' }] : []),
    ...listBackups(l.backupDir).map((b) => ({ file: b.file, label: `backup ${path.basename(b.file)}` })),
  ];
  let replaced = false;
  for (const c of candidates) {
    try {
      const base = readSnapshot(c.file, spec.format);
      const state = spec.from(base.contents);
      if (replaced) problems.push(`Restored from ${c.label}, then replayed the journal after it.`);
      return { base, state, replaced };
    } catch (err) {
      replaced = true;
      const moved = writable ? moveToQuarantine(l, c.file) : c.file;
      problems.push(`${capitalise(c.label)} is damaged (${(err as Error).message}); it was kept as ${path.relative(l.dir, moved)}.`);
    }
  }
  if (replaced) problems.push('No good snapshot was found; the store was rebuilt from the journal alone.');
  return { state: spec.empty(), replaced };
}

function moveToQuarantine(l: Layout, file: string): string {
  fs.mkdirSync(l.quarantineDir, { recursive: true });
  const target = path.join(l.quarantineDir, `${path.basename(file)}.damaged-${Date.now()}`);
  fs.renameSync(file, target);
  return target;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
