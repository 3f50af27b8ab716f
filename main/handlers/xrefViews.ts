import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { xrefViewCalls } from '../../preload/contract/xrefViews';
import type { AnnotationView } from '../../preload/contract/annotations';
import type { Link } from '../xref/store/ops';
import { codeCellPassages, codeMatrix, entityCellPassages, entityMatrix, type PassageRef } from '../xref/matrix';
import { entityGraph } from '../xref/graph';
import { isShown } from '../xref/confidence';
import { relatedInterviews } from '../xref/related';
import { timeline } from '../xref/timeline';
import { notFound, UserError } from './errors';
import { entityDecisionHandlers } from './xrefDecisions';
import { preparedEntities } from './xrefEntities';

const byCoder = (creator: string | undefined) => (creator ? { creator } : {});

/** Links between annotations and the cross-referencing views (related, matrix, timeline, graph). */
export function xrefViewHandlers(ws: Workspace): Pick<Handlers, keyof typeof xrefViewCalls> {
  const title = (id: string): string => {
    try {
      return ws.interview(id).title;
    } catch {
      return id;
    }
  };
  const annotationsById = (): Map<string, AnnotationView> => new Map(ws.annotations.list({}).map((a) => [a.id, a]));
  const mustExist = (byId: Map<string, AnnotationView>, id: string): void => {
    if (!byId.has(id)) throw notFound('That annotation');
  };
  const view = (link: Link, seenFrom: string, byId = annotationsById()) => {
    const direction = link.from === seenFrom ? ('out' as const) : ('in' as const);
    const other = byId.get(direction === 'out' ? link.to : link.from);
    const { id, from, to, type, note, created } = link;
    return {
      id, from, to, type, created, direction, ...(note ? { note } : {}),
      other: other
        ? { id: other.id, interviewId: other.interviewId, interviewTitle: title(other.interviewId), quote: other.quote, ...(other.note ? { note: other.note } : {}), ...(other.start !== undefined ? { start: other.start, end: other.end } : {}) }
        : { id: direction === 'out' ? to : from, interviewId: 'unknown', interviewTitle: 'A deleted annotation', quote: '', deleted: true },
    };
  };
  const changed = (link: Link): void => ws.emit('links.changed', { annotationIds: [link.from, link.to] });
  const storeCall = <T>(run: () => T): T => {
    try {
      return run();
    } catch (error) {
      if (error instanceof RangeError) throw new UserError('invalid-input', error.message);
      throw error;
    }
  };
  const parentOf = () => {
    const parents = new Map(ws.annotations.store.listCodes().map((c) => [c.id, c.parentId]));
    return (id: string) => parents.get(id);
  };
  const cite = (refs: PassageRef[]) => refs.map((r) => ({ ...r, interviewTitle: title(r.interviewId), text: ws.interview(r.interviewId).text.slice(r.start, r.end).slice(0, 600) }));
  const entities = () => preparedEntities(ws);
  return {
    ...entityDecisionHandlers(ws),
    'links.list': ({ annotationId }) => {
      const byId = annotationsById();
      return ws.xref.store.links(annotationId).map((l) => view(l, annotationId ?? l.from, byId));
    },
    'links.add': (input) => {
      const byId = annotationsById();
      mustExist(byId, input.from);
      mustExist(byId, input.to);
      const link = storeCall(() => ws.xref.store.addLink(input));
      changed(link);
      return view(link, link.from, byId);
    },
    'links.update': ({ id, ...patch }) => {
      const link = storeCall(() => ws.xref.store.updateLink(id, patch));
      changed(link);
      return view(link, link.from);
    },
    'links.delete': ({ id }) => {
      const link = ws.xref.store.getLink(id);
      if (!link) throw notFound('That link');
      ws.xref.store.deleteLink(id);
      changed(link);
      return { ok: true as const };
    },
    'xref.related': async ({ id }) => {
      const all = await entities();
      const search = async (query: string) => (await ws.search(query, { limit: 50, offset: 0, filters: {} })).hits;
      return relatedInterviews(ws.interview(id), ws.list().map((s) => ws.interview(s.id)), all, search);
    },
    'xref.matrix': async ({ kind, rollUp, creator }) => {
      if (kind === 'entities') return { kind, ...entityMatrix(await entities()) };
      await ws.ready;
      const store = ws.annotations.store;
      const codes = store.listCodes().map((c) => ({ id: c.id, label: store.codePath(c.id) })).sort((a, b) => a.label.localeCompare(b.label));
      return { kind, ...codeMatrix(codes, ws.list().map((i) => ({ id: i.id, label: i.title })), ws.annotations.list(byCoder(creator)), rollUp ? parentOf() : undefined) };
    },
    'xref.cell': async ({ kind, row, col, rollUp, creator }) => {
      if (kind === 'codes') return cite(codeCellPassages(row, col, ws.annotations.list(byCoder(creator)), rollUp ? parentOf() : undefined));
      const all = await entities();
      const a = all.find((e) => e.id === row);
      const b = all.find((e) => e.id === col);
      if (!a || !b) throw notFound('That person, place or organisation');
      return cite(entityCellPassages(a, b, (id) => ws.interview(id)));
    },
    'xref.timeline': async ({ mentions }) => {
      await ws.ready;
      const interviews = ws.list().map((s) => ws.interview(s.id));
      return timeline(interviews, ws.xref.claims.list(), { mentions }).map((e) => ({ ...e, interviewTitle: title(e.interviewId) }));
    },
    'xref.graph': async ({ interviewId, limit, center, minWeight }) => {
      // The names the list shows: a tagger's one-off guesses would crowd the drawing.
      const all = (await entities()).filter((e) => isShown(e));
      const annotations = new Map(ws.annotations.list({}).map((a) => [a.id, a]));
      return entityGraph(all, { ...(interviewId ? { interviewId } : {}), ...(center ? { center } : {}), limit, minWeight, links: ws.xref.store.links(), annotation: (id) => annotations.get(id) });
    },
  };
}
