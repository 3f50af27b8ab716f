/**
 * AnnotationStore: the researcher's annotations, codes and memos for one archive. Every change
 * resolves only after it is on disk (see durable.ts); reads come from memory.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { subtreeIds } from '../codes';
import {
  AnnotationInputSchema,
  AnnotationPatchSchema,
  AnnotationSchema,
  MemoInputSchema,
  MemoPatchSchema,
  MemoSchema,
  storedAnnotation,
  type Annotation,
  type AnnotationInput,
  type AnnotationPatch,
  type Memo,
  type MemoInput,
  type MemoPatch,
} from '../model';
import { CodeBook } from './codebook';
import { OperationSchema, type Operation } from './ops';
import { DurableLog, type DurableOptions } from './durable';

export type OpenOptions = DurableOptions;

export interface AnnotationFilter {
  interviewId?: string;
  /** The code or any code below it. */
  codeId?: string;
  /** Case-insensitive, in the quote or the note. */
  text?: string;
  /** Who made it, exactly (a team project's coder). */
  creator?: string;
  /** ISO date-times, inclusive, compared with `created`. */
  from?: string;
  to?: string;
}

export interface MemoFilter {
  interviewId?: string;
  codeId?: string;
}

export type ImportMode = 'merge' | 'replace';

export interface ImportPlan {
  added: number;
  replaced: number;
  deleted: string[];
  needsConfirm: boolean;
}

function sameRecord(a: Annotation, b: Annotation): boolean {
  const key = (x: Annotation): string => JSON.stringify([x.interviewId, x.target, x.note ?? null, [...x.codes].sort(), x.created, x.modified]);
  return key(a) === key(b);
}

export class AnnotationStore extends CodeBook {
  private constructor(log: DurableLog) {
    super(log);
  }

  static async open(dir: string, opts?: OpenOptions): Promise<AnnotationStore> {
    return new AnnotationStore(await DurableLog.open(dir, opts));
  }

  /** Recovery reports from opening (and later, e.g. a lost lock). Empty when all was well. */
  get problems(): string[] {
    return this.log.problems;
  }

  get readOnly(): boolean {
    return this.log.readOnly;
  }

  listAnnotations(filter: AnnotationFilter = {}): Annotation[] {
    const s = this.log.state;
    const pool = filter.interviewId !== undefined ? [...s.annotationIdsOf(filter.interviewId)].map((id) => s.annotations.get(id)!) : [...s.annotations.values()];
    const codes = filter.codeId !== undefined ? subtreeIds(filter.codeId, s.codes.values()) : undefined;
    const text = filter.text?.toLocaleLowerCase();
    return pool
      .filter((a) => !codes || a.codes.some((c) => codes.has(c)))
      .filter((a) => filter.creator === undefined || a.creator === filter.creator)
      .filter((a) => !text || a.target.quote.exact.toLocaleLowerCase().includes(text) || (a.note?.toLocaleLowerCase().includes(text) ?? false))
      .filter((a) => (filter.from === undefined || Date.parse(a.created) >= Date.parse(filter.from)) && (filter.to === undefined || Date.parse(a.created) <= Date.parse(filter.to)))
      .sort((a, b) => a.interviewId.localeCompare(b.interviewId) || a.target.position.start - b.target.position.start || a.created.localeCompare(b.created));
  }

  getAnnotation(id: string): Annotation | undefined {
    return this.log.state.annotations.get(id);
  }

  async addAnnotation(input: AnnotationInput): Promise<Annotation> {
    const parsed = AnnotationInputSchema.parse(input);
    this.assertCodesExist(parsed.codes);
    const now = new Date().toISOString();
    const annotation = AnnotationSchema.parse({ ...parsed, codes: [...new Set(parsed.codes)], id: randomUUID(), created: now, modified: now });
    this.log.commit({ op: 'annotation.put', value: annotation });
    return annotation;
  }

  async updateAnnotation(id: string, patch: AnnotationPatch): Promise<Annotation> {
    const old = this.mustGet('annotation', this.log.state.annotations, id);
    const p = AnnotationPatchSchema.parse(patch);
    if (p.codes) this.assertCodesExist(p.codes);
    const { note: _note, ...rest } = old;
    const note = p.note === null ? undefined : (p.note ?? old.note);
    const next = AnnotationSchema.parse({
      ...rest,
      ...(note !== undefined ? { note } : {}),
      codes: p.codes ? [...new Set(p.codes)] : old.codes,
      target: p.target ?? old.target,
      creator: old.creator ?? p.creator,
      modified: new Date().toISOString(),
    });
    this.log.commit({ op: 'annotation.put', value: storedAnnotation(next) });
    return next;
  }

