import { useState } from 'react';
import type { Claim } from '../../../preload/api';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { ErrorMessage } from '../shared/Messages';

/** One claim in the claims table: its passage, an inline edit form, and delete (undone from the view's notice). */
export function ClaimRow({ claim: c, title, onDeleted }: { claim: Claim; title: string; onDeleted(claim: Claim): void }) {
  const navigation = useNavigation();
  const [editing, setEditing] = useState(false);
  const saved = () => ({ value: c.value, unit: c.unit ?? '', asOf: c.asOf ?? '', source: c.source });
  const [draft, setDraft] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  // Each edit starts from the claim as it is now, not from a draft cancelled earlier.
  const edit = () => { setDraft(saved()); setError(null); setEditing(true); };
  const save = async (): Promise<void> => {
    try {
      await request('claims.update', { id: c.id, ...draft });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const field = (key: keyof typeof draft, label: string, extra: Record<string, string> = {}) => (
    <label className="field">{label}<input value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} {...extra} /></label>
  );
  if (editing) {
    return (
      <tr>
        <td colSpan={5}>
          <form className="claim-edit" aria-label={`Edit the claim ${c.value}`} onSubmit={(e) => { e.preventDefault(); void save(); }}>
            {field('value', 'Value', { required: 'required' })}
            {field('unit', 'Unit')}
            {field('asOf', 'As of', { pattern: String.raw`\d{4}(-\d{2}(-\d{2})?)?`, placeholder: '2008-01-26' })}
            {field('source', 'Source', { required: 'required' })}
            <button type="submit" className="small">Save</button>
            <button type="button" className="secondary small" onClick={() => setEditing(false)}>Cancel</button>
            {error && <ErrorMessage message={error} />}
          </form>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td className="claim-value">{c.value}{c.unit ? ` ${c.unit}` : ''}</td>
      <td>{c.asOf ?? '—'}</td>
      <td><bdi>{c.source}</bdi></td>
      <td>
        <button type="button" className="link-button" onClick={() => navigation.openInterview(c.interviewId, c.start)} dir="auto">“{c.quote}”</button>
        <div className="meta muted"><bdi>{title}</bdi></div>
      </td>
      <td className="claim-actions">
        <button type="button" className="secondary small" aria-label={`Edit the claim ${c.value} per ${c.source}`} onClick={edit}>Edit</button>
        <button type="button" className="secondary small danger" aria-label={`Delete the claim ${c.value} per ${c.source}`} onClick={() => void request('claims.delete', { id: c.id }).then(() => onDeleted(c))}>Delete</button>
      </td>
    </tr>
  );
}
