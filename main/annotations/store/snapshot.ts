/**
 * Snapshots: the whole store at one sequence number, written atomically (temp file, fsync,
 * rename, fsync of the folder) so a reader sees the old snapshot or the new one, never half.
 * The first line is a header with the sha256 of the body, so damage (or an edit by hand) is
 * detected instead of trusted. Older snapshots are kept in backups/ as hard links (free to make).
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { fsyncDir } from './journal';

export const SNAPSHOT_FILE = 'snapshot.json';
export const TEMP_MARK = '.tmp-';

const HeaderSchema = z.object({ format: z.string(), version: z.literal(1), seq: z.number().int().nonnegative(), sha256: z.string() });

export interface Snapshot {
  seq: number;
  /** The state's contents, checked by the store's LogSpec when it is loaded. */
  contents: unknown;
}

/**
 * Reads and checks a snapshot; throws an Error that says what is wrong with it.
 * The body is not run through the zod schemas again: the checksum proves it is byte for byte what
 * we wrote, and we validated every record before writing it. At 100k annotations a full zod pass
 * would add ~270 ms to every start; a structural check (LogSpec.from) catches a wrong-format file instead.
 */
export function readSnapshot(file: string, format: string): Snapshot {
  const buf = fs.readFileSync(file);
  const nl = buf.indexOf(0x0a);
  if (nl < 0) throw new Error('no header line');
  let header: z.infer<typeof HeaderSchema>;
  try {
    header = HeaderSchema.parse(JSON.parse(buf.subarray(0, nl).toString('utf8')));
  } catch {
    throw new Error('header is not a Testimony snapshot header');
  }
  if (header.format !== format) throw new Error(`header is not a ${format} snapshot header`);
  const body = buf.subarray(nl + 1);
  if (sha256(body) !== header.sha256) throw new Error('checksum mismatch (the file was damaged or edited)');
  return { seq: header.seq, contents: JSON.parse(body.toString('utf8')) as unknown };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Writes `file` so that it is either fully the new content or untouched, even across a crash. */
export function writeFileDurably(file: string, data: string): void {
  const dir = path.dirname(file);
  const temp = path.join(dir, `${path.basename(file)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
  const fd = fs.openSync(temp, 'wx');
  try {
    fs.writeFileSync(fd, data, 'utf8');
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw err;
  }
  fsyncDir(dir);
}

export function writeSnapshot(file: string, snapshot: Snapshot, format: string): void {
  const body = JSON.stringify(snapshot.contents);
  const header = JSON.stringify({ format, version: 1, seq: snapshot.seq, sha256: sha256(body) });
  writeFileDurably(file, `${header}\n${body}`);
}

const BACKUP_RE = /^snapshot-(\d+)\.json$/;

export function backupName(seq: number): string {
  return `snapshot-${String(seq).padStart(12, '0')}.json`;
}

/** Backups, newest first, with the sequence number in their name. */
export function listBackups(backupDir: string): { file: string; seq: number }[] {
  if (!fs.existsSync(backupDir)) return [];
  return fs
    .readdirSync(backupDir)
    .map((name) => ({ name, m: BACKUP_RE.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map((x) => ({ file: path.join(backupDir, x.name), seq: Number(x.m[1]) }))
    .sort((a, b) => b.seq - a.seq);
}

/** Removes temp files left by a snapshot write that was killed. Call only with the writer lock. */
export function sweepTempFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const swept: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(SNAPSHOT_FILE + TEMP_MARK)) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    swept.push(name);
  }
  return swept;
}
