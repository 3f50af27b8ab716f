/** Keyword-in-context snippets around the spans a query matched. */
import type { Passage } from '../library/types';
import type { Span } from './spans';

export interface Snippet {
  /** About 160 characters around the hit, trimmed at word boundaries, with "…" where cut. */
  text: string;
  /** Offset of the hit in the interview's text. */
  start: number;
  end: number;
  /** Where the hit is inside `text`, for marking it. */
  markStart: number;
  markEnd: number;
  passageIndex?: number;
  speaker?: string;
  time?: number;
}

export const SNIPPET_WINDOW = 160;
export const MAX_SNIPPETS = 3;
const WINDOW = SNIPPET_WINDOW;

/** Index of the passage containing `offset`, by binary search over passages sorted by start. */
export function passageAt(passages: readonly { start: number; end: number }[], offset: number): number | undefined {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid];
    if (p === undefined) return undefined;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

function cut(text: string, span: Span): { text: string; markStart: number; markEnd: number } {
  const room = Math.max(0, WINDOW - (span.end - span.start));
  let from = Math.max(0, span.start - Math.floor(room / 2));
  let to = Math.min(text.length, span.end + Math.ceil(room / 2));
  // Move inwards to the nearest whitespace so no word is cut in half.
  if (from > 0) {
    const space = text.slice(from, span.start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(span.end, to);
    const space = Math.max(tail.lastIndexOf(' '), tail.lastIndexOf('\n'));
    if (space >= 0) to = span.end + space;
  }
  // A hit starts and ends with a word character, so squashing each part alone equals squashing the whole.
  const before = (from > 0 ? '…' : '') + squash(text.slice(from, span.start)).replace(/^ /, '');
  const hit = squash(text.slice(span.start, span.end));
  const after = squash(text.slice(span.end, to)).replace(/ $/, '') + (to < text.length ? '…' : '');
  return { text: before + hit + after, markStart: before.length, markEnd: before.length + hit.length };
}

/** Up to three snippets, preferring hits in different passages and far apart. */
export function makeSnippets(text: string, passages: Passage[], spans: Span[]): Snippet[] {
  const chosen: Span[] = [];
  const usedPassages = new Set<number | undefined>();
  for (const pass of [0, 1]) {
    for (const span of spans) {
      if (chosen.length >= MAX_SNIPPETS) break;
      if (chosen.includes(span) || chosen.some((c) => Math.abs(c.start - span.start) < WINDOW)) continue;
      const p = passageAt(passages, span.start);
      if (pass === 0 && usedPassages.has(p)) continue;
      usedPassages.add(p);
      chosen.push(span);
    }
  }
  chosen.sort((a, b) => a.start - b.start);
  return chosen.map((span) => {
    const index = passageAt(passages, span.start);
    const passage = index === undefined ? undefined : passages[index];
    const snippet: Snippet = { ...cut(text, span), start: span.start, end: span.end };
    if (index !== undefined) snippet.passageIndex = index;
    if (passage?.speaker !== undefined) snippet.speaker = passage.speaker;
    if (passage?.time !== undefined) snippet.time = passage.time;
    return snippet;
  });
}
