/**
 * A probe of the host's event loop for `npm run bench -- loop` (scripts/bench-loop-probe.mjs),
 * on only when TESTIMONY_LOOP_PROBE names a file. Every pause of this thread's event loop of
 * 20 ms or more becomes one JSON line there: when it ended (epoch ms), how long the loop was
 * late, and what this thread did meanwhile (Linux schedstat): CPU time on this thread, and time
 * it was ready to run but waited for a core. The rest of a pause is time blocked (a synchronous
 * read or write, waiting for the garbage collector's helpers).
 */
import { appendFileSync, readFileSync } from 'node:fs';

const TICK_MS = 10;
const REPORT_MS = 20;

/** This thread's CPU time and run-queue wait so far, in ms (the main thread's task id is the process id); NaN off Linux. */
function mainThreadSched(): { cpu: number; wait: number } {
  try {
    const [cpu = Number.NaN, wait = Number.NaN] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpu: cpu / 1e6, wait: wait / 1e6 };
  } catch {
    return { cpu: Number.NaN, wait: Number.NaN };
  }
}

export function startLoopProbe(file: string): void {
  let last = performance.now();
  let lastSched = mainThreadSched();
  setInterval(() => {
    const now = performance.now();
    const sched = mainThreadSched();
    const late = now - last - TICK_MS;
    if (late >= REPORT_MS) {
      const pause = { at: Date.now(), ms: Math.round(late), cpuMs: Math.round(sched.cpu - lastSched.cpu), waitMs: Math.round(sched.wait - lastSched.wait) };
      appendFileSync(file, `${JSON.stringify(pause)}\n`);
    }
    last = now;
    lastSched = sched;
  }, TICK_MS).unref();
}
