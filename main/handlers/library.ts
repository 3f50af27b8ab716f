import { summary, type Workspace } from '../workspace';
import type { ArchiveStatus, RecentArchive } from '../../preload/api';
import type { Handlers } from './dispatch';
import { UserError } from './errors';

/** A host that can switch to another archive folder (desktop, browser); the CLI cannot. */
export interface ArchiveSwitcher {
  openArchive?(path: string): Promise<ArchiveStatus>;
  recentArchives?(): RecentArchive[];
}

type LibraryCalls = 'archive.status' | 'archive.reindex' | 'archive.cancelIndexing' | 'archive.open' | 'archive.recent' | 'interviews.list' | 'interviews.get' | 'search.query' | 'search.highlights';

export function libraryHandlers(ws: Workspace, host: ArchiveSwitcher = {}): Pick<Handlers, LibraryCalls> {
  return {
    'archive.open': ({ path }) => {
      if (!host.openArchive) throw new UserError('unsupported', 'This window cannot open another archive: start Testimony on that folder instead.');
      return host.openArchive(path);
    },
    'archive.recent': () => host.recentArchives?.() ?? [],
    'archive.status': () => ws.status(),
    'archive.reindex': () => (ws.reindex(), { ok: true as const }),
    'archive.cancelIndexing': () => (ws.cancelIndexing(), { ok: true as const }),
    'interviews.list': () => ws.list(),
    'interviews.get': ({ id }) => {
      const interview = ws.interview(id);
      return { ...summary(interview), text: interview.text, passages: interview.passages, hash: interview.hash };
    },
    'search.query': ({ query, limit, offset, filters }) => ws.search(query, { limit, offset, filters }),
    'search.highlights': ({ id, query }) => ws.highlights(id, query),
  };
}
