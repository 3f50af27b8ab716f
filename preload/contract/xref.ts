import { z } from 'zod';
import { byId, call, Id, IsoDate, none, ok, Offset } from './common';
import { xrefViewCalls, xrefViewEvents } from './xrefViews';

export * from './xrefViews';

export const EntityKind = z.enum(['person', 'place', 'organisation', 'technology']);

/** The entity list hides names below this confidence until the researcher lowers it (tuned on eval/entities). */
export const DEFAULT_MIN_CONFIDENCE = 0.6;

export const EntitySummary = z.object({
  id: Id,
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()),
  mentions: z.number().int(),
  interviews: z.number().int(),
  /** 0–1: how sure extraction is that this is a name of this kind; the list hides those below the threshold. */
  confidence: z.number().min(0).max(1),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const EntityMention = z.object({
  interviewId: Id,
  interviewTitle: z.string(),
  start: Offset,
  end: Offset,
  snippet: z.string(),
  markStart: z.number().int(),
  markEnd: z.number().int(),
  speaker: z.string().optional(),
});
export type EntityMention = z.infer<typeof EntityMention>;

export const EntityPage = z.object({
  entity: EntitySummary,
  mentions: z.array(EntityMention),
  /** Mentions beyond the page shown. */
  more: z.number().int(),
  related: z.array(z.object({ id: Id, name: z.string(), count: z.number().int() })),
  /** Annotations whose passage names the entity. */
  annotationIds: z.array(Id),
});
export type EntityPage = z.infer<typeof EntityPage>;

export const Claim = z.object({
  id: Id,
  what: z.string(),
  value: z.string(),
  unit: z.string().optional(),
  asOf: z.string().optional(),
  source: z.string(),
  interviewId: Id,
  start: Offset,
  end: Offset,
  quote: z.string(),
  created: z.string(),
});
export type Claim = z.infer<typeof Claim>;

export const ClaimGroup = z.object({ what: z.string(), conflict: z.boolean(), claims: z.array(Claim) });
export type ClaimGroup = z.infer<typeof ClaimGroup>;

export const ClaimCreate = z.object({
  what: z.string().trim().min(1).max(300),
  value: z.string().trim().min(1).max(100),
  unit: z.string().trim().max(100).optional(),
  asOf: IsoDate.optional(),
  source: z.string().trim().min(1).max(300),
  interviewId: Id,
  start: Offset,
  end: Offset,
}).strict();

/** Changes to a claim; an empty unit or as-of date clears it. */
export const ClaimUpdate = z.object({
  id: Id,
  what: z.string().trim().min(1).max(300).optional(),
  value: z.string().trim().min(1).max(100).optional(),
  unit: z.string().trim().max(100).optional(),
  asOf: z.union([IsoDate, z.literal('')]).optional(),
  source: z.string().trim().min(1).max(300).optional(),
}).strict();

/** What a new claim's form starts with for a selection (main/xref/claimPrefill.ts). */
export const ClaimPrefill = z.object({ value: z.string(), unit: z.string().optional(), source: z.string().optional() });

export const NumberCandidate = z.object({ value: z.string(), start: Offset, end: Offset, context: z.string(), speaker: z.string().optional() });
export type NumberCandidate = z.infer<typeof NumberCandidate>;

/** Cross-referencing calls: entities, claims. */
export const xrefCalls = {
  'entities.list': call(none, z.array(EntitySummary)),
  'entities.get': call(z.object({ id: Id, limit: z.number().int().min(1).max(10_000).default(200) }).strict(), EntityPage),
  'entities.ofInterview': call(byId, z.array(EntitySummary)),
  'claims.list': call(none, z.array(ClaimGroup)),
  'claims.add': call(ClaimCreate, Claim),
  'claims.delete': call(byId, ok),
  'claims.update': call(ClaimUpdate, Claim),
  /** Undo of a delete: the claim as it was listed. */
  'claims.restore': call(Claim.strict(), Claim),
  'claims.candidates': call(byId, z.array(NumberCandidate)),
  'claims.prefill': call(z.object({ id: Id, start: Offset, end: Offset }).strict(), ClaimPrefill),
  ...xrefViewCalls,
} as const;
export const xrefEvents = {
  'claims.changed': z.object({}),
  /** Names being found in the background (after the first search answer): interviews read of those new since last time. */
  'names.progress': z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
  ...xrefViewEvents,
} as const satisfies Record<string, z.ZodType>;
