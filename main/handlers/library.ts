import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';

export function libraryHandlers(ws: Workspace): Pick<Handlers, 'archive.status' | 'archive.reindex' | 'archive.cancelIndexing' | 'interviews.list' | 'interviews.get' | 'search.query' | 'search.highlights'> {
  return {
    'archive.status': () => ws.status(),
    'archive.reindex': () => (ws.reindex(), { ok: true as const }),
    'archive.cancelIndexing': () => (ws.cancelIndexing(), { ok: true as const }),
    'interviews.list': () => ws.list(),
    'interviews.get': ({ id }) => {
      const { id: _id, path, format, title, interviewee, interviewer, date, place, language, words, text, passages, hash } = ws.interview(id);
      return { id, path, format, title, interviewee, interviewer, date, place, language, words, text, passages, hash };
    },
    'search.query': ({ query, limit, offset, filters }) => ws.search(query, { limit, offset, filters }),
    'search.highlights': ({ id, query }) => ws.highlights(id, query),
  };
}
