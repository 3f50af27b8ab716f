/**
 * Transcript furniture: the parts of a transcript that are about the recording, not its
 * content. Speaker labels ("BROCK:", "Q:"), header fields ("Date:", "Source page:"), tape and
 * side markers and stage notes ("[END OF INTERVIEW]", "(END OF SIDE 1, TAPE 1)", "[laughter]"),
 * shouted lines (headings typed in capitals) and timecodes. Names are never taken from them;
 * a speaker label or a header that names a participant is read as a participant instead
 * (participants.ts).
 */

export type Span = readonly [start: number, end: number];

// "Heading in source:", "Source page:", "Interviewer:", "BROCK:", "Q:", "SARA LINDQVIST:" at the start of a line.
const LABEL = /^[ \t>*_#-]*([\p{L}][\p{L}\p{M}.'’ -]{0,38}?)[ \t]*:(?=[ \t]|$)/gmu;
// Bracketed or parenthesised notes, on one line.
const NOTE = /[[(]([^\]\n)]{1,120})[\])]/gu;
const STAGE_WORDS = /\b(?:end|side|tape|break|pause|laugh\w*|inaudible|unintelligible|crosstalk|interruption|recording|transcript\w*|interview\w*|cough\w*|sic|tr|note|omitted|blank|begin\w*|start|track|file|audio|video|music|silence|applause)\b/iu;
const TIMECODE = /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b/gu;
/** Header fields whose whole value is furniture (a date, a link, a file name). */
const VALUE_IS_FURNITURE = /^(?:date|dates?|source(?: page)?|url|link|file|files?|audio|video|tape|side|length|duration|format|collection|accession|call number|rights|copyright|transcribed|transcriber|transcription|keywords?|subjects?|index|segment|time|timecode|notes?|webvtt)$/iu;

const LOWER_CASE = /\p{Ll}/u;

const isShouted = (s: string): boolean => {
  // Every line is asked: prose has a lower-case letter within a few characters, so the line's letters need not be copied.
  const lower = LOWER_CASE.exec(s)?.[0];
  if (lower !== undefined && lower.toUpperCase() !== lower) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};

/** The furniture spans of a text, sorted by start (they may overlap). */
export function furnitureSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(LABEL)) {
    const label = m[1] ?? '';
    if (label.split(/\s+/u).length > 4) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    spans.push([start, end]);
    if (VALUE_IS_FURNITURE.test(label.trim())) spans.push([start, lineEnd(text, end)]);
  }
  for (const m of text.matchAll(NOTE)) {
    const inner = m[1] ?? '';
    // "[Pescadero, California]" is an editor's gloss with names; "[laughter]" and "(END OF SIDE 1)" are not.
    if (isShouted(inner) || (STAGE_WORDS.test(inner) && inner.split(/\s+/u).length <= 8)) spans.push([m.index, m.index + m[0].length]);
  }
  // A line typed in capitals is a heading or a marker ("END OF TAPE ONE, SIDE A"), not prose.
  let from = 0;
  while (from < text.length) {
    const end = lineEnd(text, from);
    const line = text.slice(from, end);
    if (isShouted(line) && line.trim().split(/\s+/u).length >= 2) spans.push([from, end]);
    from = end + 1;
  }
  for (const m of text.matchAll(TIMECODE)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Whether a span of text overlaps any furniture (spans sorted by start). */
export function inFurniture(spans: readonly Span[], start: number, end: number): boolean {
  // Spans are few (a few per turn): a binary search for the last span starting before `end`.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && i >= lo - 64; i--) if (spans[i]![1] > start) return true;
  return false;
}
