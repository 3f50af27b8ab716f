import type { Code } from '../../../preload/api';

/** The codes of an annotation as small coloured labels. */
export function CodeChips({ ids, byId }: { ids: readonly string[]; byId: ReadonlyMap<string, Code> }) {
  if (ids.length === 0) return null;
  return (
    <ul className="code-chips" aria-label="Codes">
      {ids.map((id) => {
        const code = byId.get(id);
        return (
          <li key={id} className="code-chip" style={{ borderColor: code?.color ?? 'var(--border)' }}>
            <span className="code-dot" style={{ backgroundColor: code?.color ?? 'var(--border)' }} aria-hidden="true" />
            {code?.name ?? 'deleted code'}
          </li>
        );
      })}
    </ul>
  );
}
