/**
 * Dates the timeline reads besides full English dates: a year alone after a preposition
 * ("in 1986", "since 2003"), and Persian (Jalali) dates ("۲۰ اسفند ۱۳۸۶", "بهمن ۱۳۸۶",
 * "سال ۱۳۷۵"), converted with jalaali-js and labelled with the calendar they came from.
 */
import { toGregorian } from 'jalaali-js';

export interface FoundDate {
  /** ISO date, as precise as the text is. */
  date: string;
  start: number;
  end: number;
  /** Where the text used another calendar: the date as written, and the calendar. */
  calendar?: 'jalali';
  original?: string;
}

// A year alone is a date only after a word that says so: "380" or "1,208" are figures, "in 1986" a year.
const YEAR = /\b(?:in|since|from|until|till|by|after|before|around|circa|c\.|of|during|early|late|mid|summer|winter|spring|autumn|fall)\s+((?:18|19|20)\d{2})\b(?![,.]\d)/giu;

const PERSIAN_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const DIGIT = '[0-9۰-۹٠-٩]';
const MONTH = `(${PERSIAN_MONTHS.join('|')})(?:\u200c?ماه)?`;
// "۲۰ اسفند ۱۳۸۶", "بهمن ۱۳۸۶", "سال ۱۳۷۵"; Jalali years 1200–1499.
const JALALI = new RegExp(`(?:(${DIGIT}{1,2})\\s+${MONTH}\\s+(?:(?:ماه|سال)\\s+)?(1[234]${DIGIT}{2}|[۱١][۲۳۴٢٣٤]${DIGIT}{2})|${MONTH}\\s+(?:سال\\s+)?(1[234]${DIGIT}{2}|[۱١][۲۳۴٢٣٤]${DIGIT}{2})|سال\\s+(1[234]${DIGIT}{2}|[۱١][۲۳۴٢٣٤]${DIGIT}{2}))(?![0-9۰-۹٠-٩])`, 'gu');

const toLatinDigits = (s: string): number => Number(s.replace(/[۰-۹]/gu, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/gu, (c) => String(c.charCodeAt(0) - 0x0660)));
const pad = (n: number): string => String(n).padStart(2, '0');

/** Years written alone, with a word before them that makes them years. Skips spans in `taken`. */
export function yearsInText(text: string, taken: ReadonlyArray<{ start: number; end: number }>): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(YEAR)) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    if (taken.some((t) => t.start <= start && start < t.end)) continue;
    out.push({ date: year, start, end: start + year.length });
  }
  return out;
}

/** Jalali dates in a Persian text, converted to the Gregorian calendar. */
export function jalaliDatesInText(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(JALALI)) {
    const [whole, day, month1, year1, month2, year2, year3] = m;
    const original = whole.trim();
    const at = { start: m.index, end: m.index + whole.length, calendar: 'jalali' as const, original };
    if (day && month1 && year1) {
      const g = toGregorian(toLatinDigits(year1), PERSIAN_MONTHS.indexOf(month1) + 1, toLatinDigits(day));
      if (toLatinDigits(day) <= 31) out.push({ date: `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`, ...at });
    } else if (month2 && year2) {
      // A Jalali month spans two Gregorian ones: its middle decides.
      const g = toGregorian(toLatinDigits(year2), PERSIAN_MONTHS.indexOf(month2) + 1, 15);
      out.push({ date: `${g.gy}-${pad(g.gm)}`, ...at });
    } else if (year3) {
      // Most of Jalali year Y (from 20/21 March) falls in Gregorian year Y + 621.
      out.push({ date: String(toLatinDigits(year3) + 621), ...at });
    }
  }
  return out;
}
