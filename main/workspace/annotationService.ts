import type { AnnotationFilter, AnnotationView, MemoTarget } from '../../preload/api';
import { anchor, describeSelection } from '../annotations/anchoring';
import type { Annotation, Memo } from '../annotations/model';
import { openAnnotationStore } from '../annotations/store/store';
import type { AnnotationStore, OpenOptions } from '../annotations/store/store';
import type { Interview } from '../library/types';
import { timeSpanOf } from '../library/timeSpan';
import { notFound, UserError } from '../handlers/errors';
import type { EmitEvent } from './events';

type Lookup = (id: string) => Interview | undefined;

/**
 * Annotations as the researcher sees them: the durable store, placed on the current text of
 * each interview (re-anchored when a file changed), filtered across the archive.
 */
export class AnnotationService {
  /** Where each annotation sits and when it is spoken, per annotation version and text version. */
  private readonly anchors = new Map<string, AnnotationView['anchor'] & { start?: number; end?: number; timeSpan?: AnnotationView['timeSpan'] }>();
  /** The researcher's name in a team project (Team view or `--creator`): written on new annotations. */
  researcher: string | undefined;
  /** Set by team sync: is this annotation in a conflict not yet resolved? */
  inConflict: (id: string) => boolean = () => false;

  private constructor(readonly store: AnnotationStore, private readonly lookup: Lookup, private readonly emit: EmitEvent) {}

  static async open(dataDir: string, lookup: Lookup, emit: EmitEvent, options?: OpenOptions): Promise<AnnotationService> {
    return new AnnotationService(await openAnnotationStore(dataDir, options), lookup, emit);
  }

  problems(): { path: string; reason: string }[] {
    return this.store.problems.map((reason) => ({ path: '.testimony/annotations', reason }));
  }

  list(filter: AnnotationFilter): AnnotationView[] {
    const { interviewee, ...rest } = filter;
    const wanted = interviewee?.toLocaleLowerCase();
    return this.store
      .listAnnotations(rest)
      .filter((a) => !wanted || (this.lookup(a.interviewId)?.interviewee ?? '').toLocaleLowerCase().includes(wanted))
      .map((a) => this.view(a))
      .sort((a, b) => (a.interviewId === b.interviewId ? (a.start ?? Infinity) - (b.start ?? Infinity) : a.created.localeCompare(b.created)));
  }

  async add(input: { interviewId: string; start: number; end: number; note?: string; codes: string[]; creator?: string }): Promise<AnnotationView> {
    const interview = this.lookup(input.interviewId);
    if (!interview) throw notFound('That interview');
    if (input.end > interview.text.length) throw new UserError('invalid-input', 'The selection runs past the end of the interview.');
    const selection = describeSelection(interview.text, input.start, input.end);
    const note = input.note?.trim() ? input.note : undefined;
    const creator = input.creator ?? this.researcher;
    const saved = await this.store.addAnnotation({ interviewId: interview.id, target: { textHash: interview.hash, ...selection }, codes: input.codes, ...(note ? { note } : {}), ...(creator ? { creator } : {}) });
    this.changed(interview.id);
    return this.view(saved);
  }

  async update(input: { id: string; note?: string; codes?: string[]; creator?: string }): Promise<AnnotationView> {
    const creator = input.creator ?? this.researcher;
    const patch = { ...(input.note !== undefined ? { note: input.note.trim() ? input.note : null } : {}), ...(input.codes ? { codes: input.codes } : {}), ...(creator ? { creator } : {}) };
    const saved = await this.store.updateAnnotation(input.id, patch);
    this.changed(saved.interviewId);
    return this.view(saved);
  }

  async remove(id: string): Promise<void> {
    const existing = this.store.getAnnotation(id);
    if (!existing) throw notFound('That annotation');
    await this.store.deleteAnnotation(id);
    this.changed(existing.interviewId);
  }

  /** Undo of a delete: puts the annotation back exactly as it was, same id. */
  async restore(view: AnnotationView): Promise<AnnotationView> {
    // Only a deleted annotation comes back: a live one with this id is never overwritten.
    if (this.store.getAnnotation(view.id)) throw new UserError('conflict', 'That annotation was not deleted, so there is nothing to restore; it was left as it is.');
    const interview = this.lookup(view.interviewId);
    const record: Annotation = {
      id: view.id,
      interviewId: view.interviewId,
      target: {
        textHash: interview?.hash ?? '',
        quote: { exact: view.quote, prefix: view.prefix, suffix: view.suffix },
        position: { start: view.start ?? 0, end: view.end ?? view.quote.length },
      },
      codes: view.codes,
      ...(view.creator ? { creator: view.creator } : {}),
      created: view.created,
      modified: new Date().toISOString(),
      ...(view.note ? { note: view.note } : {}),
    };
    await this.store.importAnnotations([record], { mode: 'merge', confirm: true });
    this.changed(view.interviewId);
    return this.view(record);
  }

  memosFor(target: MemoTarget): Memo[] {
    const key = JSON.stringify(target);
    return this.store.listMemos().filter((m) => JSON.stringify(m.attachedTo) === key);
  }

  changed(interviewId?: string): void {
    this.emit('annotations.changed', interviewId ? { interviewId } : {});
  }

  async close(): Promise<void> {
    await this.store.close();
  }

  /** Places an annotation on its interview's current text; cached per text version. */
  private view(a: Annotation): AnnotationView {
    const interview = this.lookup(a.interviewId);
    const key = `${a.id}:${a.modified}:${interview?.hash ?? 'missing'}`;
    let placed = this.anchors.get(key);
    if (!placed) {
      const found = interview ? anchor(interview.text, a.target) : { status: 'orphan' as const, confidence: 0 };
      // The time span scans the passages: worked out once here, not on every list.
      placed = { ...found, ...this.timeSpan(interview, found) };
      this.anchors.set(key, placed);
    }
    return {
      id: a.id,
      interviewId: a.interviewId,
      quote: a.target.quote.exact,
      prefix: a.target.quote.prefix,
      suffix: a.target.quote.suffix,
      ...(placed.start !== undefined && placed.end !== undefined ? { start: placed.start, end: placed.end } : {}),
      ...(a.note !== undefined ? { note: a.note } : {}),
      codes: a.codes,
      ...(a.creator !== undefined ? { creator: a.creator } : {}),
      ...(this.inConflict(a.id) ? { inConflict: true } : {}),
      created: a.created,
      modified: a.modified,
      anchor: { status: placed.status, confidence: placed.confidence },
      ...(placed.timeSpan ? { timeSpan: placed.timeSpan } : {}),
    };
  }

  private timeSpan(interview: Interview | undefined, placed: { start?: number; end?: number }): { timeSpan?: NonNullable<AnnotationView['timeSpan']> } {
    if (!interview || placed.start === undefined || placed.end === undefined) return {};
    const span = timeSpanOf(interview.passages, placed.start, placed.end);
    return span ? { timeSpan: span } : {};
  }
}
