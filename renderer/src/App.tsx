import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SearchFilters, SearchHit, SearchResponse } from '../../preload/api';
import { request } from './api/client';
import { InterviewList } from './library/InterviewList';
import { ProblemsPanel } from './library/ProblemsPanel';
import { useArchive } from './library/useArchive';
import { ReaderPane } from './reader/ReaderPane';
import { SearchBar } from './search/SearchBar';
import { SearchResults } from './search/SearchResults';
import { NavigationContext, type Navigation } from './shell/navigation';
import { featureViews } from './shell/registry';
import { CommandPalette } from './shell/CommandPalette';
import { OpenArchiveDialog } from './shell/OpenArchiveDialog';
import { ShortcutSheet } from './shell/ShortcutSheet';
import { ariaShortcut, displayShortcut } from './shell/commands';
import { useAppCommands } from './shell/useAppCommands';
import { useShortcuts } from './shell/useShortcuts';
import { useTheme } from './shell/theme';
import { useViewHistory } from './shell/useViewHistory';
import { EmptyState, ErrorMessage, ProgressBar } from './shared/Messages';
import { useRememberedWidth } from './shared/useRememberedWidth';
import { plural } from '../../preload/contract/plural';

export function App() {
  const archive = useArchive();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [results, setResults] = useState<SearchResponse | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const { view, go: setView, back, forward, canBack, canForward } = useViewHistory({ kind: 'home' });
  const [theme, setTheme] = useTheme();
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | 'open' | null>(null);
  const commands = useAppCommands({
    features: featureViews, go: setView, back, forward, theme, setTheme,
    openPalette: useCallback(() => setDialog('palette'), []),
    openShortcuts: useCallback(() => setDialog('shortcuts'), []),
    openArchive: useCallback(() => setDialog('open'), []),
  });
  useShortcuts(commands);
  const sidebar = useRememberedWidth<HTMLElement>('sidebar');
  const languages = useMemo(() => [...new Set(archive.interviews.map((i) => i.language).filter((l): l is string => !!l))].sort(), [archive.interviews]);

  const search = useCallback(async (text: string, chosen: SearchFilters) => {
    setQuery(text);
    setFilters(chosen);
    setSearchError(null);
    if (text.trim() === '') {
      setResults(null);
      setView({ kind: 'home' });
      return;
    }
    try {
      setResults(await request('search.query', { query: text, filters: chosen, limit: 50 }));
      setView({ kind: 'results', query: text });
    } catch (error) {
      setSearchError(error instanceof Error ? error.message : String(error));
    }
  }, [setView]);

  // An address with a query (a reload, Back to results): run it again.
  const wantedQuery = view.kind === 'results' ? view.query : undefined;
  useEffect(() => {
    // Asynchronous, like any fetch from an effect: the search sets its state when it answers.
    if (wantedQuery && !results) void Promise.resolve().then(() => search(wantedQuery, filters));
  }, [wantedQuery, results, search, filters]);

  const navigation = useMemo<Navigation>(() => ({
    view,
    go: setView,
    openInterview: (id, at, end) => setView({ kind: 'reader', id, at, end }),
    search: (text) => void search(text, filters),
  }), [view, search, filters, setView]);

  const openHit = useCallback((hit: SearchHit, snippetIndex: number) => setView({ kind: 'reader', id: hit.id, at: hit.snippets[snippetIndex]?.start }), [setView]);
  const progress = archive.status?.progress;
  const busy = progress && progress.phase !== 'ready' && progress.phase !== 'failed' && progress.phase !== 'cancelled';
  const feature = view.kind === 'feature' ? featureViews.find((f) => f.id === view.id) : undefined;

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app">
        <header className="topbar">
          <div className="history-buttons">
            <button type="button" className="icon-button" aria-label="Back" aria-keyshortcuts="Alt+ArrowLeft" disabled={!canBack} onClick={back}>←</button>
            <button type="button" className="icon-button" aria-label="Forward" aria-keyshortcuts="Alt+ArrowRight" disabled={!canForward} onClick={forward}>→</button>
          </div>
          <h1 className="brand">Testimony</h1>
          <button type="button" className="archive-name link-button" title={archive.status?.root} aria-label={`Archive: ${archive.status?.name ?? 'opening'}. Open another archive`} onClick={() => setDialog('open')}>
            {archive.status?.name ?? 'Opening archive…'}
          </button>
          <SearchBar initialQuery={query} filters={filters} languages={languages} onSearch={(q, f) => void search(q, f)} />
          {busy && progress && (
            <div className="indexing">
              <ProgressBar label={progress.message ?? `Indexing (${progress.phase})`} done={progress.done} total={progress.total} />
              <button type="button" className="secondary" onClick={() => void request('archive.cancelIndexing', {})}>Cancel</button>
            </div>
          )}
          {progress?.phase === 'cancelled' && (
            <button type="button" className="secondary" onClick={() => void request('archive.reindex', {})}>Indexing cancelled — resume</button>
          )}
          {featureViews.length > 0 && (
            <nav className="feature-nav" aria-label="Views">
              {featureViews.map((f) => (
                <button key={f.id} type="button" className={view.kind === 'feature' && view.id === f.id ? 'nav-item active' : 'nav-item'} aria-current={view.kind === 'feature' && view.id === f.id ? 'page' : undefined} onClick={() => setView({ kind: 'feature', id: f.id })}>
                  {f.label}
                </button>
              ))}
            </nav>
          )}
          <div className="topbar-tools">
            <button type="button" className="icon-button" aria-label={`Theme: ${theme}. Switch theme`} title={`Theme: ${theme}`} onClick={() => commands.find((c) => c.id === 'theme')?.run()}>
              {theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}
            </button>
            <button type="button" className="icon-button" aria-label="Commands" aria-keyshortcuts={ariaShortcut('Mod+K')} title={`Commands (${displayShortcut('Mod+K')})`} onClick={() => setDialog('palette')}>⌘</button>
            <button type="button" className="icon-button" aria-label="Keyboard shortcuts" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={() => setDialog('shortcuts')}>?</button>
          </div>
        </header>
        <div className="workspace">
          <nav className="sidebar" aria-label="Archive" ref={sidebar}>
            <h2 className="sidebar-heading">
              Interviews <span className="badge">{archive.interviews.length}</span>
            </h2>
            <InterviewList interviews={archive.interviews} selectedId={view.kind === 'reader' ? view.id : undefined} onOpen={(id) => setView({ kind: 'reader', id })} />
            <ProblemsPanel problems={archive.status?.problems ?? []} />
          </nav>
          <main className="main-pane">
            {archive.status?.readOnly && <p className="read-only-banner" role="status">Read-only. {archive.status.readOnly}</p>}
            {archive.error && <ErrorMessage message={archive.error} />}
            {searchError && <ErrorMessage message={searchError} />}
            {view.kind === 'results' && results && <SearchResults query={query} response={results} onOpen={openHit} />}
            {view.kind === 'reader' && (
              <ReaderPane key={view.id} id={view.id} query={query} initialOffset={view.at} version={archive.version} onBack={results ? () => setView({ kind: 'results', query }) : undefined} />
            )}
            {feature && <feature.component param={view.kind === 'feature' ? view.param : undefined} />}
            {view.kind === 'home' && (
              <EmptyState title={archive.interviews.length ? 'Search the archive or open an interview.' : 'This archive has no readable interviews yet.'}>
                {archive.status && `${plural(archive.status.interviews, 'interview')} · ${plural(archive.status.words, 'word')}`}
              </EmptyState>
            )}
          </main>
        </div>
      </div>
      {dialog === 'palette' && <CommandPalette commands={commands} onClose={() => setDialog(null)} />}
      {dialog === 'shortcuts' && <ShortcutSheet commands={commands} onClose={() => setDialog(null)} />}
      {dialog === 'open' && <OpenArchiveDialog current={archive.status?.root} onClose={() => setDialog(null)} />}
    </NavigationContext.Provider>
  );
}
