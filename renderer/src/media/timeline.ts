/** Where the recording is in the text, and where the text is in the recording. Pure, for tests. */
interface Timed {
  start: number;
  end: number;
  time?: number;
}

/** The passage being spoken at `seconds`: the last one (in text order) whose time has come; -1 before the first. */
export function passageAtTime(passages: readonly Timed[], seconds: number): number {
  let found = -1;
  let latest = Number.NEGATIVE_INFINITY;
  passages.forEach((p, index) => {
    if (p.time !== undefined && p.time <= seconds + 0.001 && p.time >= latest) {
      found = index;
      latest = p.time;
    }
  });
  return found;
}

/** The time a text offset is spoken at: its passage's time, or the last timed passage before it. */
export function timeAtOffset(passages: readonly Timed[], offset: number): number | undefined {
  let time: number | undefined;
  for (const p of passages) {
    if (p.start > offset) break;
    if (p.time !== undefined) time = p.time;
  }
  return time;
}

export const SPEEDS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
/** Seconds "jump back" (and forward) moves. */
export const JUMP_SECONDS = 5;

/** The next playback speed up or down the list from `current`, staying within 0.5–2×. */
export function nextSpeed(current: number, step: 1 | -1): number {
  const next = step > 0 ? SPEEDS.find((s) => s > current + 0.001) : [...SPEEDS].reverse().find((s) => s < current - 0.001);
  return next ?? (step > 0 ? SPEEDS[SPEEDS.length - 1]! : SPEEDS[0]);
}
