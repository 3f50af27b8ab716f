/**
 * The stored records of annotation work: annotations, codes (the researcher's tags, in a tree)
 * and memos. These zod schemas are the single check every record passes before it is written
 * and again when it is read back, so a hand-edited or damaged record is caught, not trusted.
 */
import { z } from 'zod';

/** Notes and memo bodies may be long, but not unbounded: one record stays one journal line. */
export const MAX_NOTE_BYTES = 1024 * 1024;

const isoDate = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);
const boundedText = z.string().refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_NOTE_BYTES, {
  message: `text longer than ${MAX_NOTE_BYTES} bytes`,
});
const offset = z.number().int().nonnegative();
/** Who made a record: the researcher's name in a team project (set in the Team view, or `--creator`). */
const creator = z.string().trim().min(1).max(200).optional();

export const TextQuoteSchema = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});

export const TextPositionSchema = z
  .object({ start: offset, end: offset })
  .refine((p) => p.end >= p.start, { message: 'end before start' });

export const TargetSchema = z.object({
  /** sha256 (hex) of the interview text the selection was made on. */
  textHash: z.string(),
  quote: TextQuoteSchema,
  position: TextPositionSchema,
});

export const AnchorStatusSchema = z.enum(['exact', 'moved', 'fuzzy', 'orphan']);

/** Where an annotation lands in the current text: computed on read, never stored. */
export const AnchorSchema = z.object({
  status: AnchorStatusSchema,
  confidence: z.number().min(0).max(1),
  start: offset.optional(),
  end: offset.optional(),
});

export const AnnotationSchema = z.object({
  id: z.uuid(),
  interviewId: id,
  target: TargetSchema,
  note: boundedText.optional(),
  codes: z.array(id),
  creator,
  created: isoDate,
  modified: isoDate,
  anchor: AnchorSchema.optional(),
});

export const CodeSchema = z.object({
  id,
  name: z.string().trim().min(1).max(500),
  parentId: id.optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colour must be #rrggbb'),
  description: boundedText.optional(),
  creator,
});

export const MemoAttachmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('passage'), interviewId: id, start: offset, end: offset }),
  z.object({ kind: z.literal('interview'), interviewId: id }),
  z.object({ kind: z.literal('code'), codeId: id }),
  z.object({ kind: z.literal('project') }),
]);

export const MemoSchema = z.object({
  id: z.uuid(),
  title: z.string().max(1000),
  body: boundedText,
  attachedTo: MemoAttachmentSchema,
  creator,
  created: isoDate,
  modified: isoDate,
});

export type TextQuote = z.infer<typeof TextQuoteSchema>;
export type TextPosition = z.infer<typeof TextPositionSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type AnchorStatus = z.infer<typeof AnchorStatusSchema>;
export type Anchor = z.infer<typeof AnchorSchema>;
export type Annotation = z.infer<typeof AnnotationSchema>;
export type Code = z.infer<typeof CodeSchema>;
export type MemoAttachment = z.infer<typeof MemoAttachmentSchema>;
export type Memo = z.infer<typeof MemoSchema>;

/** What the reader sends to create an annotation: ids and times are the store's job. */
export const AnnotationInputSchema = AnnotationSchema.omit({ id: true, created: true, modified: true, anchor: true }).extend({
  codes: z.array(id).default([]),
});
export type AnnotationInput = z.input<typeof AnnotationInputSchema>;
export const AnnotationPatchSchema = z.object({
  note: boundedText.nullable().optional(),
  codes: z.array(id).optional(),
  target: TargetSchema.optional(),
  /** Names who made an annotation that had no name yet (an existing creator is never replaced). */
  creator,
});
/** `note: null` removes the note. */
export type AnnotationPatch = z.input<typeof AnnotationPatchSchema>;

export const CodeInputSchema = CodeSchema.omit({ id: true }).extend({ id: id.optional() });
export type CodeInput = z.input<typeof CodeInputSchema>;

export const MemoInputSchema = MemoSchema.omit({ id: true, created: true, modified: true });
export type MemoInput = z.input<typeof MemoInputSchema>;
export const MemoPatchSchema = MemoInputSchema.partial();
export type MemoPatch = z.input<typeof MemoPatchSchema>;

/** Drop computed fields so only what the researcher made is written to disk. */
export function storedAnnotation(a: Annotation): Annotation {
  const { anchor: _anchor, ...rest } = a;
  return rest;
}
