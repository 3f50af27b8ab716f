/**
 * One writer per archive. proper-lockfile makes a lock folder atomically (mkdir) and keeps its
 * mtime fresh; a second Testimony window gets a clear error or opens read-only. A lock left by a
 * killed process goes stale after `staleMs`; to spare the researcher that wait after a crash, we
 * also note the owner's pid and host, and take over at once when that process is gone.
 * (Two windows taking over the same dead lock at the same instant could race; it needs a crash
 * and two simultaneous opens, and is accepted.)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import lockfile from 'proper-lockfile';

export class ArchiveLockedError extends Error {
  constructor() {
    super('This archive is open in another Testimony window. Close it there, or open this one read-only.');
    this.name = 'ArchiveLockedError';
  }
}

export interface WriterLock {
  release(): Promise<void>;
}

const LOCK_DIR = 'writer.lock';
const OWNER_FILE = 'writer.owner.json';

/** The recorded owner of a held lock: alive, gone (crashed), or not recorded (killed in between). */
function ownerState(dir: string): 'alive' | 'gone' | 'unknown' {
  let owner: { pid?: unknown; host?: unknown };
  try {
    owner = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as typeof owner;
  } catch {
    return 'unknown';
  }
  if (typeof owner.pid !== 'number' || owner.host !== os.hostname() || owner.pid === process.pid) return 'alive';
  try {
    process.kill(owner.pid, 0);
    return 'alive';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH' ? 'gone' : 'alive';
  }
}

export async function acquireWriterLock(dir: string, onLost: (err: Error) => void, staleMs = 10_000): Promise<WriterLock> {
  const options = { lockfilePath: path.join(dir, LOCK_DIR), stale: staleMs, realpath: false, onCompromised: onLost };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    const owner = ownerState(dir);
    if (owner === 'alive') throw new ArchiveLockedError();
    if (owner === 'gone') fs.rmSync(path.join(dir, LOCK_DIR), { recursive: true, force: true });
    // 'unknown': a process was killed between taking the lock and recording itself; a live
    // owner keeps the lock fresh, a dead one lets it go stale — wait that long, not forever.
    const retries = owner === 'unknown' ? { retries: Math.ceil(staleMs / 500) + 2, minTimeout: 500, maxTimeout: 500 } : 0;
    try {
      release = await lockfile.lock(dir, { ...options, retries });
    } catch {
      throw new ArchiveLockedError();
    }
  }
  fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ pid: process.pid, host: os.hostname() }));
  return {
    async release() {
      // Lock first, owner note second: a kill in between leaves a note of a dead pid, which the
      // next opener ignores, rather than a lock without an owner, which it would have to wait out.
      await release();
      fs.rmSync(path.join(dir, OWNER_FILE), { force: true });
    },
  };
}
