/**
 * The researcher's cross-referencing decisions, one journal record each (the annotation store's
 * durable log, see main/annotations/store/spec.ts): typed links between annotations, and what
 * the researcher decided about a person, place or organisation (its name, kind, aliases, that it
 * is right, not a name at all, or the same as another), which outlives re-indexing, and claims.
 */
import { z } from 'zod';
import { EntityKindSchema } from '../aliasFile';

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


export const EntityDecisionSchema = z.object({
  /** The entity's id (stable: derived from the name it was first found under). */
  id,
  name: z.string().min(1).max(300).optional(),
  kind: EntityKindSchema.optional(),
  status: z.enum(['open', 'confirmed', 'rejected']),
  /** Other names the researcher added; searched and located like the shipped aliases. */
  aliases: z.array(z.string().min(1).max(300)).max(500),
  /** The same as this other entity: its names and mentions go there. */
  mergedInto: id.optional(),
  modified: z.iso.datetime({ offset: true }),
});
export type EntityDecision = z.infer<typeof EntityDecisionSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  /** What the figure is about, e.g. "MKO dissidents in the US camp". */
  what: z.string().trim().min(1).max(300),
  value: z.string().trim().min(1).max(100),
  unit: z.string().max(100).optional(),
  /** ISO date the figure is said to hold at (as precise as known). */
  asOf: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
  /** Who says it: a person or an organisation. */
  source: z.string().trim().min(1).max(300),
  interviewId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().max(5000),
  created: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;

export const XrefOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('link.put'), value: LinkSchema }),
  z.object({ op: z.literal('link.delete'), id }),
  z.object({ op: z.literal('entity.put'), value: EntityDecisionSchema }),
  z.object({ op: z.literal('claim.put'), value: ClaimSchema }),
  z.object({ op: z.literal('claim.delete'), id }),
]);
export type XrefOperation = z.infer<typeof XrefOperationSchema>;

export const XrefRecordSchema = z.object({ seq: z.number().int().positive(), o: XrefOperationSchema });