  async deleteAnnotation(id: string): Promise<void> {
    this.mustGet('annotation', this.log.state.annotations, id);
    this.log.commit({ op: 'annotation.delete', id });
  }

  /**
   * What an import would do: annotations added, replaced (same id, different content) and, with
   * `mode: 'replace'`, deleted (annotations of the imported interviews that the import lacks).
   * `needsConfirm` when it would replace or delete more than half of the stored annotations:
   * mass changes are how researchers lost notes in other tools.
   */
  planImport(items: readonly Annotation[], mode: ImportMode = 'merge'): ImportPlan {
    const s = this.log.state;
    const ids = new Set(items.map((a) => a.id));
    const replaced = items.filter((a) => s.annotations.has(a.id) && !sameRecord(s.annotations.get(a.id)!, a)).length;
    const interviews = new Set(items.map((a) => a.interviewId));
    const deleted = mode === 'replace' ? [...interviews].flatMap((i) => [...s.annotationIdsOf(i)]).filter((id) => !ids.has(id)) : [];
    const added = items.filter((a) => !s.annotations.has(a.id)).length;
    const existing = s.annotations.size;
    return { added, replaced, deleted, needsConfirm: existing > 0 && (replaced + deleted.length) * 2 > existing };
  }

  /** Adds or replaces annotations by id; refuses a mass change (see planImport) unless `confirm`. */
  async importAnnotations(items: Annotation[], opts: { mode?: ImportMode; confirm?: boolean } = {}): Promise<{ added: number; replaced: number; deleted: number }> {
    const incoming = items.map((a) => storedAnnotation(AnnotationSchema.parse(a)));
    for (const a of incoming) this.assertCodesExist(a.codes);
    const plan = this.planImport(incoming, opts.mode);
    if (plan.needsConfirm && opts.confirm !== true) throw new MassChangeError(plan.replaced, plan.deleted.length, this.log.state.annotations.size);
    for (const a of incoming) this.log.commit({ op: 'annotation.put', value: a });
    for (const id of plan.deleted) this.log.commit({ op: 'annotation.delete', id });
    return { added: plan.added, replaced: plan.replaced, deleted: plan.deleted.length };
  }

  listMemos(filter: MemoFilter = {}): Memo[] {
    return [...this.log.state.memos.values()]
      .filter((m) => filter.interviewId === undefined || ('interviewId' in m.attachedTo && m.attachedTo.interviewId === filter.interviewId))
      .filter((m) => filter.codeId === undefined || (m.attachedTo.kind === 'code' && m.attachedTo.codeId === filter.codeId))
      .sort((a, b) => a.created.localeCompare(b.created));
  }

  async addMemo(input: MemoInput): Promise<Memo> {
    const now = new Date().toISOString();
    const memo = MemoSchema.parse({ ...MemoInputSchema.parse(input), id: randomUUID(), created: now, modified: now });
    this.log.commit({ op: 'memo.put', value: memo });
    return memo;
  }

  async updateMemo(id: string, patch: MemoPatch): Promise<Memo> {
    const old = this.mustGet('memo', this.log.state.memos, id);
    const memo = MemoSchema.parse({ ...old, ...MemoPatchSchema.parse(patch), modified: new Date().toISOString() });
    this.log.commit({ op: 'memo.put', value: memo });
    return memo;
  }

  async deleteMemo(id: string): Promise<void> {
    this.mustGet('memo', this.log.state.memos, id);
    this.log.commit({ op: 'memo.delete', id });
  }

  /**
   * Writes changes that came from a teammate's copy (team sync) as they are: each is checked
   * against the record schemas again, and each is one durable journal record like any edit.
   */
  async applyOperations(ops: readonly Operation[]): Promise<void> {
    for (const op of ops) this.log.commit(OperationSchema.parse(op));
  }

  /** Write a snapshot now (it also happens by itself every `compactEvery` changes). */
  async compact(): Promise<void> {
    this.log.compact();
  }

  async close(): Promise<void> {
    await this.log.close();
  }
}

export class MassChangeError extends Error {
  constructor(readonly replaced: number, readonly deleted: number, readonly existing: number) {
    super(`This import would replace ${replaced} and delete ${deleted} of your ${existing} annotations. Confirm to go ahead.`);
    this.name = 'MassChangeError';
  }
}

/** Opens the annotation store inside a data folder chosen by resolveDataDir (kept apart from it, so choosing the folder loads no store). */
export function openAnnotationStore(dataDir: string, opts?: OpenOptions): Promise<AnnotationStore> {
  return AnnotationStore.open(join(dataDir, 'annotations'), opts);
}
