import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnnotationView } from '../../../preload/api';
import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { useNavigation } from '../shell/navigation';
import { ariaShortcut, displayShortcut } from '../shell/commands';
import { plural } from '../../../preload/contract/plural';
import { CONTEXT_KEYS } from '../shell/contextKeys';
import { ErrorMessage } from '../shared/Messages';
import { AnnotationItem } from './AnnotationItem';
import { MemoSection } from './MemoSection';
import { passageQuote, passageStart } from './memoTargets';
import { NewAnnotationForm } from './NewAnnotationForm';
import { useUndoStack } from './undo';
import { useCodes } from './useCodes';
import { useMemos } from './useMemos';
import { useUndoKeys } from './useUndoKeys';
import './annotations.css';

/** The reader's annotation panel: annotate the selection, see and edit this interview's annotations, undo. */
export function AnnotationsPanel({ interview, annotations, selection, focusedAnnotationId, clearSelection }: ReaderPanelProps) {
  const codes = useCodes();
  const memos = useMemos();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const navigation = useNavigation();
  const history = useUndoStack();
  // The selection now, read after a save: only the selection that was saved is cleared, not a newer one.
  const current = useRef(selection);
  useEffect(() => {
    current.current = selection;
  }, [selection]);
  const [error, setError] = useState<string | null>(null);
  useUndoKeys(() => void history.undo().catch(report), () => void history.redo().catch(report));

  function report(e: unknown): void {
    setError(e instanceof Error ? e.message : String(e));
  }

  async function create(note: string, chosen: string[]): Promise<void> {
    if (!selection) return;
    const saved = selection;
    const input = { interviewId: interview.id, start: selection.start, end: selection.end, note, codes: chosen };
    // Set by the change, which runs before its undo or redo can.
    let created: AnnotationView | undefined;
    try {
      await history.perform(async () => void (created = await request('annotations.add', input)), {
        label: 'annotation',
        undo: async () => void (created && (await request('annotations.delete', { id: created.id }))),
        redo: async () => void (created &&= await request('annotations.restore', created)),
      });
      if (current.current?.start === saved.start && current.current.end === saved.end) clearSelection();
      setError(null);
    } catch (e) {
      report(e);
    }
  }

  async function update(before: AnnotationView, note: string, chosen: string[]): Promise<void> {
    const apply = (n: string, c: string[]) => request('annotations.update', { id: before.id, note: n, codes: c }).then(() => undefined);
    try {
      await history.perform(() => apply(note, chosen), { label: 'edit', undo: () => apply(before.note ?? '', before.codes), redo: () => apply(note, chosen) });
    } catch (e) {
      report(e);
    }
  }

  async function remove(view: AnnotationView): Promise<void> {
    try {
      // Other annotations may cite this one (supports, contradicts…): say so before their links lose it.
      const links = await request('links.list', { annotationId: view.id });
      if (links.length > 0 && !window.confirm(`This annotation is linked to ${plural(links.length, 'other annotation')}. Delete it anyway? Its links will show “a deleted annotation” until you undo.`)) return;
      const erase = async () => void (await request('annotations.delete', { id: view.id }));
      await history.perform(erase, { label: 'delete', undo: async () => void (await request('annotations.restore', view)), redo: erase });
    } catch (e) {
      report(e);
    }
  }

  const placed = annotations.filter((a) => a.anchor.status !== 'orphan');
  const orphans = annotations.filter((a) => a.anchor.status === 'orphan');
  const interviewMemos = memos.filter((m) => 'interviewId' in m.attachedTo && m.attachedTo.interviewId === interview.id);
  const quote = selection ? interview.text.slice(selection.start, selection.end) : '';

  return (
    <div className="annotations-panel">
      {error && <ErrorMessage message={error} />}
      <div className="undo-bar">
        <button type="button" className="secondary small" disabled={!history.undoLabel} onClick={() => void history.undo().catch(report)} aria-keyshortcuts={ariaShortcut(CONTEXT_KEYS.undo.shortcut)}>
          Undo{history.undoLabel ? ` ${history.undoLabel}` : ''}
        </button>
        <button type="button" className="secondary small" disabled={!history.redoLabel} onClick={() => void history.redo().catch(report)} aria-keyshortcuts={ariaShortcut(CONTEXT_KEYS.redo.shortcut)}>
          Redo{history.redoLabel ? ` ${history.redoLabel}` : ''}
        </button>
      </div>
      {selection ? (
        <NewAnnotationForm key={`${selection.start}-${selection.end}`} quote={quote} codes={codes} onSave={create} onCancel={clearSelection} />
      ) : (
        <p className="hint">Select text in the interview to highlight it, add a note or code it. From the keyboard: {displayShortcut('Alt+R')} focuses the text, arrows choose a passage, Enter selects it, {displayShortcut('Mod+Enter')} starts the note.</p>
      )}
      <h3 className="panel-heading">Annotations <span className="badge">{placed.length}</span></h3>
      <ul className="annotation-list">
        {placed.map((a) => (
          <AnnotationItem key={`${a.id}:${a.modified}`} annotation={a} codes={codes} byId={byId} focused={a.id === focusedAnnotationId}
            onOpen={() => navigation.openInterview(interview.id, a.start)} onUpdate={(n, c) => update(a, n, c)} onDelete={() => remove(a)} />
        ))}
      </ul>
      {orphans.length > 0 && (
        <section aria-label="Orphans">
          <h3 className="panel-heading">Orphans <span className="badge">{orphans.length}</span></h3>
          <p className="hint">The text these were made on has changed and they could not be placed. They are kept, with their quotes.</p>
          <ul className="annotation-list">
            {orphans.map((a) => (
              <AnnotationItem key={a.id} annotation={a} codes={codes} byId={byId} focused={false} onOpen={() => undefined} onUpdate={(n, c) => update(a, n, c)} onDelete={() => remove(a)} />
            ))}
          </ul>
        </section>
      )}
      <MemoSection
        title="Memos on this interview"
        memos={interviewMemos}
        target={selection ? { kind: 'passage', interviewId: interview.id, start: selection.start, end: selection.end } : { kind: 'interview', interviewId: interview.id }}
        addLabel={selection ? 'Add a memo on the selected passage' : 'Add a memo'}
        contextOf={(m) => passageQuote(m, interview.text)}
        openOf={(m) => {
          const at = passageStart(m);
          return at && (() => navigation.openInterview(at.interviewId, at.start));
        }}
      />
    </div>
  );
}
