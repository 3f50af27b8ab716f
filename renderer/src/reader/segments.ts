/** A marked range inside an interview's text: a search hit, an annotation, the current selection. */
export interface Mark {
  start: number;
  end: number;
  kind: 'hit' | 'annotation';
  /** Hit index or annotation id. */
  key: string;
  color?: string;
}

export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts [from, to) into the smallest pieces such that each piece is covered by the same set of
 * marks, so overlapping highlights render as nested styles without losing any text.
 */
export function segment(from: number, to: number, marks: readonly Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to);
  const cuts = new Set<number>([from, to]);
  for (const mark of inside) {
    cuts.add(Math.max(from, mark.start));
    cuts.add(Math.min(to, mark.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    segments.push({ start, end, marks: inside.filter((m) => m.start < end && m.end > start) });
  }
  return segments;
}

/** Passages to render: the interview's own, or the whole text when a reader found none. */
export function passagesOrWhole<P extends { start: number; end: number }>(passages: readonly P[], length: number): Array<P | { start: number; end: number }> {
  return passages.length > 0 ? [...passages] : [{ start: 0, end: length }];
}
