/**
 * The researcher's decisions applied to the entities extraction found: a new name (the old one
 * stays an alias, since the text still says it), another kind, added aliases, "not a name"
 * (rejected), "the same as" (merged: the names join the other entity, so its mentions do too),
 * and entities the researcher created. Applied before names are located, on every rebuild, so
 * the decisions outlive re-indexing.
 */
import type { Entity } from './entities';
import type { EntityDecision } from './store/ops';

const unique = (names: string[], except: string): string[] => [...new Set(names)].filter((n) => n !== except);

/** Where an entity ended up after merges (itself when not merged); undefined for a merge cycle. */
export function mergedTarget(id: string, decisions: ReadonlyMap<string, EntityDecision>): string | undefined {
  const seen = new Set<string>();
  let current = id;
  while (decisions.get(current)?.mergedInto !== undefined) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    current = decisions.get(current)!.mergedInto!;
  }
  return current;
}

export function applyDecisions(byId: Map<string, Entity>, decisions: ReadonlyMap<string, EntityDecision>): void {
  for (const d of decisions.values()) {
    let entity = byId.get(d.id);
    if (!entity && d.name && d.kind && d.status !== 'rejected' && d.mergedInto === undefined) {
      entity = { id: d.id, name: d.name, kind: d.kind, aliases: [], mentions: [] };
      byId.set(d.id, entity);
    }
    if (!entity) continue;
    const aliases = [...entity.aliases, ...d.aliases];
    if (d.name && d.name !== entity.name) {
      aliases.push(entity.name);
      entity.name = d.name;
    }
    if (d.kind) entity.kind = d.kind;
    entity.aliases = unique(aliases, entity.name);
  }
  for (const d of decisions.values()) {
    if (d.mergedInto === undefined) continue;
    const from = byId.get(d.id);
    const targetId = mergedTarget(d.id, decisions);
    const into = targetId === undefined ? undefined : byId.get(targetId);
    if (!from || !into || into === from) continue;
    into.aliases = unique([...into.aliases, from.name, ...from.aliases], into.name);
    byId.delete(d.id);
  }
  for (const d of decisions.values()) if (d.status === 'rejected') byId.delete(d.id);
}
