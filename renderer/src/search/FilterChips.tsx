import type { SearchFilters } from '../../../preload/api';
import { activeFilterKeys, describeFilter } from './explain';

interface Props {
  filters: SearchFilters;
  onRemove(key: keyof SearchFilters): void;
}

/** The active filters as chips, each removable, so a filter never narrows a search unseen. */
export function FilterChips({ filters, onRemove }: Props) {
  const keys = activeFilterKeys(filters);
  if (keys.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {keys.map((key) => (
        <li key={key} className="chip">
          <span dir="auto">{describeFilter(filters, key)}</span>
          <button type="button" className="chip-remove" aria-label={`Remove filter ${describeFilter(filters, key)}`} onClick={() => onRemove(key)}>×</button>
        </li>
      ))}
    </ul>
  );
}
