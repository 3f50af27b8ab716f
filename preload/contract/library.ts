import { z } from 'zod';
import { Id, IsoDate, Offset } from './common';

export const InterviewFormat = z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'vtt', 'srt', 'ohms', 'csv', 'textgrid', 'eaf', 'trs', 'otr']);

export const Passage = z.object({
  start: Offset,
  end: Offset,
  speaker: z.string().optional(),
  time: z.number().optional(),
  endTime: z.number().optional(),
  keywords: z.array(z.string()).optional(),
});
export type Passage = z.infer<typeof Passage>;

/** The interview's recording, played from inside the archive (app://testimony/media/<id>, /api/media/<id>). */
export const InterviewMedia = z.object({ path: z.string(), kind: z.enum(['audio', 'video']), type: z.string() });
export type InterviewMedia = z.infer<typeof InterviewMedia>;

export const InterviewSummary = z.object({
  id: Id,
  path: z.string(),
  format: InterviewFormat,
  title: z.string(),
  interviewee: z.string().optional(),
  interviewer: z.string().optional(),
  date: IsoDate.optional(),
  place: z.string().optional(),
  language: z.string().optional(),
  /** Edited or catalogue metadata (main/exchange/metadata). */
  tags: z.array(z.string()).optional(),
  publisher: z.string().optional(),
  rights: z.string().optional(),
  url: z.string().optional(),
  extra: z.record(z.string(), z.string()).optional(),
  /** True when a sidecar or catalogue changed what the file itself says. */
  edited: z.boolean().optional(),
  media: InterviewMedia.optional(),
  words: z.number().int(),
});
export type InterviewSummary = z.infer<typeof InterviewSummary>;

export const InterviewDetail = InterviewSummary.extend({
  text: z.string(),
  passages: z.array(Passage),
  hash: z.string(),
});
export type InterviewDetail = z.infer<typeof InterviewDetail>;

export const ArchiveProblem = z.object({ path: z.string(), reason: z.string() });
export type ArchiveProblem = z.infer<typeof ArchiveProblem>;

export const IndexProgress = z.object({
  phase: z.enum(['scanning', 'reading', 'indexing', 'ready', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  message: z.string().optional(),
});
export type IndexProgress = z.infer<typeof IndexProgress>;

export const ArchiveStatus = z.object({
  root: z.string(),
  name: z.string(),
  interviews: z.number().int(),
  words: z.number().int(),
  problems: z.array(ArchiveProblem),
  progress: IndexProgress,
  /** Why annotations cannot be saved (another window holds the archive); absent when they can. */
  readOnly: z.string().optional(),
});
export type ArchiveStatus = z.infer<typeof ArchiveStatus>;

export const RecentArchive = z.object({ path: z.string(), name: z.string() });
export type RecentArchive = z.infer<typeof RecentArchive>;
