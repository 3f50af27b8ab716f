import type { SearchFilters, SearchResponse, Snippet } from '../../preload/api';
import type { Interview } from '../library/types';
import type { SearchEngine, Snippet as EngineSnippet } from '../search/engine';
import { UserError } from '../handlers/userError';
import { FIELD_LABELS } from '../search/fields';

type Lookup = (id: string) => Interview | undefined;

/** Runs a query and shapes the answer for the contract: friendly failures, marked snippets. */
export function searchArchive(
  engine: SearchEngine | null,
  query: string,
  options: { limit: number; offset: number; filters: SearchFilters; expand?: (word: string) => string[] },
  lookup: Lookup,
): SearchResponse {
  if (!engine) throw new UserError('busy', 'The archive is not indexed yet. Search works as soon as indexing finishes.');
  const result = engine.search(query, options);
  if (!result.ok) throw new UserError('query', result.error);
  const response: SearchResponse = {
    total: result.total,
    notices: result.notices,
    hits: result.hits.map((hit) => {
      const text = lookup(hit.id)?.text ?? '';
      return { ...hit, matchedIn: hit.matchedIn.map((f) => FIELD_LABELS[f]), snippets: hit.snippets.map((s) => markSnippet(s, text)) };
    }),
  };
  if (result.suggestion) response.suggestion = result.suggestion;
  if (result.filtered) response.filtered = result.filtered as SearchResponse['filtered'];
  return response;
}

/** Finds the hit inside its snippet so the renderer can mark it without the full text. */
export function markSnippet(snippet: EngineSnippet, text: string): Snippet {
  const hitText = text.slice(snippet.start, snippet.end);
  const at = hitText ? nearestIndex(snippet.text, hitText) : -1;
  return at < 0 ? snippet : { ...snippet, markStart: at, markEnd: at + hitText.length };
}

function nearestIndex(haystack: string, needle: string): number {
  const middle = (haystack.length - needle.length) / 2;
  let best = -1;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best;
}
