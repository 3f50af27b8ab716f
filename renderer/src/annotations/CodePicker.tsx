import { useId, useMemo, useState } from 'react';
import type { Code } from '../../../preload/api';
import { codePath } from './useCodes';
import { createCodePath } from './createCodePath';

interface Props {
  codes: Code[];
  selected: string[];
  onChange(ids: string[]): void;
}

/** Choose any number of codes: type to filter, tick to apply, or create a new one (Parent/Child). */
export function CodePicker({ codes, selected, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const paths = useMemo(() => codes.map((c) => ({ code: c, path: codePath(c, byId) })).sort((a, b) => a.path.localeCompare(b.path)), [codes, byId]);
  const wanted = filter.trim().toLocaleLowerCase();
  const shown = paths.filter((p) => !wanted || p.path.toLocaleLowerCase().includes(wanted));
  const exact = paths.some((p) => p.path.toLocaleLowerCase() === wanted);

  async function create(): Promise<void> {
    try {
      const code = await createCodePath(filter, codes);
      onChange([...new Set([...selected, code.id])]);
      setFilter('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <fieldset className="code-picker">
      <legend>Codes</legend>
      <input
        id={`${id}-filter`}
        type="text"
        data-command="code"
        aria-label="Find or create a code"
        placeholder="Find or create a code (Parent/Child)"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && wanted && !exact) {
            e.preventDefault();
            void create();
          }
        }}
      />
      {wanted && !exact && (
        <button type="button" className="secondary small" onClick={() => void create()}>
          Create code “{filter.trim()}”
        </button>
      )}
      {error && <p className="error-message" role="alert">{error}</p>}
      <ul className="code-options">
        {shown.map(({ code, path }) => (
          <li key={code.id}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(code.id)}
                onChange={(e) => onChange(e.target.checked ? [...selected, code.id] : selected.filter((s) => s !== code.id))}
              />
              <span className="code-dot" style={{ backgroundColor: code.color }} aria-hidden="true" />
              {path}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
