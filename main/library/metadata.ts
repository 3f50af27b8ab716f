/** Small helpers that turn the loose metadata of real archives into InterviewMeta fields. */

import { codePointTest } from './codePointTest';

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';

function monthIndex(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return months.findIndex((m) => m.startsWith(prefix)) + 1;
}

function iso(year: string, month?: number, day?: string): string {
  const mm = month ? `-${String(month).padStart(2, '0')}` : '';
  const dd = month && day ? `-${day.padStart(2, '0')}` : '';
  return `${year}${mm}${dd}`;
}

/**
 * The first date in free text, as ISO (YYYY, YYYY-MM or YYYY-MM-DD): "2006-06-13",
 * "January 26, 2008", "7 February 1994", "March 1990", "1989 (at Bell Labs)".
 */
export function parseDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const isoMatch = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(value);
  if (isoMatch?.[1] && isoMatch[2]) return iso(isoMatch[1], Number(isoMatch[2]), isoMatch[3]);
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern},?\\s+(\\d{4})\\b`, 'i').exec(value);
  if (dayFirst?.[1] && dayFirst[2] && dayFirst[3]) return iso(dayFirst[3], monthIndex(dayFirst[2]), dayFirst[1]);
  const monthFirst = new RegExp(`\\b${monthPattern}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b`, 'i').exec(value);
  if (monthFirst?.[1] && monthFirst[3]) return iso(monthFirst[3], monthIndex(monthFirst[1]), monthFirst[2]);
  return /\b(1[5-9]\d{2}|20\d{2})\b/.exec(value)?.[1];
}

/** "Michael S. Mahoney (MSM), Princeton University" → "Michael S. Mahoney"; "Barbosa, Pablo" stays. */
export function cleanName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // "(MSM), Princeton University" after a name is a note; "(Sandy)" before a surname is part of it.
  const name = value.split(/\s\((?![\p{Lu}][\p{Ll}'’-]+\)\s+\p{Lu})|;|\n/u)[0]?.trim().replace(/[.,:]+$/, '');
  return name || undefined;
}

/** "Barbosa, Pablo" → "Pablo Barbosa" (catalogue order to reading order). */
export function readingOrder(name: string | undefined): string | undefined {
  const parts = name?.split(',').map((p) => p.trim());
  if (parts?.length === 2 && parts[0] && parts[1]) return `${parts[1]} ${parts[0]}`;
  return name;
}

const languageNames: Record<string, string> = {
  english: 'en', eng: 'en', spanish: 'es', spa: 'es', 'español': 'es', persian: 'fa', farsi: 'fa', fas: 'fa', per: 'fa',
  armenian: 'hy', hye: 'hy', arm: 'hy', french: 'fr', fra: 'fr', fre: 'fr', german: 'de', deu: 'de', ger: 'de', arabic: 'ar', ara: 'ar',
};

/** A language name or code ("English", "spa", "en-US") → BCP 47 primary subtag, when recognised. */
export function languageCode(value: string | undefined): string | undefined {
  const key = value?.trim().toLowerCase();
  if (!key) return undefined;
  if (languageNames[key]) return languageNames[key];
  const subtag = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(key)?.[1];
  return subtag && subtag.length === 2 ? subtag : subtag && languageNames[subtag];
}

const ARABIC_SCRIPT = codePointTest(/\p{Script=Arabic}/u);
const LETTER = codePointTest(/\p{L}/u);

/** Most letters Arabic-script → 'fa' (the project's archive is Persian), otherwise 'en'. */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 20000);
  // Most texts have no Arabic script at all: one search says so without counting anything.
  if (!/\p{Script=Arabic}/u.test(sample)) return 'en';
  // Code units of Arabic script and of letters, by a loop over code points (a regex match per run made a string each).
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; ) {
    const cp = sample.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    if (ARABIC_SCRIPT(cp)) arabic += units;
    if (LETTER(cp)) letters += units;
    i += units;
  }
  return letters > 0 && arabic / letters > 0.5 ? 'fa' : 'en';
}
