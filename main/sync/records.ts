/**
 * What a team shares, as replica documents: one document per annotation, code, memo, link, claim
 * and decision about a name, keyed `<kind>:<id>`. The record is stored exactly as the journal holds it; the document adds who made
 * this version and when, and which interview (path and text hash) an annotation or memo is about.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AnnotationSchema, CodeSchema, MemoSchema, type Annotation, type Code, type Memo } from '../annotations/model';
import type { AnnotationStore } from '../annotations/store/store';
import type { Operation } from '../annotations/store/ops';
import { ClaimSchema, EntityDecisionSchema, LinkSchema, type Claim, type EntityDecision, type Link, type XrefOperation } from '../xref/store/ops';
import type { XrefStore } from '../xref/store/store';
import type { DefinitionStore } from '../dossier/fromArchive/definitions';
import { DossierDefinition } from '../../preload/contract/dossier';

export const RECORD_KINDS = ['annotation', 'code', 'memo', 'link', 'claim', 'entity', 'dossier'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type SharedRecord = Annotation | Code | Memo | Link | Claim | EntityDecision | DossierDefinition;

const schemas = { annotation: AnnotationSchema, code: CodeSchema, memo: MemoSchema, link: LinkSchema, claim: ClaimSchema, entity: EntityDecisionSchema, dossier: DossierDefinition } as const;

/** What a team shares: the two journals (annotations, codes, memos; links, claims, decisions on names) and the dossier definitions. */
export interface SharedStores {
  annotations: AnnotationStore;
  xref: XrefStore;
  dossiers: DefinitionStore;
}

/** A change for one of the stores: which one, and the operation. */
export type StoreChange =
  | { store: 'annotations'; op: Operation }
  | { store: 'xref'; op: XrefOperation }
  | { store: 'dossiers'; op: { op: 'dossier.put'; value: DossierDefinition } | { op: 'dossier.delete'; id: string } };

/**
 * The journal operation that puts a teammate's record in place, or deletes it. A decision on a
 * name is never deleted (decisions only change), so a deleted one changes nothing.
 */
export function changeFor(kind: RecordKind, record: SharedRecord | undefined, id: string, at: string): StoreChange | undefined {
  switch (kind) {
    case 'annotation': return { store: 'annotations', op: record ? { op: 'annotation.put', value: record as Annotation } : { op: 'annotation.delete', id } };
    case 'memo': return { store: 'annotations', op: record ? { op: 'memo.put', value: record as Memo } : { op: 'memo.delete', id } };
    case 'code': return { store: 'annotations', op: record ? { op: 'code.put', value: record as Code } : { op: 'code.delete', id, at } };
    case 'link': return { store: 'xref', op: record ? { op: 'link.put', value: record as Link } : { op: 'link.delete', id } };
    case 'claim': return { store: 'xref', op: record ? { op: 'claim.put', value: record as Claim } : { op: 'claim.delete', id } };
    case 'entity': return record ? { store: 'xref', op: { op: 'entity.put', value: record as EntityDecision } } : undefined;
    case 'dossier': return { store: 'dossiers', op: record ? { op: 'dossier.put', value: record as DossierDefinition } : { op: 'dossier.delete', id } };
  }
}

/** A replica document's own fields (PouchDB adds `_id`, `_rev`, `_deleted`). */
export const SyncDocSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  /** Absent on a deletion. */
  record: z.unknown().optional(),
  /** Who made this version. */
  creator: z.string().max(200),
  modified: z.string(),
  interview: z.object({ id: z.string(), path: z.string(), hash: z.string() }).optional(),
  /** Deleted versions a researcher has already weighed in a conflict (see conflicts.ts). */
  resolved: z.array(z.string()).optional(),
});
export type SyncDoc = z.infer<typeof SyncDocSchema>;

export function docId(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

export function splitDocId(id: string): { kind: RecordKind; recordId: string } | undefined {
  const at = id.indexOf(':');
  const kind = id.slice(0, at) as RecordKind;
  return at > 0 && RECORD_KINDS.includes(kind) ? { kind, recordId: id.slice(at + 1) } : undefined;
}

/** A record from a teammate, checked like any record read from disk; throws with the reason. */
export function parseRecord(kind: RecordKind, record: unknown): SharedRecord {
  return schemas[kind].parse(record);
}

/** JSON with keys sorted at every level, so equal records always hash alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The content hash of a record, or of its absence (a deletion). */
export function recordHash(record: SharedRecord | null | undefined): string {
  return createHash('sha256').update(canonical(record ?? null)).digest('hex');
}

/** Every shared record in the journals, by document id. */
export function journalRecords(stores: SharedStores): Map<string, { kind: RecordKind; record: SharedRecord }> {
  const out = new Map<string, { kind: RecordKind; record: SharedRecord }>();
  const add = (kind: RecordKind, records: Iterable<SharedRecord>) => {
    for (const record of records) out.set(docId(kind, record.id), { kind, record });
  };
  add('code', stores.annotations.listCodes());
  add('memo', stores.annotations.listMemos());
  add('annotation', stores.annotations.listAnnotations());
  add('link', stores.xref.links());
  add('claim', stores.xref.claims());
  add('entity', stores.xref.decisions().values());
  add('dossier', stores.dossiers.all());
  return out;
}

/** The interview an annotation or memo is about, if any. */
export function interviewOf(kind: RecordKind, record: SharedRecord): string | undefined {
  if (kind === 'annotation' || kind === 'claim') return (record as Annotation | Claim).interviewId;
  if (kind === 'memo') {
    const to = (record as Memo).attachedTo;
    return 'interviewId' in to ? to.interviewId : undefined;
  }
  return undefined;
}
