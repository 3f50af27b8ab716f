import { useEffect, useRef, useState } from 'react';
import type { AnnotationView, Code } from '../../../preload/api';
import { TeamMarks } from './TeamMarks';
import { AnchorBadge } from './AnchorBadge';
import { CodeChips } from './CodeChips';
import { CodePicker } from './CodePicker';
import { TimeSpanBadge } from '../media/TimeSpanBadge';

interface Props {
  annotation: AnnotationView;
  codes: Code[];
  byId: ReadonlyMap<string, Code>;
  focused: boolean;
  onOpen(): void;
  onUpdate(note: string, codes: string[]): Promise<void>;
  onDelete(): Promise<void>;
}

/** One annotation in the side panel: read it, jump to it, edit its note and codes, delete it. */
export function AnnotationItem({ annotation, codes, byId, focused, onOpen, onUpdate, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(annotation.note ?? '');
  const [chosen, setChosen] = useState(annotation.codes);
  const quote = annotation.quote.length > 200 ? `${annotation.quote.slice(0, 200)}…` : annotation.quote;
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focused) item.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  return (
    <li ref={item} className={focused ? 'annotation-item focused' : 'annotation-item'} data-annotation-item={annotation.id}>
      <button type="button" className="annotation-quote" dir="auto" onClick={onOpen} aria-label={`Go to “${quote}”`}>
        “{quote}”
      </button>
      <AnchorBadge anchor={annotation.anchor} />
      <TimeSpanBadge span={annotation.timeSpan} />
      <TeamMarks annotation={annotation} />
      {!editing && annotation.note && <p className="annotation-note" dir="auto">{annotation.note}</p>}
      {!editing && <CodeChips ids={annotation.codes} byId={byId} />}
      {editing ? (
        <form className="annotation-form" aria-label="Edit annotation" onSubmit={(e) => { e.preventDefault(); void onUpdate(note, chosen).then(() => setEditing(false)); }}>
          <label className="field">
            Note
            <textarea value={note} dir="auto" rows={3} onChange={(e) => setNote(e.target.value)} />
          </label>
          <CodePicker codes={codes} selected={chosen} onChange={setChosen} />
          <div className="form-actions">
            <button type="submit">Save changes</button>
            <button type="button" className="secondary" onClick={() => setEditing(false)}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="item-actions">
          <button type="button" className="secondary small" onClick={() => { setNote(annotation.note ?? ''); setChosen(annotation.codes); setEditing(true); }}>Edit</button>
          <button type="button" className="secondary small danger" onClick={() => void onDelete()}>Delete</button>
        </div>
      )}
    </li>
  );
}
