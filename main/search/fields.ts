/** The searchable fields of an interview and how much a match in each one weighs. */
import type { Interview } from '../library/types';

export const FIELDS = ['title', 'interviewee', 'interviewer', 'place', 'keywords', 'text'] as const;
export type FieldName = (typeof FIELDS)[number];

/** Names a query may use before a colon (`title:war`). */
export const QUERY_FIELDS: readonly FieldName[] = FIELDS;

/** A word in the title or the interviewee's name says more about the interview than one in 5,000 words of text. */
export const FIELD_BOOST: Record<FieldName, number> = {
  title: 3, interviewee: 3, interviewer: 1, place: 2, keywords: 1.5, text: 1,
};

export const TEXT_FIELD = FIELDS.indexOf('text');

/** The text of each field, in FIELDS order. */
export function fieldTexts(interview: Interview): string[] {
  const keywords = interview.passages.flatMap((p) => p.keywords ?? []).join(' \n ');
  return [
    interview.title, interview.interviewee ?? '', interview.interviewer ?? '', interview.place ?? '',
    keywords, interview.text,
  ];
}
