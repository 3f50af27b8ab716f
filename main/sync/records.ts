/**
 * What a team shares, as replica documents: one document per annotation, code and memo, keyed
 * `<kind>:<id>`. The record is stored exactly as the journal holds it; the document adds who made
 * this version and when, and which interview (path and text hash) an annotation or memo is about.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AnnotationSchema, CodeSchema, MemoSchema, type Annotation, type Code, type Memo } from '../annotations/model';
import type { AnnotationStore } from '../annotations/store/store';

export const RECORD_KINDS = ['annotation', 'code', 'memo'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
export type SharedRecord = Annotation | Code | Memo;

const schemas = { annotation: AnnotationSchema, code: CodeSchema, memo: MemoSchema } as const;

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

/** Every shared record in the journal, by document id. */
export function journalRecords(store: AnnotationStore): Map<string, { kind: RecordKind; record: SharedRecord }> {
  const out = new Map<string, { kind: RecordKind; record: SharedRecord }>();
  for (const record of store.listCodes()) out.set(docId('code', record.id), { kind: 'code', record });
  for (const record of store.listMemos()) out.set(docId('memo', record.id), { kind: 'memo', record });
  for (const record of store.listAnnotations()) out.set(docId('annotation', record.id), { kind: 'annotation', record });
  return out;
}

/** The interview an annotation or memo is about, if any. */
export function interviewOf(kind: RecordKind, record: SharedRecord): string | undefined {
  if (kind === 'annotation') return (record as Annotation).interviewId;
  if (kind === 'memo') {
    const to = (record as Memo).attachedTo;
    return 'interviewId' in to ? to.interviewId : undefined;
  }
  return undefined;
}
