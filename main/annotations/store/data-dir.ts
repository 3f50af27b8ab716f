/**
 * Where Testimony keeps its own data for an archive: `<archive>/.testimony/` when the archive
 * folder can be written, else a folder in the user data folder named after the archive's path
 * (so each read-only archive still gets its own, stable place).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface DataDirChoice {
  dir: string;
  /** True when the archive could not be written and the user data folder is used instead. */
  fallback: boolean;
}

/** Can we create and remove a file in `dir` (creating `dir` if needed)? */
export function canWriteDir(dir: string): boolean {
  try {
    fs.mkdirSync(dir, { recursive: true });
    const probe = path.join(dir, `.write-probe-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

export function resolveDataDir(archiveRoot: string, userDataFallback: string, canWrite: (dir: string) => boolean = canWriteDir): DataDirChoice {
  const own = path.join(path.resolve(archiveRoot), '.testimony');
  if (canWrite(own)) return { dir: own, fallback: false };
  const key = createHash('sha256').update(path.resolve(archiveRoot)).digest('hex').slice(0, 16);
  return { dir: path.join(path.resolve(userDataFallback), 'archives', `${path.basename(path.resolve(archiveRoot)) || 'archive'}-${key}`), fallback: true };
}
