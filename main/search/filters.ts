/** Filters on an interview's metadata, applied to Lunr's candidates before ranking. */
import type { Interview, InterviewFormat } from '../library/types';
import { foldWord } from './analysis';

export interface SearchFilters {
  /**
   * Interviewee names or parts of them; an interview matches when its interviewee's name contains
   * one, word by word from the start of a word ("Marsh" finds "Helen Marshall"; case and accents ignored).
   */
  interviewee?: string | string[];
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; interviews without a date are left out. */
  from?: string;
  to?: string;
  /** BCP 47 primary language subtags ("en", "fa"). */
  language?: string | string[];
  format?: InterviewFormat | InterviewFormat[];
}

const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);
const foldName = (s: string): string => s.split(/\s+/).map(foldWord).filter((w) => w !== '').join(' ');
// Folded names by spelling: a filter checks every candidate's interviewee, and names repeat across an archive.
const foldedNames = new Map<string, string>();
const NAME_CACHE_LIMIT = 50_000;
function normName(s: string): string {
  let folded = foldedNames.get(s);
  if (folded === undefined) {
    if (foldedNames.size >= NAME_CACHE_LIMIT) foldedNames.clear();
    foldedNames.set(s, (folded = foldName(s)));
  }
  return folded;
}

/** The first and last day a partial ISO date can mean, as comparable strings. */
function dateRange(iso: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso.trim());
  if (!m || m[1] === undefined) return null;
  const y = m[1];
  if (m[2] === undefined) return [`${y}-01-01`, `${y}-12-31`];
  if (m[3] === undefined) return [`${y}-${m[2]}-01`, `${y}-${m[2]}-31`];
  return [`${y}-${m[2]}-${m[3]}`, `${y}-${m[2]}-${m[3]}`];
}

/** The filters that are set, one by one (for saying which one left everything out). */
export function activeFilters(filters: SearchFilters | undefined): SearchFilters[] {
  if (filters === undefined) return [];
  return (Object.keys(filters) as (keyof SearchFilters)[])
    .filter((k) => filters[k] !== undefined && filters[k] !== '' && !(Array.isArray(filters[k]) && filters[k].length === 0))
    .map((k) => ({ [k]: filters[k] }));
}

/** A predicate for the filters, or null when there are none. */
export function compileFilters(filters: SearchFilters | undefined): ((i: Interview) => boolean) | null {
  if (filters === undefined) return null;
  const names = list(filters.interviewee)?.map(normName);
  const languages = list(filters.language)?.map((l) => l.toLowerCase());
  const formats = list(filters.format);
  const from = filters.from === undefined ? null : dateRange(filters.from)?.[0] ?? null;
  const to = filters.to === undefined ? null : dateRange(filters.to)?.[1] ?? null;
  if (!names && !languages && !formats && from === null && to === null) return null;
  return (i) => {
    if (names) {
      const name = ` ${normName(i.interviewee ?? '')}`;
      if (!names.some((n) => n !== '' && name.includes(` ${n}`))) return false;
    }
    if (languages && !languages.includes((i.language ?? '').toLowerCase().split('-')[0] ?? '')) return false;
    if (formats && !formats.includes(i.format)) return false;
    if (from !== null || to !== null) {
      const range = i.date === undefined ? null : dateRange(i.date);
      if (range === null) return false;
      if (from !== null && range[1] < from) return false;
      if (to !== null && range[0] > to) return false;
    }
    return true;
  };
}
