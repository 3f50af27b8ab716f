import type { Workspace } from '../../workspace';
import type { ArchiveContent, QueryMatch } from './content';
import { groupClaims } from '../../xref/claims';
import type { LinkType } from '../model';

/** The most interviews a query section looks at (the search contract's own ceiling). */
const MAX_INTERVIEWS = 500;

/** An open workspace as the dossier builder's content: current anchors, ranked search, codebook. */
export function workspaceContent(ws: Workspace): ArchiveContent {
  return {
    interview: (id) => {
      try {
        return ws.interview(id);
      } catch {
        return undefined;
      }
    },
    interviewIds: () => ws.list().map((i) => i.id),
    annotations: (filter = {}) => ws.annotations.list(filter.codeId ? { codeId: filter.codeId } : {}),
    codes: () => ws.annotations.store.listCodes(),
    memos: () => ws.annotations.store.listMemos(),
    xref: {
      // The store spells link types with hyphens (same-event); the dossier prints them as words.
      linksFrom: (id) =>
        ws.xref.store.links(id).filter((l) => l.from === id).map((l) => ({ type: l.type.replace('-', ' ') as LinkType, targetAnnotationId: l.to, ...(l.note ? { note: l.note } : {}) })),
      entitiesIn: (interviewId, start, end) =>
        ws.xref.entities().filter((e) => e.mentions.some((m) => m.interviewId === interviewId && m.start < end && m.end > start)).map((e) => e.name),
      // Names the interviews' text writes: a participant known only from metadata or speaker turns is not indexed by text.
      names: () => ws.xref.entities().filter((e) => e.mentions.some((m) => !m.turn)).map((e) => ({ name: e.name, aliases: e.aliases })),
      claimGroups: () => groupClaims(ws.xref.claims.list()),
      mentionsOf: (entityId) => {
        const entity = ws.xref.entities().find((e) => e.id === entityId);
        return entity && { name: entity.name, mentions: entity.mentions };
      },
    },
    async search(query): Promise<QueryMatch[]> {
      const response = await ws.search(query, { limit: MAX_INTERVIEWS, offset: 0, filters: {} });
      const matches: QueryMatch[] = [];
      for (const hit of response.hits) matches.push({ interviewId: hit.id, spans: await ws.highlights(hit.id, query) });
      return matches;
    },
  };
}
