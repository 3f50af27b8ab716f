/**
 * Interviews as CSL-JSON items of type "interview" (the form Zotero imports with every field:
 * interviewee as author, interviewer, date, archive, archive location, URL, language).
 */
import type { Interview } from '../../library/types';

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'interview';
  title: string;
  author?: CslName[];
  interviewer?: CslName[];
  issued?: { 'date-parts': number[][] };
  'event-place'?: string;
  publisher?: string;
  archive?: string;
  archive_location?: string;
  URL?: string;
  medium?: string;
  language?: string;
  keyword?: string;
  note?: string;
}

const FORMAT_NAMES: Record<string, string> = { txt: 'Transcript', md: 'Transcript', html: 'Web page', docx: 'Transcript (Word)', pdf: 'Transcript (PDF)', vtt: 'Subtitles (WebVTT)', srt: 'Subtitles (SRT)', ohms: 'OHMS index', csv: 'Transcript table' };

/** Titles a transcript puts before a name; CSL has no field for them and styles print none. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|rev|fr|sgt|cpl|lt|capt|maj|col|gen)\.?$/i;

/**
 * "Hamid Karimi" → family Karimi, given Hamid; "Dr. Miriam Achterberg" → Achterberg, Miriam (the
 * title dropped, or APA prints "Achterberg, Dr. M."), "A.G. (Sandy) Fraser" → Fraser, A.G.; a name
 * in a script without capitals, or one word, stays whole.
 */
export function cslName(name: string): CslName {
  // A nickname in parentheses ("A.G. (Sandy) Fraser") is no initial: APA would print "A. G. (Sandy)".
  const all = name.replace(/\s\([^)]*\)(?=\s)/g, '').trim().split(/\s+/);
  const words = all.length > 2 && HONORIFIC.test(all[0] ?? '') ? all.slice(1) : all;
  if (words.length < 2 || !/\p{Lu}/u.test(name)) return { literal: name.trim() };
  const family = words.pop()!;
  return { family, given: words.join(' ') };
}

export function dateParts(iso: string | undefined): CslItem['issued'] {
  const parts = iso?.split('-').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return parts?.length ? { 'date-parts': [parts] } : undefined;
}

/** The fields an interview and a dossier's citation of it share, as CSL. */
export interface CitedInterview {
  title: string;
  interviewee?: string;
  interviewer?: string;
  date?: string;
  place?: string;
  publisher?: string;
  url?: string;
}

/** A CSL item of type "interview" for those fields; `extra` (medium, archive location, …) is added as is. */
export function cslInterview(id: string, i: CitedInterview, extra: Partial<CslItem> = {}): CslItem {
  const item: CslItem = { id, type: 'interview', title: i.title, ...extra };
  if (i.interviewee) item.author = [cslName(i.interviewee)];
  if (i.interviewer) item.interviewer = [cslName(i.interviewer)];
  const issued = dateParts(i.date);
  if (issued) item.issued = issued;
  if (i.place) item['event-place'] = i.place;
  // Zotero's interview has no publisher field: the source or publisher is the archive it is kept in.
  if (i.publisher) item.archive = i.publisher;
  if (i.url) item.URL = i.url;
  return item;
}

export function cslItem(i: Interview): CslItem {
  const item = cslInterview(i.id, i, { medium: FORMAT_NAMES[i.format] ?? i.format, archive_location: i.path });
  if (i.language) item.language = i.language;
  if (i.tags?.length) item.keyword = i.tags.join(', ');
  if (i.rights) item.note = `Rights: ${i.rights}`;
  return item;
}
