import { z } from 'zod';
import { call, Id, none, ok } from './common';

/** Team projects: sharing annotations, codes, memos, links, claims, decisions on names and dossier definitions through a CouchDB server. */
export const SyncState = z.enum(['not-set-up', 'syncing', 'synced', 'waiting', 'offline', 'refused']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  state: SyncState,
  /** The status in a researcher's words: "Synced", "3 changes waiting", "Offline: …", "Refused: …". */
  message: z.string(),
  waiting: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  lastSynced: z.string().optional(),
  remote: z.string().optional(),
  user: z.string().optional(),
  /** Your name on what you make (annotations, memos, codes, versions). */
  name: z.string().optional(),
  continuous: z.boolean(),
  /** The desktop keeps the password (encrypted by the system); the browser host never stores it. */
  passwordSaved: z.boolean(),
  canSavePassword: z.boolean(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncSettings = z.object({
  remote: z.string().trim().max(2000).optional(),
  user: z.string().trim().max(200).optional(),
  name: z.string().trim().max(200).optional(),
  continuous: z.boolean().optional(),
  /** Desktop only: kept with the system's encryption. Elsewhere it is used for this session only. */
  password: z.string().max(1000).optional(),
}).strict();

export const RecordKindName = z.enum(['annotation', 'code', 'memo', 'link', 'claim', 'entity', 'dossier']);
/** The kinds of which two conflicting versions can both be kept, as two records. */
export const KEEP_BOTH_KINDS: readonly z.infer<typeof RecordKindName>[] = ['annotation', 'memo', 'link', 'claim', 'dossier'];
export const SharedRecordValue = z.record(z.string(), z.unknown());

export const ConflictVersionView = z.object({
  rev: z.string(),
  creator: z.string(),
  modified: z.string(),
  record: SharedRecordValue.nullable(),
});
export const ConflictView = z.object({
  id: Id,
  kind: RecordKindName,
  versions: z.array(ConflictVersionView),
  /** For an annotation, memo or claim: the interview's title, or that it is not in this copy of the archive. */
  where: z.string(),
});
export type ConflictView = z.infer<typeof ConflictView>;

export const Resolution = z.union([
  z.object({ keep: z.string().min(1).max(200) }).strict(),
  z.object({ merge: SharedRecordValue }).strict(),
  z.object({ both: z.literal(true) }).strict(),
]);

export const CodeAgreement = z.object({
  codeId: Id,
  code: z.string(),
  percent: z.number(),
  /** null when kappa is undefined (both coders used the code everywhere, or nowhere). */
  kappa: z.number().nullable(),
  disagreements: z.array(z.object({ interviewId: Id, title: z.string(), start: z.number().int(), end: z.number().int(), text: z.string(), codedBy: z.string() })),
});
export type CodeAgreement = z.infer<typeof CodeAgreement>;

export const syncCalls = {
  'sync.status': call(none, SyncStatus),
  'sync.configure': call(SyncSettings, SyncStatus),
  /** Shares now (both directions); `password` when none is kept. */
  'sync.now': call(z.object({ password: z.string().max(1000).optional(), confirm: z.boolean().optional() }).strict(), z.object({ pushed: z.number().int(), pulled: z.number().int(), conflicts: z.number().int(), status: SyncStatus })),
  'sync.conflicts': call(none, z.array(ConflictView)),
  'sync.resolve': call(z.object({ id: Id, kind: RecordKindName, resolution: Resolution }).strict(), ok),
  /** Everyone whose name is on an annotation of this copy. */
  'team.coders': call(none, z.array(z.string())),
  'team.agreement': call(z.object({ coderA: z.string().min(1).max(200), coderB: z.string().min(1).max(200) }).strict(), z.object({ interviews: z.number().int(), codes: z.array(CodeAgreement) })),
} as const;

export const syncEvents = {
  'sync.changed': SyncStatus,
} as const satisfies Record<string, z.ZodType>;
