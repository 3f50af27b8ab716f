import { useId, useState, type FormEvent } from 'react';
import type { SearchFilters } from '../../../preload/api';

interface Props {
  initialQuery: string;
  filters: SearchFilters;
  languages: string[];
  onSearch(query: string, filters: SearchFilters): void;
}

/** The query box plus optional filters. Searching happens on submit, never per keystroke of a 5,000-interview archive. */
export function SearchBar({ initialQuery, filters, languages, onSearch }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [draft, setDraft] = useState<SearchFilters>(filters);
  const [showFilters, setShowFilters] = useState(false);
  const id = useId();
  // A chip removed or a suggestion taken elsewhere changes the search: the box and the filters follow.
  const [shown, setShown] = useState({ initialQuery, filters });
  if (shown.initialQuery !== initialQuery || shown.filters !== filters) {
    setShown({ initialQuery, filters });
    setQuery(initialQuery);
    setDraft(filters);
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    onSearch(query, draft);
  }

  function setFilter(key: keyof SearchFilters, value: string): void {
    setDraft((current) => ({ ...current, [key]: value === '' ? undefined : value }));
  }

  return (
    <form className="search-bar" role="search" onSubmit={submit}>
      <label htmlFor={`${id}-q`} className="visually-hidden">Search the archive</label>
      <input
        id={`${id}-q`}
        type="search"
        name="q"
        value={query}
        placeholder='Search: words, "a phrase", +must -not, title:word, camp*, ashraf~1'
        onChange={(event) => setQuery(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <button type="submit">Search</button>
      <button type="button" className="secondary" aria-expanded={showFilters} onClick={() => setShowFilters((v) => !v)}>
        Filters
      </button>
      {showFilters && (
        <fieldset className="filters">
          <legend className="visually-hidden">Filters</legend>
          <label>
            Interviewee (or part of the name)
            <input value={draft.interviewee ?? ''} onChange={(e) => setFilter('interviewee', e.target.value)} />
          </label>
          <label>
            From
            <input type="date" value={draft.from ?? ''} onChange={(e) => setFilter('from', e.target.value)} />
          </label>
          <label>
            To
            <input type="date" value={draft.to ?? ''} onChange={(e) => setFilter('to', e.target.value)} />
          </label>
          <label>
            Language
            <select value={draft.language ?? ''} onChange={(e) => setFilter('language', e.target.value)}>
              <option value="">Any</option>
              {languages.map((language) => (
                <option key={language} value={language}>{language}</option>
              ))}
            </select>
          </label>
          <label>
            Format
            <select value={draft.format ?? ''} onChange={(e) => setFilter('format', e.target.value)}>
              <option value="">Any</option>
              {['txt', 'md', 'html', 'docx', 'pdf', 'vtt', 'srt', 'ohms', 'csv'].map((format) => (
                <option key={format} value={format}>{format}</option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
    </form>
  );
}
