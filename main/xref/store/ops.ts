/**
 * The researcher's cross-referencing decisions, one journal record each (the annotation store's
 * durable log, see main/annotations/store/spec.ts): typed links between annotations.
 */
import { z } from 'zod';

const id = z.string().min(1).max(200);

export const LinkType = z.enum(['supports', 'contradicts', 'same-event', 'see-also']);
export type LinkType = z.infer<typeof LinkType>;

export const LinkSchema = z.object({
  id,
  /** Annotation ids: the link reads "from supports to", "from contradicts to", … */
  from: id,
  to: id,
  type: LinkType,
  note: z.string().max(10_000).optional(),
  created: z.iso.datetime({ offset: true }),
  modified: z.iso.datetime({ offset: true }),
});
export type Link = z.infer<typeof LinkSchema>;

export const XrefOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('link.put'), value: LinkSchema }),
  z.object({ op: z.literal('link.delete'), id }),
]);
export type XrefOperation = z.infer<typeof XrefOperationSchema>;

export const XrefRecordSchema = z.object({ seq: z.number().int().positive(), o: XrefOperationSchema });
