import type { SearchFilters, SearchResponse } from '../../preload/api';
import type { SearchEngine } from '../search/engine';
import { UserError } from '../handlers/userError';
import { FIELD_LABELS } from '../search/fields';

/**
 * Runs a query and shapes the answer for the contract: friendly failures, field labels. The
 * snippets come marked from the engine, which cut them around the hit (no second read of a text).
 */
export function searchArchive(
  engine: SearchEngine | null,
  query: string,
  options: { limit: number; offset: number; filters: SearchFilters; expand?: (word: string) => string[] },
): SearchResponse {
  if (!engine) throw new UserError('busy', 'The archive is not indexed yet. Search works as soon as indexing finishes.');
  const result = engine.search(query, options);
  if (!result.ok) throw new UserError('query', result.error);
  const response: SearchResponse = {
    total: result.total,
    notices: result.notices,
    hits: result.hits.map((hit) => ({ ...hit, matchedIn: hit.matchedIn.map((f) => FIELD_LABELS[f]) })),
  };
  if (result.suggestion) response.suggestion = result.suggestion;
  if (result.filtered) response.filtered = result.filtered as SearchResponse['filtered'];
  return response;
}
