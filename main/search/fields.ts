/** The searchable fields of an interview and how much a match in each one weighs. */
import type { Interview } from '../library/types';

export const FIELDS = ['title', 'interviewee', 'interviewer', 'place', 'keywords', 'text'] as const;
export type FieldName = (typeof FIELDS)[number];

/** Names a query may use before a colon (`title:war`, `tags:history`), and the field each searches. */
export const QUERY_FIELD_NAMES: Readonly<Record<string, FieldName>> = {
  ...Object.fromEntries(FIELDS.map((f) => [f, f])), tags: 'keywords', tag: 'keywords',
};
export const QUERY_FIELDS: readonly string[] = [...FIELDS.filter((f) => f !== 'keywords'), 'tags'];

/** How a field is named to the researcher ("matched in the title and tags"). */
export const FIELD_LABELS: Record<FieldName, string> = {
  title: 'title', interviewee: 'interviewee', interviewer: 'interviewer', place: 'place', keywords: 'tags', text: 'text',
};

/** A word in the title or the interviewee's name says more about the interview than one in 5,000 words of text. */
export const FIELD_BOOST: Record<FieldName, number> = {
  title: 3, interviewee: 3, interviewer: 1, place: 2, keywords: 1.5, text: 1,
};

export const TEXT_FIELD = FIELDS.indexOf('text');
export const KEYWORDS_FIELD = FIELDS.indexOf('keywords');

/** The text of each field, in FIELDS order. */
export function fieldTexts(interview: Interview): string[] {
  return FIELDS.map((_f, n) => fieldText(interview, n));
}

/** The text of one field (by its number in FIELDS): only the keywords and the text read a stored interview's body. */
export function fieldText(interview: Interview, field: number): string {
  switch (FIELDS[field]) {
    case 'title': return interview.title;
    case 'interviewee': return interview.interviewee ?? '';
    case 'interviewer': return interview.interviewer ?? '';
    case 'place': return interview.place ?? '';
    // Tags of the whole interview and keywords of its passages are one field: both say what it is about.
    case 'keywords': return [...(interview.tags ?? []), ...interview.passages.flatMap((p) => p.keywords ?? [])].join(' \n ');
    case 'text': return interview.text;
    default: return '';
  }
}
