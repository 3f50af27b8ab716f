import { request } from '../api/client';
import { useAsync } from '../shared/useAsync';

/** Filter by who made the annotation; shown only when annotations carry more than one name. */
export function CoderFilter({ value, onChange }: { value: string; onChange(value: string): void }) {
  const coders = useAsync(() => request('team.coders', {}), []);
  if (coders.state !== 'ready' || coders.value.length < 2) return null;
  return (
    <label>Coder
      <select aria-label="Filter by coder" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Anyone</option>
        {coders.value.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
}
