import { summary, type Workspace } from '../workspace';
import type { Handlers } from './dispatch';

export function libraryHandlers(ws: Workspace): Pick<Handlers, 'archive.status' | 'archive.reindex' | 'archive.cancelIndexing' | 'interviews.list' | 'interviews.get' | 'search.query' | 'search.highlights'> {
  return {
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
