import type { Dirent } from 'node:fs';
import { constants } from 'node:fs';
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { reasonOf } from './errors';
import { formatOf, notOhmsReason, notReadReason } from './formats';
import { mediaTypeOf } from './media';
import { readHead } from './readText';
import type { ArchiveProblem, InterviewFormat } from './types';

/** A file in the archive that a reader can turn into an interview. */
export interface ArchiveFile {
  /** Relative to the archive folder, forward slashes. */
  path: string;
  absPath: string;
  size: number;
  mtimeMs: number;
  format: InterviewFormat;
  /** Reached through a symbolic link inside the archive (so it is opened following links). */
  viaLink?: boolean;
}

export interface ScanResult {
  files: ArchiveFile[];
  problems: ArchiveProblem[];
  /** Recordings (relative paths): they belong to transcripts and are not read as interviews. */
  media: string[];
}

const MAX_DEPTH = 64;
/** Files of a folder whose stats are in flight at once. */
const CHECKS_AHEAD = 64;

/** A file as the scan finds it: an interview file, a recording, a reason it is not read, or nothing to say. */
type FileCheck = { file?: ArchiveFile; media?: string; problem?: string } | undefined;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Finds the interview files in an archive folder. Walks with lstat and remembers the real path
 * of every folder (symlink cycles), never follows a link out of the archive, skips dot-folders
 * (Testimony's own `.testimony` among them) and names it cannot represent; each odd case is a
 * problem, and so is a file of a type no reader knows (hidden and system files aside). Recordings
 * are listed apart, for their transcripts.
 */
export async function scanArchive(root: string, options: { signal?: AbortSignal } = {}): Promise<ScanResult> {
  const files: ArchiveFile[] = [];
  const media: string[] = [];
  const problems: ArchiveProblem[] = [];
  const rootReal = await realpath(root);
  const visited = new Set<string>([rootReal]);
  const report = (relative: string, reason: string): void => void problems.push({ path: relative, reason });

  /** What a file is to the scan: an interview file, or why not (undefined: nothing to say). Only looks: recording it is `addFile`'s. */
  const checkFile = async (absPath: string, relative: string, depth: number, viaLink = false): Promise<FileCheck> => {
    const format = formatOf(relative);
    if (depth === 0 && relative.toLowerCase() === 'readme.md') return undefined;
    if (!format) {
      if (mediaTypeOf(relative)) return { media: relative };
      const reason = notReadReason(relative);
      return reason ? { problem: reason } : undefined;
    }
    try {
      const info = await stat(absPath);
      if (!info.isFile()) return undefined;
      await access(absPath, constants.R_OK);
      if (format === 'ohms') {
        const { bytes } = await readHead(absPath, 4096);
        const notOhms = notOhmsReason(bytes.toString('utf8').replace(/^\uFEFF/, ''));
        if (notOhms) return { problem: notOhms };
      }
      return { file: { path: relative, absPath, size: info.size, mtimeMs: info.mtimeMs, format, ...(viaLink ? { viaLink } : {}) } };
    } catch (error) {
      return { problem: reasonOf(error) };
    }
  };
  const record = (relative: string, check: FileCheck): void => {
    if (check?.file) files.push(check.file);
    else if (check?.media) media.push(check.media);
    else if (check?.problem) report(relative, check.problem);
  };
  const addFile = async (absPath: string, relative: string, depth: number, viaLink = false): Promise<void> => record(relative, await checkFile(absPath, relative, depth, viaLink));

  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    options.signal?.throwIfAborted();
    if (depth > MAX_DEPTH) return report(prefix, `folders nested deeper than ${MAX_DEPTH} levels are not read`);
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      return report(prefix || '.', reasonOf(error));
    }
    const names = entries.map((entry) => {
      try {
        return strictUtf8.decode(entry.name);
      } catch {
        return null;
      }
    });
    // The files' stats are asked for a window ahead, not one after another: two round trips to
    // the thread pool per file, in turn, were most of a cold index's first half second at 5,000.
    // They are recorded in the folder's order all the same.
    const checks: Array<Promise<FileCheck> | undefined> = [];
    let started = 0;
    const startChecks = (upTo: number): void => {
      for (; started < Math.min(entries.length, upTo); started++) {
        const name = names[started];
        if (name && !name.startsWith('.') && entries[started]!.isFile()) checks[started] = checkFile(path.join(dir, name), prefix + name, depth);
      }
    };
    for (const [k, entry] of entries.entries()) {
      const name = names[k];
      if (name === null || name === undefined) {
        report(prefix + entry.name.toString('utf8'), 'the file name is not valid UTF-8 and cannot be represented: rename it to read it');
        continue;
      }
      if (name.startsWith('.')) continue;
      const absPath = path.join(dir, name);
      const relative = prefix + name;
      startChecks(k + CHECKS_AHEAD);
      if (entry.isSymbolicLink()) {
        await followLink(absPath, relative, depth);
      } else if (entry.isDirectory()) {
        const real = await realpath(absPath).catch(() => absPath);
        if (!visited.has(real)) {
          visited.add(real);
          await walk(absPath, `${relative}/`, depth + 1);
        }
      } else if (entry.isFile()) {
        record(relative, await checks[k]);
      }
    }
  };

  const followLink = async (absPath: string, relative: string, depth: number): Promise<void> => {
    let target: string;
    try {
      target = await realpath(absPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return report(relative, 'a broken link: its target does not exist');
      if (code === 'ELOOP') return report(relative, 'a symbolic link that points to itself in a loop');
      return report(relative, reasonOf(error));
    }
    if (!inside(rootReal, target)) return report(relative, `a link to outside the archive (${target}): not followed`);
    const info = await lstat(target).catch(() => undefined);
    if (info?.isDirectory()) {
      if (visited.has(target)) return report(relative, 'a link to a folder that is already read (a symlink cycle): not followed again');
      visited.add(target);
      return walk(absPath, `${relative}/`, depth + 1);
    }
    if (info?.isFile()) return addFile(absPath, relative, depth, true);
  };

  await walk(rootReal, '', 0);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems, media: media.sort() };
}
