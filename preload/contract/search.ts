import { z } from 'zod';
import { Id, IsoDate, Offset } from './common';
import { InterviewFormat } from './library';

export const SearchFilters = z.object({
  interviewee: z.string().max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  language: z.string().max(20).optional(),
  format: InterviewFormat.optional(),
});
export type SearchFilters = z.infer<typeof SearchFilters>;

export const SearchInput = z.object({
  query: z.string().max(10_000),
  limit: z.number().int().min(1).max(500).default(50),
  offset: z.number().int().min(0).default(0),
  filters: SearchFilters.default({}),
});

export const Snippet = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  /** Where the hit sits inside `text` (for highlighting the snippet itself). */
  markStart: z.number().int().optional(),
  markEnd: z.number().int().optional(),
  passageIndex: z.number().int().optional(),
  speaker: z.string().optional(),
  time: z.number().optional(),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.object({
  id: Id,
  path: z.string(),
  title: z.string(),
  interviewee: z.string().optional(),
  interviewer: z.string().optional(),
  date: z.string().optional(),
  language: z.string().optional(),
  format: InterviewFormat,
  score: z.number(),
  /** Occurrences in the text: the number of hits the reader marks. */
  hitCount: z.number().int(),
  /** Other places the query matched, as named to the researcher ("title", "tags", "interviewee"). */
  matchedIn: z.array(z.string()).optional(),
  snippets: z.array(Snippet),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({
  hits: z.array(SearchHit),
  total: z.number().int(),
  /** Explanations of how the query was read, e.g. when a malformed query was searched as words. */
  notices: z.array(z.string()),
  /** "Did you mean": the query with words the archive does not contain replaced by its closest ones. */
  suggestion: z.object({
    query: z.string(),
    corrections: z.array(z.object({ typed: z.string(), suggested: z.string() })),
  }).optional(),
  /** Set when filters left nothing: matches without any filter, and with each filter alone. */
  filtered: z.object({
    unfiltered: z.number().int(),
    each: z.array(z.object({ filter: SearchFilters, total: z.number().int() })),
  }).optional(),
});
export type SearchResponse = z.infer<typeof SearchResponse>;

export const Range = z.object({ start: Offset, end: Offset });
export type Range = z.infer<typeof Range>;
