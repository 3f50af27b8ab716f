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
  constructor(holder?: Holder) {
    super(holder?.shortLived
      ? `This archive was busy: ${holder.label} (process ${holder.pid}) was still changing it. Try again when that command has finished.`
      : `This archive is open in ${holder?.label ?? 'another Testimony window'}${holder?.pid ? ` (process ${holder.pid})` : ''}. Close it there, or open this one read-only.`);
    this.name = 'ArchiveLockedError';
  }
}

/** Who holds the lock, as the owner note says, in the researcher's words. */
export interface Holder {
  pid?: number;
  label: string;
  /** A command-line run: it lets go within seconds, so an opener waits for it instead of failing. */
  shortLived: boolean;
}

/** What this process is, for the owner note: the CLI, the browser host, or the desktop app. */
function thisHolder(): Holder {
  const entry = path.basename(process.argv[1] ?? '');
  if (/^(cli\.js|testimony(\.js)?)$/.test(entry)) return { pid: process.pid, label: `the command line (testimony ${process.argv[2] ?? ''})`.replace(' )', ')'), shortLived: true };
  if (entry === 'serve.js') return { pid: process.pid, label: 'the browser host (npm run serve)', shortLived: false };
  return { pid: process.pid, label: 'another Testimony window', shortLived: false };
}

function readHolder(dir: string): Holder | undefined {
  try {
    const owner = JSON.parse(fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8')) as Partial<Holder>;
    return { pid: typeof owner.pid === 'number' ? owner.pid : undefined, label: typeof owner.label === 'string' ? owner.label : 'another Testimony window', shortLived: owner.shortLived === true };
  } catch {
    return undefined;
  }
}

/** How long an opener waits for a command-line run to let go before it gives up. */
export const WAIT_FOR_COMMAND_MS = 15_000;

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
    const holder = readHolder(dir);
    if (owner === 'alive' && holder?.shortLived) {
      // Writers serialise behind a command-line run instead of failing (two CLIs, or a window
      // opened while `testimony annotate` runs).
      try {
        release = await lockfile.lock(dir, { ...options, retries: { retries: Math.ceil(WAIT_FOR_COMMAND_MS / 100), minTimeout: 100, maxTimeout: 100 } });
        return recordOwner(dir, release);
      } catch {
        throw new ArchiveLockedError(readHolder(dir) ?? holder);
      }
    }
    if (owner === 'alive') throw new ArchiveLockedError(holder);
    if (owner === 'gone') fs.rmSync(path.join(dir, LOCK_DIR), { recursive: true, force: true });
    // 'unknown': a process was killed between taking the lock and recording itself; a live
    // owner keeps the lock fresh, a dead one lets it go stale — wait that long, not forever.
    const retries = owner === 'unknown' ? { retries: Math.ceil(staleMs / 500) + 2, minTimeout: 500, maxTimeout: 500 } : 0;
    try {
      release = await lockfile.lock(dir, { ...options, retries });
    } catch {
      throw new ArchiveLockedError(readHolder(dir));
    }
  }
  return recordOwner(dir, release);
}

function recordOwner(dir: string, release: () => Promise<void>): WriterLock {
  fs.writeFileSync(path.join(dir, OWNER_FILE), JSON.stringify({ ...thisHolder(), host: os.hostname() }));
  return {
    async release() {
      // Lock first, owner note second: a kill in between leaves a note of a dead pid, which the
      // next opener ignores, rather than a lock without an owner, which it would have to wait out.
      await release();
      fs.rmSync(path.join(dir, OWNER_FILE), { force: true });
    },
  };
}
