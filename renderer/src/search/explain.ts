/** Sentences about a search answer: its filters, why it is empty, where a hit matched. */
import type { SearchFilters, SearchHit, SearchResponse } from '../../../preload/api';

type FilterKey = keyof SearchFilters;
const LABELS: Record<FilterKey, string> = { interviewee: 'interviewee', from: 'from', to: 'until', language: 'language', format: 'format' };

/** The filters that are set, in a stable order. */
export function activeFilterKeys(filters: SearchFilters): FilterKey[] {
  return (Object.keys(LABELS) as FilterKey[]).filter((k) => filters[k] !== undefined && filters[k] !== '');
}

/** "interviewee ‘Marsh’", "from 2008-01-01". */
export function describeFilter(filters: SearchFilters, key?: FilterKey): string {
  return (key === undefined ? activeFilterKeys(filters) : [key]).map((k) => `${LABELS[k]} ‘${filters[k] ?? ''}’`).join(' and ');
}

const interviews = (n: number): string => (n === 1 ? '1 interview matches' : `${n} interviews match`);
const list = (items: string[]): string => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`);

/** Why a filtered search found nothing, or null when it did find something or had no filters. */
export function emptyBecause(query: string, response: SearchResponse): string | null {
  const f = response.filtered;
  if (f === undefined || response.total > 0) return null;
  if (f.unfiltered === 0) return null;
  const excluding = f.each.filter((e) => e.total === 0).map((e) => describeFilter(e.filter));
  const all = describeFilter(Object.assign({}, ...f.each.map((e) => e.filter)) as SearchFilters);
  const none = excluding.length > 0 ? `none with ${list(excluding)}` : `none with ${all} together`;
  return `${interviews(f.unfiltered)} ‘${query}’, but ${none}.`;
}

/** "3 hits", or where a hit matched when its text has none ("matched in the title and tags"). */
export function hitSummary(hit: Pick<SearchHit, 'hitCount' | 'matchedIn'>): string {
  const count = hit.hitCount === 1 ? '1 hit' : `${hit.hitCount} hits`;
  const where = hit.matchedIn ?? [];
  if (where.length === 0) return count;
  const places = where.length === 1 ? where[0] : `${where.slice(0, -1).join(', ')} and ${where.at(-1) ?? ''}`;
  return hit.hitCount === 0 ? `matched in the ${places ?? ''}` : `${count} · also in the ${places ?? ''}`;
}
