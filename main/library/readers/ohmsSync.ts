/**
 * OHMS sync data ("1:|13(3)|19(14)|…"): the first number is the interval in minutes, then for
 * each interval the transcript line (0-based) and word where it begins. Returns line → seconds,
 * keeping the earliest time for a line.
 */
export function syncTimes(sync: string): Map<number, number> {
  const times = new Map<number, number>();
  const [intervalText, points] = sync.split(':', 2);
  const interval = Number(intervalText);
  if (!Number.isFinite(interval) || interval <= 0 || !points) return times;
  points.split('|').forEach((point, index) => {
    const line = Number(/^(\d+)/.exec(point)?.[1]);
    if (Number.isFinite(line) && !times.has(line)) times.set(line, index * interval * 60);
  });
  return times;
}

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The transcript with a "[hh:mm:ss]" line before each synced line, for the plain-text reader. */
export function withSyncMarkers(transcript: string, sync: string | undefined): string {
  const times = sync ? syncTimes(sync) : new Map<number, number>();
  if (times.size === 0) return transcript;
  return transcript
    .split('\n')
    .map((line, index) => {
      const time = times.get(index);
      return time === undefined ? line : `[${clock(time)}]\n${line}`;
    })
    .join('\n');
}
