import type { Workspace } from '../workspace';
import type { Handlers } from './dispatch';
import type { Interview } from '../library/types';
import { entityId, type Entity } from '../xref/entities';
import { mergedTarget } from '../xref/decisions';
import { distinctiveWords, otherSingleNames, unlinkedMentions } from '../xref/unlinked';
import { notFound, UserError } from './errors';
import { preparedEntities } from './xrefEntities';

type DecisionCalls = 'entities.review' | 'entities.decide' | 'entities.merge' | 'entities.create';

/** The researcher's decisions about entities (kept in the durable xref store) and unlinked mentions. */
export function entityDecisionHandlers(ws: Workspace): Pick<Handlers, DecisionCalls> {
  const entities = () => preparedEntities(ws);
  const find = async (id: string): Promise<Entity> => {
    const all = await entities();
    const target = mergedTarget(id, ws.xref.store.decisions()) ?? id;
    const entity = all.find((e) => e.id === target);
    if (!entity) throw notFound('That person, place or organisation');
    return entity;
  };
  const changed = async (): Promise<{ ok: true }> => {
    await entities();
    ws.emit('entities.changed', {});
    return { ok: true };
  };
  const decide = (id: string, change: Parameters<typeof ws.xref.decide>[1]): void => {
    if (ws.xref.store.readOnly) throw new UserError('read-only', 'This archive is open read-only here: decisions cannot be saved.');
    ws.xref.decide(id, change);
  };
  return {
    'entities.review': async ({ id }) => {
      const entity = await find(id);
      const others = otherSingleNames(entity, ws.xref.entities());
      // Only interviews that contain one of the words can hold an unlinked mention: ask the index.
      const words = distinctiveWords(entity, others);
      const hits = words.length > 0 ? (await ws.search(words.join(' '), { limit: 200, offset: 0, filters: {} })).hits : [];
      const pool = [...new Set([...entity.mentions.map((m) => m.interviewId), ...hits.map((h) => h.id)])].map((i) => ws.interview(i));
      const title = new Map<string, string>(pool.map((i: Interview) => [i.id, i.title]));
      return {
        status: ws.xref.store.decisions().get(entity.id)?.status ?? 'open',
        unlinked: unlinkedMentions(entity, pool, others).map((u) => ({ ...u, interviewTitle: title.get(u.interviewId) ?? u.interviewId })),
      };
    },
    'entities.decide': async ({ id, name, kind, status, addAlias, removeAlias }) => {
      const entity = await find(id);
      const previous = ws.xref.store.decisions().get(entity.id)?.aliases ?? [];
      const aliases = [...previous, ...(addAlias ? [addAlias] : [])].filter((a) => a !== removeAlias);
      if (removeAlias && !previous.includes(removeAlias)) throw new UserError('invalid-input', 'Only aliases you added can be removed here; shipped ones live in testimony-aliases.json.');
      decide(entity.id, { ...(name ? { name } : {}), ...(kind ? { kind } : {}), ...(status ? { status } : {}), aliases });
      return changed();
    },
    'entities.merge': async ({ from, into }) => {
      const a = await find(from);
      const b = await find(into);
      if (a.id === b.id) throw new UserError('invalid-input', 'These are already one entity.');
      decide(a.id, { mergedInto: b.id });
      return changed();
    },
    'entities.create': async ({ name, kind, aliases }) => {
      const id = entityId(name);
      if ((await entities()).some((e) => e.id === id)) throw new UserError('invalid-input', `“${name}” is already listed.`);
      decide(id, { name, kind, aliases, status: 'confirmed' });
      await changed();
      return { id };
    },
  };
}
