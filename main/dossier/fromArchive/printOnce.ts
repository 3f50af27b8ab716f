/**
 * What the builder prints once however often the definition asks for it: an excerpt of a passage
 * already printed (a later section that finds it again adds its codes and note to the first
 * one), and memos, each printed after the first excerpt of its passage or interview.
 */
import type { Memo } from '../../annotations/model';
import type { ExcerptBlock, MemoBlock } from '../model';
import type { Placement } from './sources';

export class PrintOnce {
  private readonly byPlace = new Map<string, ExcerptBlock>();
  /** Excerpt ids left out → the id of the excerpt printed instead (for cross-references). */
  readonly merged = new Map<string, string>();
  private readonly memosPrinted = new Set<string>();

  constructor(
    private readonly memos: readonly Memo[],
    private readonly titleOf: (interviewId: string) => string,
  ) {}

  /** The excerpt to print, or undefined when the passage is printed already (its extras merged there). */
  excerpt(block: ExcerptBlock, at: Placement | undefined): ExcerptBlock | undefined {
    if (!at) return block;
    const key = `${at.interviewId}:${at.start}:${at.end}`;
    const kept = this.byPlace.get(key);
    if (!kept) {
      this.byPlace.set(key, block);
      return block;
    }
    mergeInto(kept, block);
    this.merged.set(block.id, kept.id);
    return undefined;
  }

  /** The id an excerpt was printed under, after merging and renaming. */
  printedId(id: string): string {
    return this.merged.get(id) ?? id;
  }

  /** A code's memos not printed yet, to print at the head of its section. */
  memosOfCode(codeId: string, title: string): MemoBlock[] {
    return this.memos.flatMap((m) => (m.attachedTo.kind === 'code' && m.attachedTo.codeId === codeId && this.claim(m.id) ? [memoBlock(m, title)] : []));
  }

  /** Memos on the excerpt's passage or on its interview, not printed yet, to print after it. */
  memosAfter(at: Placement | undefined): MemoBlock[] {
    if (!at) return [];
    return this.memos.flatMap((m) => {
      const t = m.attachedTo;
      const onPassage = t.kind === 'passage' && t.interviewId === at.interviewId && t.start < at.end && t.end > at.start;
      const onInterview = t.kind === 'interview' && t.interviewId === at.interviewId;
      if (!(onPassage || onInterview) || !this.claim(m.id)) return [];
      return [memoBlock(m, this.titleOf(at.interviewId))];
    });
  }

  private claim(memoId: string): boolean {
    if (this.memosPrinted.has(memoId)) return false;
    this.memosPrinted.add(memoId);
    return true;
  }
}

function memoBlock(m: Memo, fallbackTitle: string): MemoBlock {
  return { kind: 'memo', title: m.title.trim() || fallbackTitle, body: m.body };
}

function mergeInto(kept: ExcerptBlock, other: ExcerptBlock): void {
  const union = (a: string[] | undefined, b: string[] | undefined): string[] | undefined => {
    const all = [...new Set([...(a ?? []), ...(b ?? [])])];
    return all.length ? all : undefined;
  };
  const codes = union(kept.codes, other.codes);
  if (codes) kept.codes = codes.sort();
  const entities = union(kept.entities, other.entities);
  if (entities) kept.entities = entities;
  if (other.note && other.note !== kept.note) kept.note = kept.note ? `${kept.note}\n${other.note}` : other.note;
}
