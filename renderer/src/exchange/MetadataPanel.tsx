import { useState, type FormEvent } from 'react';
import type { CallOutput, MetadataFields } from '../../../preload/api';
import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import './exchange.css';

const TEXT_FIELDS = [
  ['title', 'Title'], ['interviewee', 'Interviewee'], ['interviewer', 'Interviewer'], ['place', 'Place'], ['language', 'Language (e.g. en, fa)'],
  ['publisher', 'Source or publisher'], ['rights', 'Rights'], ['url', 'URL or archive location'],
] as const;
type TextField = (typeof TEXT_FIELDS)[number][0];

interface Draft {
  text: Record<TextField, string>;
  date: string;
  precision: 'year' | 'month' | 'day';
  tags: string;
  extra: string;
}

function draftOf(f: MetadataFields): Draft {
  const text = Object.fromEntries(TEXT_FIELDS.map(([k]) => [k, f[k] ?? ''])) as Record<TextField, string>;
  const date = f.date ?? '';
  return { text, date, precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day', tags: (f.tags ?? []).join(', '), extra: Object.entries(f.extra ?? {}).map(([k, v]) => `${k}: ${v}`).join('\n') };
}

/** The edits to save: only what differs from the file (and catalogue); a field emptied on purpose is cleared. */
function editsOf(draft: Draft, base: MetadataFields): MetadataFields {
  const edits: MetadataFields = {};
  for (const [k] of TEXT_FIELDS) if (draft.text[k].trim() !== (base[k] ?? '')) edits[k] = draft.text[k].trim();
  const date = draft.date.trim().slice(0, draft.precision === 'year' ? 4 : draft.precision === 'month' ? 7 : 10);
  if (date !== (base.date ?? '')) edits.date = date;
  const tags = draft.tags.split(',').map((t) => t.trim()).filter(Boolean);
  if (tags.join('\u0000') !== (base.tags ?? []).join('\u0000')) edits.tags = tags;
  const extra = Object.fromEntries(draft.extra.split('\n').map((l) => l.split(/:(.*)/s).map((p) => p.trim())).filter(([k, v]) => k && v));
  if (Object.keys(extra).length) edits.extra = extra;
  return edits;
}

type Meta = CallOutput<'metadata.get'>;

/** The reader's Details tab: the interview's metadata, edited into a sidecar beside the file, with undo. */
export function MetadataPanel({ interview }: ReaderPanelProps) {
  const [version, setVersion] = useState(0);
  const meta = useAsync(() => request('metadata.get', { id: interview.id }), [interview.id, version]);
  // Undo steps belong to one interview: switching interviews starts afresh.
  const [history, setHistory] = useState<{ id: string; stack: MetadataFields[] }>({ id: interview.id, stack: [] });
  const stack = history.id === interview.id ? history.stack : [];
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (meta.state === 'error') return <ErrorMessage message={meta.message} />;
  if (meta.state !== 'ready') return <p className="muted">Loading details…</p>;

  const save = async (edits: MetadataFields, message: string, next: MetadataFields[]): Promise<void> => {
    setError(null);
    try {
      await request('metadata.save', { id: interview.id, edits });
      setHistory({ id: interview.id, stack: next });
      setStatus(message);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const undo = (): void => {
    const previous = stack.at(-1);
    if (previous) void save(previous, 'Undone: the previous details are back.', stack.slice(0, -1));
  };
  return (
    <>
      <MetadataForm
        key={`${interview.id}:${JSON.stringify(meta.value.current)}`}
        meta={meta.value}
        canUndo={stack.length > 0}
        onUndo={undo}
        onSave={(edits) => void save(edits, `Saved in ${meta.value.sidecar}, beside the interview. The file itself is unchanged.`, [...stack, meta.value.edits])}
      />
      {status && <p className="muted" role="status">{status}</p>}
      {error && <ErrorMessage message={error} />}
    </>
  );
}

function MetadataForm({ meta, canUndo, onUndo, onSave }: { meta: Meta; canUndo: boolean; onUndo(): void; onSave(edits: MetadataFields): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(meta.current));
  const base = { ...meta.fromFile, ...meta.catalogue };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave(editsOf(draft, base));
  };
  const set = (k: TextField, value: string): void => setDraft({ ...draft, text: { ...draft.text, [k]: value } });
  return (
    <form className="metadata-form" onSubmit={submit} aria-label="Interview details">
      {TEXT_FIELDS.map(([k, label]) => (
        <label key={k}>
          <span>{label}</span>
          <input value={draft.text[k]} onChange={(e) => set(k, e.target.value)} placeholder={base[k] ? `From the file: ${base[k]}` : ''} />
        </label>
      ))}
      <fieldset className="date-field">
        <legend>Date</legend>
        <input aria-label="Date" value={draft.date} placeholder="YYYY-MM-DD" onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
        <select aria-label="Date precision" value={draft.precision} onChange={(e) => setDraft({ ...draft, precision: e.target.value as Draft['precision'] })}>
          <option value="year">year</option>
          <option value="month">month</option>
          <option value="day">day</option>
        </select>
      </fieldset>
      <label><span>Tags (comma-separated)</span><input value={draft.tags} onChange={(e) => setDraft({ ...draft, tags: e.target.value })} /></label>
      <label><span>More fields (one “name: value” per line)</span><textarea rows={3} value={draft.extra} onChange={(e) => setDraft({ ...draft, extra: e.target.value })} /></label>
      <div className="form-actions">
        <button type="submit">Save details</button>
        <button type="button" onClick={onUndo} disabled={!canUndo}>Undo</button>
      </div>
    </form>
  );
}
