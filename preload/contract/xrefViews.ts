import { z } from 'zod';
import { byId, call, Id, IsoDate, Offset, ok } from './common';

/** Typed links between annotations, and the cross-referencing views: related, matrix, timeline, graph. */
// Spelled out here: importing it from ./xref, which spreads these rows, would be an import cycle.
const EntityKind = z.enum(['person', 'place', 'organisation', 'technology']);

export const LinkType = z.enum(['supports', 'contradicts', 'same-event', 'see-also']);
export type LinkType = z.infer<typeof LinkType>;

/** The annotation at the other end of a link, enough to show and open it. */
export const LinkEnd = z.object({
  id: Id,
  interviewId: Id,
  interviewTitle: z.string(),
  quote: z.string(),
  /** The other annotation's note, shown where its quote is empty. */
  note: z.string().optional(),
  /** The other annotation was deleted: there is nothing to open. */
  deleted: z.boolean().optional(),
  start: Offset.optional(),
  end: Offset.optional(),
});

export const LinkView = z.object({
  id: Id,
  from: Id,
  to: Id,
  type: LinkType,
  note: z.string().optional(),
  created: z.string(),
  /** Seen from the annotation asked about: 'out' when it is `from`, 'in' for a backlink. */
  direction: z.enum(['out', 'in']),
  other: LinkEnd,
});
export type LinkView = z.infer<typeof LinkView>;

export const PassageRef = z.object({ interviewId: Id, interviewTitle: z.string(), start: Offset, end: Offset, text: z.string() });
export type PassageRef = z.infer<typeof PassageRef>;

const Axis = z.object({ id: Id, label: z.string() });
export const MatrixKind = z.enum(['codes', 'entities']);
export const Matrix = z.object({ kind: MatrixKind, rows: z.array(Axis), cols: z.array(Axis), counts: z.array(z.array(z.number().int())) });
export type Matrix = z.infer<typeof Matrix>;

export const TimelineEvent = z.object({
  date: IsoDate,
  kind: z.enum(['interview', 'claim', 'mention']),
  label: z.string(),
  interviewId: Id,
  interviewTitle: z.string(),
  start: Offset.optional(),
  end: Offset.optional(),
  claimId: Id.optional(),
  /** Set where the text used the Persian (Jalali) calendar: `date` is converted, `original` as written. */
  calendar: z.literal('jalali').optional(),
  original: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Graph = z.object({
  nodes: z.array(z.object({ id: Id, name: z.string(), kind: EntityKind, mentions: z.number().int() })),
  edges: z.array(z.object({ from: Id, to: Id, weight: z.number().int(), links: z.array(LinkType) })),
});
export type Graph = z.infer<typeof Graph>;

export const RelatedInterview = z.object({ id: Id, title: z.string(), score: z.number(), sharedEntities: z.array(z.string()), terms: z.array(z.string()) });
export type RelatedInterview = z.infer<typeof RelatedInterview>;

export const EntityReview = z.object({
  status: z.enum(['open', 'confirmed', 'rejected']),
  unlinked: z.array(z.object({
    interviewId: Id, interviewTitle: z.string(), start: Offset, end: Offset, text: z.string(), snippet: z.string(), markStart: z.number().int(), markEnd: z.number().int(),
  })),
});
export type EntityReview = z.infer<typeof EntityReview>;

const Name = z.string().trim().min(1).max(300);

export const xrefViewCalls = {
  /** The researcher's decision and the entity's unlinked mentions, for its page. */
  'entities.review': call(byId, EntityReview),
  /** Rename, change kind, confirm or reject ('open' undoes either), add or remove an alias. */
  'entities.decide': call(z.object({
    id: Id, name: Name.optional(), kind: EntityKind.optional(), status: z.enum(['open', 'confirmed', 'rejected']).optional(), addAlias: Name.optional(), removeAlias: Name.optional(),
  }).strict(), ok),
  /** `from` is the same as `into`: its names and mentions join `into`. */
  'entities.merge': call(z.object({ from: Id, into: Id }).strict(), ok),
  /** A person, place or organisation extraction missed. */
  'entities.create': call(z.object({ name: Name, kind: EntityKind, aliases: z.array(Name).max(100).default([]) }).strict(), z.object({ id: Id })),
  'links.list': call(z.object({ annotationId: Id.optional() }).strict(), z.array(LinkView)),
  'links.add': call(z.object({ from: Id, to: Id, type: LinkType, note: z.string().trim().max(10_000).optional() }).strict(), LinkView),
  'links.update': call(z.object({ id: Id, type: LinkType.optional(), note: z.string().trim().max(10_000).nullable().optional() }).strict(), LinkView),
  'links.delete': call(byId, ok),
  'xref.related': call(byId, z.array(RelatedInterview)),
  // rollUp (codes only, on by default): a parent code's cells count its sub-codes' annotations too.
  // `creator`: one coder's annotations only (codes × interviews; names come from the text, not a coder).
  'xref.matrix': call(z.object({ kind: MatrixKind, rollUp: z.boolean().default(true), creator: z.string().max(200).optional() }).strict(), Matrix),
  'xref.cell': call(z.object({ kind: MatrixKind, row: Id, col: Id, rollUp: z.boolean().default(true), creator: z.string().max(200).optional() }).strict(), z.array(PassageRef)),
  'xref.timeline': call(z.object({ mentions: z.boolean().default(true) }).strict(), z.array(TimelineEvent)),
  // center: an ego graph of that entity; minWeight: fewest shared passages an edge (and, with center, a neighbour) needs.
  'xref.graph': call(z.object({ interviewId: Id.optional(), limit: z.number().int().min(2).max(200).default(30), center: Id.optional(), minWeight: z.number().int().min(1).max(1000).default(1) }).strict(), Graph),
} as const;

export const xrefViewEvents = {
  'entities.changed': z.object({}),
  'links.changed': z.object({ annotationIds: z.array(Id).max(2) }),
} as const satisfies Record<string, z.ZodType>;
