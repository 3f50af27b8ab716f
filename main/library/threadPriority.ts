import { constants, setPriority } from 'node:os';

/**
 * Lowers the calling worker thread's scheduling priority, so that on a busy machine the host's
 * event loop gets a core before background work does. Only on Linux, where the nice value is per
 * thread; elsewhere the call would lower the whole process, the host's thread with it.
 */
export function lowerThisThreadPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(0, constants.priority.PRIORITY_LOW);
  } catch {
    // Not allowed here (a sandbox or container policy): run at the usual priority.
  }
}
