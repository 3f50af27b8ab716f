import type { SearchHit, SearchResponse } from '../../../preload/api';
import { EmptyState } from '../shared/Messages';
import { Byline } from '../shared/Byline';
import { directionOf, formatTime } from '../shared/format';
import { SnippetText } from './SnippetText';

interface Props {
  query: string;
  response: SearchResponse;
  onOpen(hit: SearchHit, snippetIndex: number): void;
}

/** Ranked interviews, each with its hits in context; a snippet opens the reader at that hit. */
export function SearchResults({ query, response, onOpen }: Props) {
  return (
    <section className="results" aria-label="Search results">
      <h2 className="results-heading">
        {response.total === 1 ? '1 interview' : `${response.total} interviews`} match <q>{query}</q>
      </h2>
      {response.notices.map((notice) => (
        <p key={notice} className="notice" role="status">{notice}</p>
      ))}
      {response.hits.length === 0 && (
        <EmptyState title="No interview matches.">
          Try fewer words, a wildcard such as <code>refug*</code>, or a fuzzy term such as <code>firuzmand~1</code>.
        </EmptyState>
      )}
      <ol className="hit-list">
        {response.hits.map((hit) => (
          <li key={hit.id} className="hit">
            <button type="button" className="hit-title" onClick={() => onOpen(hit, 0)} dir={directionOf(hit.language)}>
              {hit.title}
            </button>
            <div className="hit-meta">
              <Byline item={hit} /> · {hit.hitCount === 1 ? '1 hit' : `${hit.hitCount} hits`} · <span className="muted">{hit.path}</span>
            </div>
            <ul className="snippets">
              {hit.snippets.map((snippet, index) => (
                <li key={`${snippet.start}-${snippet.end}`}>
                  <button type="button" className="snippet" dir={directionOf(hit.language)} onClick={() => onOpen(hit, index)}>
                    {(snippet.speaker || snippet.time !== undefined) && (
                      <span className="snippet-where">
                        <bdi>{snippet.speaker}</bdi>
                        {snippet.time !== undefined && ` ${formatTime(snippet.time)}`}
                      </span>
                    )}
                    <SnippetText snippet={snippet} />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
