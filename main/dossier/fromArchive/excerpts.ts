/**
 * Turning a place in an interview into a printed excerpt: the quote, a little grey context on
 * either side (never beyond the passage it sits in), and a citation precise enough to find it.
 */
import type { Citation, ExcerptBlock } from '../model';
import type { Interview, Passage } from '../../library/types';
import { passageAt } from '../../search/snippets';
import { speakerFields } from './speakers';

/** How the archive writes a name a transcript shouts ("SARA LINDQVIST" → "Sara Lindqvist"). */
export type NameOf = (label: string) => string | undefined;

/** Characters of context shown before and after an annotation's quote. */
const CONTEXT = 220;
/** A matched passage longer than this is cut down to the sentences around the hit. */
const LONG_PASSAGE = 900;
/** How far the sentence window may reach either side of a hit inside a long passage. */
const SENTENCE_REACH = 420;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function citationFor(interview: Interview, offset: number | undefined, nameOf?: NameOf): Citation {
  const index = offset === undefined ? undefined : passageAt(interview.passages, offset);
  const passage = index === undefined ? undefined : interview.passages[index];
  return {
    interviewTitle: interview.title.trim() || interview.path,
    ...(interview.interviewee ? { interviewee: interview.interviewee } : {}),
    ...(interview.interviewer ? { interviewer: interview.interviewer } : {}),
    ...(interview.date ? { date: interview.date } : {}),
    ...(interview.place ? { place: interview.place } : {}),
    ...(interview.publisher ? { publisher: interview.publisher } : {}),
    ...(interview.url ? { url: interview.url } : {}),
    ...speakerFields(interview, passage?.speaker, nameOf),
    ...(index !== undefined ? { passage: index + 1 } : {}),
    ...(passage?.time !== undefined ? { time: passage.time } : {}),
    file: interview.path,
    ...(interview.media ? { media: interview.media.path } : {}),
  };
}

function passageRange(interview: Interview, offset: number): { start: number; end: number } {
  const index = passageAt(interview.passages, offset);
  const passage: Passage | undefined = index === undefined ? undefined : interview.passages[index];
  return passage ?? { start: 0, end: interview.text.length };
}

/**
 * Up to CONTEXT characters before `at`: from the first sentence start in that window when there is
 * one, else from a word boundary, marked with "…" because a sentence was cut.
 */
export function contextBefore(text: string, floor: number, at: number): string {
  let from = Math.max(floor, at - CONTEXT);
  let cut = false;
  if (from > floor) {
    const window = text.slice(from, at);
    const sentence = /[.!?؟]\s+/.exec(window);
    const space = window.search(/\s/);
    cut = !sentence;
    from = sentence ? from + sentence.index + sentence[0].length : space >= 0 ? from + space + 1 : at;
  }
  const context = squash(text.slice(from, at));
  return cut && context ? `…${context}` : context;
}

/** Up to CONTEXT characters after `at`: to the last sentence end in that window, else a word boundary marked "…". */
export function contextAfter(text: string, at: number, ceiling: number): string {
  let to = Math.min(ceiling, at + CONTEXT);
  let cut = false;
  if (to < ceiling) {
    const window = text.slice(at, to);
    const stops = [...window.matchAll(/[.!?؟](?=\s)/g)];
    const lastStop = stops.at(-1);
    const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
    cut = !lastStop;
    to = lastStop ? at + lastStop.index + 1 : space >= 0 ? at + space : at;
  }
  const context = squash(text.slice(at, to));
  return cut && context ? `${context}…` : context;
}

export interface QuoteParts {
  quote: string;
  before?: string;
  after?: string;
}

/** The quote of a span with the context around it, both inside the passage it starts in. */
export function quoteWithContext(interview: Interview, start: number, end: number): QuoteParts {
  const { text } = interview;
  const passage = passageRange(interview, start);
  const ceiling = Math.max(end, passageRange(interview, Math.max(start, end - 1)).end);
  const before = contextBefore(text, passage.start, start);
  const after = contextAfter(text, end, ceiling);
  return { quote: squash(text.slice(start, end)), ...(before ? { before } : {}), ...(after ? { after } : {}) };
}

/**
 * The span a query hit prints as: its whole passage, or for a long passage the sentences around
 * the hit (a sentence ends at . ! ? ؟ or a line break), so the quote reads as a complete thought.
 */
export function hitSpan(interview: Interview, hit: { start: number; end: number }): { start: number; end: number } {
  const passage = passageRange(interview, hit.start);
  if (passage.end - passage.start <= LONG_PASSAGE) return passage;
  const { text } = interview;
  const floor = Math.max(passage.start, hit.start - SENTENCE_REACH);
  const head = text.slice(floor, hit.start);
  const lastStop = Math.max(...['. ', '! ', '? ', '؟ ', '\n'].map((stop) => head.lastIndexOf(stop)));
  const start = lastStop >= 0 ? floor + lastStop + 1 : floor;
  const ceiling = Math.min(passage.end, hit.end + SENTENCE_REACH);
  const tail = text.slice(hit.end, ceiling);
  const stops = ['.', '!', '?', '؟', '\n'].map((stop) => tail.indexOf(stop)).filter((i) => i >= 0);
  const end = stops.length ? hit.end + Math.min(...stops) + 1 : ceiling;
  return { start, end };
}

/** Windows of one passage closer than this (start of the first to end of the last) print as one excerpt. */
const MERGED_WINDOW = 1800;

/**
 * The spans a list of hits in one interview print as: each hit's window (hitSpan), a hit inside
 * an earlier window left out, and windows of the same passage merged while the whole stays
 * short, so a long answer that names something four times is quoted once, not four times.
 */
export function hitWindows(interview: Interview, hits: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const windows: Array<{ start: number; end: number; passage: number | undefined }> = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const last = windows[windows.length - 1];
    if (last && hit.start < last.end) continue;
    const span = hitSpan(interview, hit);
    if (!interview.text.slice(span.start, span.end).trim()) continue;
    const passage = passageAt(interview.passages, span.start);
    if (last && passage !== undefined && last.passage === passage && span.end - last.start <= MERGED_WINDOW) last.end = Math.max(last.end, span.end);
    else windows.push({ ...span, passage });
  }
  return windows.map(({ start, end }) => ({ start, end }));
}

/** Letters, marks, digits and the joiners inside a word; an apostrophe between letters too. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;
const inWord = (text: string, i: number): boolean => {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD.test(c)) return true;
  return (c === "'" || c === '’') && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '');
};

/** Widens a span to whole words, so a quote never starts or ends inside a word ("who hi mself"). */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && inWord(text, s - 1) && inWord(text, s)) s--;
  while (e < text.length && e > 0 && inWord(text, e - 1) && inWord(text, e)) e++;
  return { start: s, end: e };
}

export function excerptBlock(id: string, interview: Interview, span: { start: number; end: number }, extra: Partial<ExcerptBlock> = {}, nameOf?: NameOf): ExcerptBlock {
  const { start, end } = snapToWords(interview.text, span.start, span.end);
  return { kind: 'excerpt', id, ...quoteWithContext(interview, start, end), citation: citationFor(interview, start, nameOf), ...extra };
}
