import type { Passage } from './types';

/** Where a stretch of text is spoken in the recording, in seconds; `end` is absent when unknown. */
export interface TimeSpan {
  start: number;
  end?: number;
}

/**
 * The time span of the text [start, end) from the timecoded passages it touches: from the first
 * one's time to the last one's end (its own end time, else the next timed passage's start).
 * Undefined when those passages have no times.
 */
export function timeSpanOf(passages: readonly Passage[], start: number, end: number): TimeSpan | undefined {
  const touched = passages.map((p, index) => ({ p, index })).filter(({ p }) => p.end > start && p.start < Math.max(end, start + 1));
  const first = touched.find(({ p }) => p.time !== undefined) ?? undefined;
  const firstTime = first?.p.time ?? timeBefore(passages, touched[0]?.index ?? -1);
  if (firstTime === undefined) return undefined;
  const last = touched.at(-1);
  const next = last ? passages.slice(last.index + 1).find((p) => p.time !== undefined)?.time : undefined;
  const lastEnd = last?.p.endTime ?? next;
  return lastEnd !== undefined && lastEnd > firstTime ? { start: firstTime, end: lastEnd } : { start: firstTime };
}

function timeBefore(passages: readonly Passage[], index: number): number | undefined {
  for (let i = index - 1; i >= 0; i--) if (passages[i]?.time !== undefined) return passages[i]?.time;
  return undefined;
}

/** A media fragment's temporal value (https://www.w3.org/TR/media-frags/#naming-time): "t=12.5,20". */
export function mediaFragment(span: TimeSpan): string {
  const seconds = (n: number): string => String(Math.round(n * 1000) / 1000);
  return span.end === undefined ? `t=${seconds(span.start)}` : `t=${seconds(span.start)},${seconds(span.end)}`;
}
