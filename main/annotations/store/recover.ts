/**
 * Opening = the newest snapshot that passes its checksum + every journal record after it.
 * Nothing is discarded in silence: a damaged snapshot falls back to the newest good backup (and
 * is moved to quarantine/), damaged journal lines are copied to quarantine/ and reported, and
 * only a torn tail of the active segment (never acknowledged) is cut.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readSegment, type DamagedLine } from './journal';
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
    const report = (d: DamagedLine): void => {
      const kept = quarantine(`${name}@${d.offset}.bad`, d.bytes);
      problems.push(`Journal ${name}: a damaged record at byte ${d.offset} (${d.reason}) was set aside in ${kept}; the records around it were restored.`);
    };
    read.middle.forEach(report);
    if (!read.tail) return;
    const isActive = index === segments.length - 1;
    if (isActive && read.tail.torn) {
      problems.push(`Journal ${name}: removed ${plural(read.tail.bytes.length, 'byte')} of an unfinished write at the end (it had not been saved yet).`);
    } else {
      report({ offset: read.tail.offset, reason: 'damaged end of file', bytes: read.tail.bytes });
    }
    if (isActive) trimActiveAt = read.tail.offset;
  });
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
