import { TextBuilder } from '../passages';
import type { ReadResult } from '../types';

/** One stretch of speech with its place in the recording: an interval, an annotation, a segment. */
export interface TimedTurn {
  start: number;
  end?: number;
  speaker?: string;
  text: string;
  keywords?: string[];
}

/**
 * Passages from time-aligned tiers (TextGrid, ELAN, Transcriber): in the order they were spoken,
 * each with its speaker, start and end. Tiers spoken at once interleave by start time.
 */
export function fromTimedTurns(turns: TimedTurn[], maxChars: number, meta: Omit<ReadResult, 'text' | 'passages'> = { title: '' }): ReadResult {
  const builder = new TextBuilder(maxChars);
  const ordered = turns.filter((t) => t.text.trim()).sort((a, b) => a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start));
  for (const turn of ordered) {
    if (!builder.add(turn.text, { speaker: turn.speaker, time: turn.start, endTime: turn.end, keywords: turn.keywords })) break;
  }
  return builder.result(meta);
}
