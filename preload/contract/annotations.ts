import { z } from 'zod';
import { Id, Offset } from './common';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #d9480f');
const NOTE_MAX = 1_000_000;

export const AnchorStatus = z.enum(['exact', 'moved', 'fuzzy', 'orphan']);

export const AnnotationView = z.object({
  id: Id,
  interviewId: Id,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  /** Where the annotation sits in the interview's current text (absent for orphans). */
  start: Offset.optional(),
  end: Offset.optional(),
  note: z.string().optional(),
  codes: z.array(Id),
  /** Who made it, in a team project. */
  creator: z.string().optional(),
  /** Teammates changed it differently: this is the server's winning version until it is resolved. */
  inConflict: z.boolean().optional(),
  created: z.string(),
  modified: z.string(),
  anchor: z.object({ status: AnchorStatus, confidence: z.number() }),
  /** Where the passage is spoken in the recording, in seconds, for an interview with timecodes. */
  timeSpan: z.object({ start: z.number(), end: z.number().optional() }).optional(),
});
export type AnnotationView = z.infer<typeof AnnotationView>;

export const AnnotationFilter = z.object({
  interviewId: Id.optional(),
  codeId: Id.optional(),
  interviewee: z.string().max(200).optional(),
  /** Who made it (a team project's coder), exactly. */
  creator: z.string().max(200).optional(),
  text: z.string().max(1000).optional(),
  from: z.string().max(30).optional(),
  to: z.string().max(30).optional(),
});
export type AnnotationFilter = z.infer<typeof AnnotationFilter>;

export const AnnotationCreate = z.object({
  interviewId: Id,
  start: Offset,
  end: Offset,
  note: z.string().max(NOTE_MAX).optional(),
  codes: z.array(Id).max(200).default([]),
}).refine((a) => a.end > a.start, { message: 'select at least one character' });

export const AnnotationPatch = z.object({
  id: Id,
  note: z.string().max(NOTE_MAX).optional(),
  codes: z.array(Id).max(200).optional(),
});

export const Code = z.object({
  id: Id,
  name: z.string().min(1).max(200),
  parentId: Id.optional(),
  color: Color,
  description: z.string().max(10_000).optional(),
  creator: z.string().optional(),
});
export type Code = z.infer<typeof Code>;

export const CodeCreate = z.object({
  name: z.string().trim().min(1).max(200),
  parentId: Id.optional(),
  color: Color.optional(),
});

export const MemoTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passage'), interviewId: Id, start: Offset, end: Offset }),
  z.object({ kind: z.literal('interview'), interviewId: Id }),
  z.object({ kind: z.literal('code'), codeId: Id }),
  z.object({ kind: z.literal('project') }),
]);
export type MemoTarget = z.infer<typeof MemoTarget>;

export const Memo = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  attachedTo: MemoTarget,
  creator: z.string().optional(),
  created: z.string(),
  modified: z.string(),
});
export type Memo = z.infer<typeof Memo>;

export const MemoCreate = z.object({
  title: z.string().trim().min(1).max(500),
  body: z.string().max(NOTE_MAX),
  attachedTo: MemoTarget,
});

export const ExportFormat = z.enum(['w3c', 'csv', 'md']);

/** The researcher's own words: annotations (within the other filters) and memos containing every word of `query`. */
export const AnnotationSearch = AnnotationFilter.omit({ text: true }).extend({ query: z.string().max(1000) }).strict();
export const AnnotationSearchResult = z.object({ annotations: z.array(AnnotationView), memos: z.array(Memo) });
