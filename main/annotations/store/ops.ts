/**
 * Every change to the store is one operation, written as one journal record. Hierarchy changes
 * (move, merge) are explicit operations rather than a batch of puts, so a record is all or
 * nothing: a crash can never leave half a merge behind.
 */
import { z } from 'zod';
import { AnnotationSchema, CodeSchema, MemoSchema } from '../model';

const id = z.string().min(1);

export const OperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('annotation.put'), value: AnnotationSchema }),
  z.object({ op: z.literal('annotation.delete'), id }),
  z.object({ op: z.literal('code.put'), value: CodeSchema }),
  z.object({ op: z.literal('code.move'), id, parentId: id.optional() }),
  /** Re-points every annotation from `from` to `into`, re-parents `from`'s children, deletes `from`. */
  z.object({ op: z.literal('code.merge'), from: id, into: id, at: z.iso.datetime({ offset: true }) }),
  /** Deletes a code, lifts its children to its parent and removes it from annotations. */
  z.object({ op: z.literal('code.delete'), id, at: z.iso.datetime({ offset: true }) }),
  z.object({ op: z.literal('memo.put'), value: MemoSchema }),
  z.object({ op: z.literal('memo.delete'), id }),
]);
export type Operation = z.infer<typeof OperationSchema>;

/** One journal line once parsed: its sequence number and the operation. */
export const JournalRecordSchema = z.object({ seq: z.number().int().positive(), o: OperationSchema });
export type JournalRecord = z.infer<typeof JournalRecordSchema>;
