import type { SearchFilters, SearchResponse } from '../../preload/api';
import { plural } from '../../preload/contract/plural';
import { intOption, type CliArgs } from './args';
import { CliError, printJson, say, terminalSafe } from './output';

/** What `search` needs of an open archive: a SearchSession (the CLI) or a Workspace. */
export interface Searcher {
  search(query: string, options: { limit: number; offset: number; filters: SearchFilters }): Promise<SearchResponse>;
}

/** The query words of `testimony search <archive> <words…>`; a usage error before anything is opened. */
export function searchQuery(args: CliArgs): string {
  const query = args.rest.join(' ');
  if (!query.trim()) throw new CliError('What should I search for? testimony search <archive> "<query>"', 2);
  return query;
}

export async function search(archive: Searcher, args: CliArgs): Promise<void> {
  const query = searchQuery(args);
  const limit = intOption(args.values.limit, 'limit', 20, 500);
  const response = await archive.search(query, { limit, offset: 0, filters: {} });
  for (const notice of response.notices) process.stderr.write(`${terminalSafe(notice)}\n`);
  if (response.suggestion) process.stderr.write(`Did you mean: ${terminalSafe(response.suggestion.query)}\n`);
  if (args.values.json) return printJson(response.hits);
  if (response.hits.length === 0) say('No interview matches.');
  for (const hit of response.hits) {
    const where = hit.hitCount === 0 && hit.matchedIn?.length ? `matched in ${hit.matchedIn.join(', ')}` : plural(hit.hitCount, 'hit');
    say(`${hit.score.toFixed(2)}  ${hit.title}  (${hit.path}, ${where})`);
    for (const s of hit.snippets.slice(0, 3)) say(`      ${s.text}`);
  }
}
