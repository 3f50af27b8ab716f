import { useMemo, useState } from 'react';
import type { AnnotationView, LinkType } from '../../../preload/api';
import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { useNavigation } from '../shell/navigation';
import { ariaShortcut } from '../shell/commands';
import { useAsync } from '../shared/useAsync';
import { LINK_LABELS, LINK_TYPES } from './linkLabels';
import { useLinks } from './useLinks';
import './xrefViews.css';

/** The annotation the researcher means: the focused one, else the one under the selection. */
function focusedAnnotation({ annotations, focusedAnnotationId, selection }: ReaderPanelProps): AnnotationView | undefined {
  const focused = annotations.find((a) => a.id === focusedAnnotationId);
  if (focused || !selection) return focused;
  return annotations.find((a) => a.start !== undefined && a.end !== undefined && a.start < selection.end && a.end > selection.start);
}

const short = (text: string, n = 90): string => (text.length > n ? `${text.slice(0, n)}…` : text);

/** What names an annotation in a list: its quote, else its note, never an empty pair of quotes. */
export function annotationLabel(a: { quote: string; note?: string }, n = 90): string {
  if (a.quote.trim()) return `“${short(a.quote.trim(), n)}”`;
  if (a.note?.trim()) return short(a.note.trim(), n);
  return '(an annotation without text)';
}

/** Reader panel: the focused annotation's links (both directions) and a form to add one. */
export function LinksPanel(props: ReaderPanelProps) {
  const target = focusedAnnotation(props);
  const { links, reload } = useLinks(target?.id);
  const navigation = useNavigation();
  const [message, setMessage] = useState('');
  if (!target) return <p className="hint">Click an annotation in the text to see and add its links.</p>;

  const remove = async (id: string): Promise<void> => {
    await request('links.delete', { id }).then(() => setMessage('Link removed.'), (e: Error) => setMessage(e.message));
    reload();
  };
  return (
    <section className="links-panel" aria-label="Links of this annotation">
      <p className="hint" dir="auto">{annotationLabel(target, 140)}</p>
      {links.length === 0 ? <p className="hint">No links yet.</p> : (
        <ul className="link-list" aria-label="Links">
          {links.map((l) => (
            <li key={l.id} className={`link-item link-${l.type}`}>
              <span className="link-type">{LINK_LABELS[l.type][l.direction]}</span>{' '}
              {l.other.deleted ? <span className="hint">a deleted annotation (undo its deletion to bring it back)</span> : (
                <button type="button" className="link-open" dir="auto" onClick={() => navigation.openInterview(l.other.interviewId, l.other.start, l.other.end)}>
                  <bdi>{annotationLabel(l.other)}</bdi> <span className="hint">— <bdi>{l.other.interviewTitle}</bdi></span>
                </button>
              )}
              {l.note && <p className="link-note" dir="auto">{l.note}</p>}
              <button type="button" className="link-remove" aria-label={`Remove link: ${LINK_LABELS[l.type][l.direction]} ${l.other.deleted ? 'a deleted annotation' : annotationLabel(l.other, 40)}`} onClick={() => void remove(l.id)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <NewLinkForm from={target} onAdded={(text) => { setMessage(text); reload(); }} />
      <p role="status" className="hint">{message}</p>
    </section>
  );
}

function NewLinkForm({ from, onAdded }: { from: AnnotationView; onAdded(message: string): void }) {
  const all = useAsync(() => request('annotations.list', {}), [from.id]);
  const titles = useAsync(() => request('interviews.list', {}), []);
  const [type, setType] = useState<LinkType>('supports');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [filter, setFilter] = useState('');
  const titleOf = useMemo(() => new Map(titles.state === 'ready' ? titles.value.map((i) => [i.id, i.title]) : []), [titles]);
  const options = all.state === 'ready'
    ? all.value.filter((a) => a.id !== from.id && (filter === '' || `${a.quote} ${a.note ?? ''} ${titleOf.get(a.interviewId) ?? ''}`.toLocaleLowerCase().includes(filter.toLocaleLowerCase())))
    : [];
  const chosen = options.some((a) => a.id === to) ? to : (options[0]?.id ?? '');

  const add = async (): Promise<void> => {
    if (!chosen) return;
    try {
      await request('links.add', { from: from.id, to: chosen, type, ...(note.trim() ? { note: note.trim() } : {}) });
      setNote('');
      onAdded('Link saved.');
    } catch (e) {
      onAdded(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="link-form" aria-label="New link" onSubmit={(e) => { e.preventDefault(); void add(); }}>
      <label>This annotation
        <select value={type} onChange={(e) => setType(e.target.value as LinkType)}>
          {LINK_TYPES.map((t) => <option key={t} value={t}>{LINK_LABELS[t].out}</option>)}
        </select>
      </label>
      <label>Find annotation
        <input type="search" value={filter} dir="auto" maxLength={200} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <label>Other annotation
        <select value={chosen} onChange={(e) => setTo(e.target.value)}>
          {options.map((a) => <option key={a.id} value={a.id}>{`${annotationLabel(a, 60)} — ${titleOf.get(a.interviewId) ?? ''}`}</option>)}
        </select>
      </label>
      <label>Note (optional)
        <textarea value={note} dir="auto" maxLength={10_000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" data-command="link" aria-keyshortcuts={ariaShortcut('Mod+Shift+L')} disabled={!chosen}>Add link</button>
    </form>
  );
}
