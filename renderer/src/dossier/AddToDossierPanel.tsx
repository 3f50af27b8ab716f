import { useState } from 'react';
import type { ReaderPanelProps } from '../shell/features';
import { request } from '../api/client';
import { useDossierList } from './useDossierList';
import './dossier.css';

/** The annotation the researcher means: the focused one, else the one under the selection. */
function targetAnnotation({ annotations, focusedAnnotationId, selection }: ReaderPanelProps) {
  const focused = annotations.find((a) => a.id === focusedAnnotationId);
  if (focused || !selection) return focused;
  return annotations.find((a) => a.start !== undefined && a.end !== undefined && a.start < selection.end && a.end > selection.start);
}

/** Reader panel: adds the focused annotation to a chosen dossier's "Selected annotations". */
export function AddToDossierPanel(props: ReaderPanelProps) {
  const { dossiers, reload } = useDossierList();
  const [chosen, setChosen] = useState('');
  const [newTitle, setNewTitle] = useState('');
  const [message, setMessage] = useState('');
  const target = targetAnnotation(props);
  const dossierId = chosen || dossiers?.[0]?.id || '';

  const add = async (): Promise<void> => {
    if (!target) return;
    try {
      const id = dossierId || (await request('dossier.create', { title: newTitle.trim() || props.interview.title })).id;
      const def = await request('dossier.addAnnotation', { id, annotationId: target.id });
      setMessage(`Added to “${def.title}”.`);
      reload();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="add-to-dossier">
      {dossiers && dossiers.length > 0 ? (
        <label>Dossier
          <select value={dossierId} onChange={(e) => setChosen(e.target.value)}>
            {dossiers.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </label>
      ) : (
        <label>New dossier
          <input value={newTitle} dir="auto" maxLength={300} placeholder={props.interview.title} onChange={(e) => setNewTitle(e.target.value)} />
        </label>
      )}
      <p className="hint" dir="auto">{target ? `“${target.quote.slice(0, 120)}${target.quote.length > 120 ? '…' : ''}”` : 'Click an annotation in the text (or select inside one) to add it.'}</p>
      <button type="button" data-command="add-to-dossier" aria-keyshortcuts="Control+Shift+X" disabled={!target} onClick={() => void add()}>
        Add to dossier
      </button>
      <p role="status" className="hint">{message}</p>
    </div>
  );
}
