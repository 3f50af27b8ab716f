/**
 * The one contract between the renderer and the engine. Every call and event that may cross
 * the border is named here with its input and output schema. The Electron host (ipcMain), the
 * loopback HTTP host and the renderer's clients are all derived from this table: adding a call
 * means adding a row here and one handler in main/handlers/.
 */
import { z } from 'zod';
import { byId, call, Id, none, ok, Offset, type Result } from './contract/common';
import { xrefCalls, xrefEvents } from './contract/xref';
import { dossierCalls, dossierEvents } from './contract/dossier';
import { exchangeCalls } from './contract/exchange';
import { syncCalls, syncEvents } from './contract/sync';
import { ArchiveStatus, IndexProgress, InterviewDetail, InterviewSummary, RecentArchive } from './contract/library';
import { Range, SearchInput, SearchResponse } from './contract/search';
import {
  AnnotationCreate, AnnotationFilter, AnnotationPatch, AnnotationSearch, AnnotationSearchResult, AnnotationView, Code, CodeCreate,
  ExportFormat, Memo, MemoCreate,
} from './contract/annotations';

export * from './contract/common';
export * from './contract/library';
export * from './contract/search';
export * from './contract/annotations';
export * from './contract/xref';
export * from './contract/dossier';
export * from './contract/exchange';
export * from './contract/sync';

export const calls = {
  'archive.status': call(none, ArchiveStatus),
  'archive.reindex': call(none, ok),
  'archive.cancelIndexing': call(none, ok),
  // Another archive folder, by its path on this machine; the page then starts afresh.
  'archive.open': call(z.object({ path: z.string().trim().min(1).max(4096) }).strict(), ArchiveStatus),
  'archive.recent': call(none, z.array(RecentArchive)),
  'interviews.list': call(none, z.array(InterviewSummary)),
  'interviews.get': call(byId, InterviewDetail),
  'search.query': call(SearchInput, SearchResponse),
  'search.highlights': call(z.object({ id: Id, query: z.string().max(10_000) }).strict(), z.array(Range)),
  'annotations.list': call(AnnotationFilter, z.array(AnnotationView)),
  'annotations.add': call(AnnotationCreate, AnnotationView),
  'annotations.update': call(AnnotationPatch, AnnotationView),
  'annotations.delete': call(byId, ok),
  'annotations.restore': call(AnnotationView, AnnotationView),
  'annotations.search': call(AnnotationSearch, AnnotationSearchResult),
  'annotations.export': call(z.object({ format: ExportFormat }).strict(), z.object({ text: z.string(), fileName: z.string() })),
  'codes.list': call(none, z.array(Code)),
  'codes.add': call(CodeCreate, Code),
  'codes.update': call(z.object({ id: Id, name: z.string().trim().min(1).max(200).optional(), color: Code.shape.color.optional(), parentId: Id.nullable().optional() }).strict(), Code),
  'codes.merge': call(z.object({ from: Id, into: Id }).strict(), ok),
  'codes.delete': call(byId, ok),
  'codes.export': call(none, z.object({ text: z.string(), fileName: z.string() })),
  'codes.import': call(z.object({ text: z.string().max(5_000_000) }).strict(), z.object({ added: z.number().int(), updated: z.number().int() })),
  'memos.list': call(none, z.array(Memo)),
  'memos.add': call(MemoCreate, Memo),
  'memos.update': call(z.object({ id: Id, title: z.string().trim().min(1).max(500).optional(), body: z.string().max(1_000_000).optional() }).strict(), Memo),
  'memos.delete': call(byId, ok),
  ...xrefCalls,
  ...dossierCalls,
  ...exchangeCalls,
  ...syncCalls,
} as const;

export type CallName = keyof typeof calls;
export type CallInput<K extends CallName> = z.input<(typeof calls)[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<(typeof calls)[K]['input']>;
export type CallOutput<K extends CallName> = z.output<(typeof calls)[K]['output']>;

/** Events main pushes to every window. */
export const events = {
  'index.progress': IndexProgress,
  'archive.changed': z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() }),
  'annotations.changed': z.object({ interviewId: Id.optional() }),
  ...xrefEvents,
  ...dossierEvents,
  ...syncEvents,
} as const;
export type EventName = keyof typeof events;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/** What the renderer sees as `window.testimony` (Electron) or gets from the HTTP client (browser). */
export interface TestimonyApi {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  on<K extends EventName>(name: K, listener: (payload: EventPayload<K>) => void): () => void;
  /** Browser host only: fetches a file the engine offered for download (a URL under /api/download/). */
  download?(url: string): Promise<Blob>;
  /** Browser host only: where the page plays an interview's recording from (the desktop app serves `/media/<id>` itself). */
  mediaUrl?(interviewId: string): string;
}

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];
export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export { Offset };
