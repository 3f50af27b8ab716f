/**
 * A timeline of dated events: interviews (when they were recorded), claims (the date a figure is
 * said to hold at) and dates written in the interviews' text ("26 January 2008", "March 1, 2008",
 * "December 2007"), years alone ("in 1986") and Persian (Jalali) dates, converted and labelled
 * with their calendar (calendarDates.ts), each with the passage it comes from.
 */
import type { Interview } from '../library/types';
import { jalaliDatesInText, yearsInText, type FoundDate } from './calendarDates';

export interface TimelineEvent {
  /** ISO date, as precise as known. */
  date: string;
  kind: 'interview' | 'claim' | 'mention';
  label: string;
  interviewId: string;
  start?: number;
  end?: number;
  claimId?: string;
  /** The calendar the text used, where not the Gregorian one, and the date as written. */
  calendar?: 'jalali';
  original?: string;
}

export interface DatedClaim {
  id: string;
  what: string;
  value: string;
  unit?: string;
  asOf?: string;
  source: string;
  interviewId: string;
  start: number;
  end: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
// "26 January 2008", "January 26, 2008", "January 2008"; years 1900–2099 only, to skip figures.
const DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+${MONTH}\\s+((?:19|20)\\d{2})|${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|${MONTH}\\s+((?:19|20)\\d{2}))\\b`, 'giu');

const pad = (n: number): string => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** Dates written out in English in `text`, with their offsets. */
export function datesInText(text: string): Array<{ date: string; start: number; end: number }> {
  const out: Array<{ date: string; start: number; end: number }> = [];
  for (const m of text.matchAll(DATE)) {
    const [, d1, m1, y1, m2, d2, y2, m3, y3] = m;
    let date: string | undefined;
    if (d1 && m1 && y1) date = `${y1}-${pad(monthNumber(m1))}-${pad(Number(d1))}`;
    else if (m2 && d2 && y2) date = `${y2}-${pad(monthNumber(m2))}-${pad(Number(d2))}`;
    else if (m3 && y3) date = `${y3}-${pad(monthNumber(m3))}`;
    const day = date ? Number(date.slice(8)) : 0;
    if (date && day <= 31) out.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Full English dates, years alone ("in 1986") and Jalali dates, in text order. */
export function allDatesInText(text: string): FoundDate[] {
  const full = datesInText(text);
  return [...full, ...yearsInText(text, full), ...jalaliDatesInText(text)].sort((a, b) => a.start - b.start);
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1) + 1, text.lastIndexOf('\n', start - 1) + 1, start - 160);
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  const to = Math.min(stops.length > 0 ? Math.min(...stops) + 1 : text.length, end + 160);
  return text.slice(from, to).replace(/\s+/g, ' ').trim();
}

export function timeline(interviews: readonly Interview[], claims: readonly DatedClaim[], options: { mentions?: boolean } = {}): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const i of interviews) {
    if (i.date) events.push({ date: i.date, kind: 'interview', label: `Interview: ${i.title}`, interviewId: i.id });
    if (options.mentions === false) continue;
    for (const d of allDatesInText(i.text)) {
      const calendar = d.calendar ? { calendar: d.calendar, original: d.original ?? '' } : {};
      events.push({ date: d.date, kind: 'mention', label: sentenceAround(i.text, d.start, d.end), interviewId: i.id, start: d.start, end: d.end, ...calendar });
    }
  }
  for (const c of claims) {
    if (!c.asOf) continue;
    events.push({ date: c.asOf, kind: 'claim', label: `${c.what}: ${c.value}${c.unit ? ` ${c.unit}` : ''} (${c.source})`, interviewId: c.interviewId, start: c.start, end: c.end, claimId: c.id });
  }
  const order = { claim: 0, mention: 1, interview: 2 };
  return events.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind] || a.label.localeCompare(b.label));
}
