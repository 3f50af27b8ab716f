/**
 * The in-memory state the journal replays into. Applying an operation is idempotent (replaying a
 * record twice changes nothing), because records can reach the disk before they are
 * acknowledged and a snapshot can overlap the journal after a crash during compaction.
 */
import type { Annotation, Code, Memo } from '../model';
import type { Operation } from './ops';

export interface StoreContents {
  annotations: Annotation[];
  codes: Code[];
  memos: Memo[];
}

export class StoreState {
  readonly annotations = new Map<string, Annotation>();
  readonly codes = new Map<string, Code>();
  readonly memos = new Map<string, Memo>();
  /** interviewId → annotation ids, so one interview's list does not scan the whole archive. */
  private readonly byInterview = new Map<string, Set<string>>();

  static from(contents: StoreContents): StoreState {
    const state = new StoreState();
    for (const c of contents.codes) state.codes.set(c.id, c);
    for (const m of contents.memos) state.memos.set(m.id, m);
    for (const a of contents.annotations) state.putAnnotation(a);
    return state;
  }

  contents(): StoreContents {
    return { annotations: [...this.annotations.values()], codes: [...this.codes.values()], memos: [...this.memos.values()] };
  }

  annotationIdsOf(interviewId: string): ReadonlySet<string> {
    return this.byInterview.get(interviewId) ?? new Set();
  }

  apply(op: Operation): void {
    switch (op.op) {
      case 'annotation.put': return this.putAnnotation(op.value);
      case 'annotation.delete': return this.deleteAnnotation(op.id);
      case 'code.put': this.codes.set(op.value.id, op.value); return;
      case 'code.move': return this.moveCode(op.id, op.parentId);
      case 'code.merge': return this.mergeCode(op.from, op.into, op.at);
      case 'code.delete': return this.deleteCode(op.id, op.at);
      case 'memo.put': this.memos.set(op.value.id, op.value); return;
      case 'memo.delete': this.memos.delete(op.id); return;
    }
  }

  private putAnnotation(a: Annotation): void {
    const old = this.annotations.get(a.id);
    if (old && old.interviewId !== a.interviewId) this.byInterview.get(old.interviewId)?.delete(a.id);
    this.annotations.set(a.id, a);
    let ids = this.byInterview.get(a.interviewId);
    if (!ids) this.byInterview.set(a.interviewId, (ids = new Set()));
    ids.add(a.id);
  }

  private deleteAnnotation(id: string): void {
    const old = this.annotations.get(id);
    if (!old) return;
    this.annotations.delete(id);
    this.byInterview.get(old.interviewId)?.delete(id);
  }

  private moveCode(id: string, parentId: string | undefined): void {
    const code = this.codes.get(id);
    if (!code) return;
    const { parentId: _old, ...rest } = code;
    this.codes.set(id, parentId === undefined ? rest : { ...rest, parentId });
  }

  /** Replace code `from` by `into` (or by nothing) in every annotation and child code. */
  private replaceCode(from: string, into: string | undefined, parentOfChildren: string | undefined, at: string): void {
    for (const a of this.annotations.values()) {
      if (!a.codes.includes(from)) continue;
      const codes = a.codes.map((c) => (c === from ? into : c)).filter((c): c is string => c !== undefined);
      this.putAnnotation({ ...a, codes: [...new Set(codes)], modified: at });
    }
    for (const c of this.codes.values()) if (c.parentId === from) this.moveCode(c.id, parentOfChildren);
    this.codes.delete(from);
  }

  private mergeCode(from: string, into: string, at: string): void {
    if (from === into) return;
    // Lift `into` out of `from`'s subtree first, or re-parenting would close a cycle.
    if (this.isWithin(into, from)) this.moveCode(into, this.codes.get(from)?.parentId);
    this.replaceCode(from, into, into, at);
  }

  /** True when `id` is `ancestor` or sits somewhere below it. */
  isWithin(id: string, ancestor: string): boolean {
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = this.codes.get(cur)?.parentId) {
      if (cur === ancestor) return true;
      seen.add(cur);
    }
    return false;
  }

  private deleteCode(id: string, at: string): void {
    const parent = this.codes.get(id)?.parentId;
    this.replaceCode(id, undefined, parent, at);
  }
}
