import type { Interview } from '../library/types';
import { passageAt } from '../search/snippets';
import type { AliasBook, EntityKind } from './aliases';
import type { Candidate } from './extract';
import { NameMatcher, nameKey } from './names';
import { applyDecisions } from './decisions';
import type { EntityDecision } from './store/ops';
import { capitalStarts, hasArabicScript } from './runs';

export interface Mention {
  interviewId: string;
  start: number;
  end: number;
  passage: number | undefined;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Where the names were found, in archive order. */
  mentions: Mention[];
}

export const entityId = (name: string): string => nameKey(name).join('-').slice(0, 80) || 'entity';

/**
 * Entities of an archive: the alias list's, then every name extraction found (a name listed as
 * an alias joins its entity), each located in every interview by the same folding as search.
 */
export function buildEntities(interviews: readonly Interview[], book: AliasBook, candidates: ReadonlyMap<string, Candidate[]>, decisions: ReadonlyMap<string, EntityDecision> = new Map()): Entity[] {
  const byId = new Map<string, Entity>();
  for (const entry of book.entries) byId.set(entityId(entry.name), { id: entityId(entry.name), name: entry.name, kind: entry.kind, aliases: entry.aliases, mentions: [] });
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const found of candidates.values()) {
    for (const { name, kind } of found) {
      const entry = book.entryOf(name);
      const id = entityId(entry?.name ?? name);
      if (!byId.has(id)) byId.set(id, { id, name, kind, aliases: [], mentions: [] });
      if (!entry) votes.set(id, (votes.get(id) ?? new Map()).set(kind, (votes.get(id)?.get(kind) ?? 0) + 1));
    }
  }
  // A name tagged differently in different places takes the kind it was given most often.
  for (const [id, tally] of votes) {
    const entity = byId.get(id);
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    if (entity && best) entity.kind = best[0];
  }
  applyDecisions(byId, decisions);
  const matcher = new NameMatcher();
  for (const entity of byId.values()) for (const name of [entity.name, ...entity.aliases]) matcher.add(entity.id, name);
  for (const interview of interviews) {
    // Latin-script names start with a capital: look only there. Persian has no capitals: read every word.
    const starts = hasArabicScript(interview.text) ? undefined : capitalStarts(interview.text);
    for (const match of matcher.find(interview.text, starts)) {
      byId.get(match.entityId)?.mentions.push({ interviewId: interview.id, start: match.start, end: match.end, passage: passageAt(interview.passages, match.start) });
    }
  }
  return [...byId.values()].filter((e) => e.mentions.length > 0).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  interviews: number;
}

export function summarise(entity: Entity): EntitySummary {
  const { id, name, kind, aliases, mentions } = entity;
  return { id, name, kind, aliases, mentions: mentions.length, interviews: new Set(mentions.map((m) => m.interviewId)).size };
}

/** Entities named in the same passages as this one, most often first. */
export function coOccurring(entity: Entity, all: readonly Entity[], limit = 20): Array<{ id: string; name: string; count: number }> {
  const places = new Set(entity.mentions.map((m) => `${m.interviewId}#${m.passage}`));
  return all
    .filter((other) => other.id !== entity.id)
    .map((other) => ({ id: other.id, name: other.name, count: other.mentions.filter((m) => places.has(`${m.interviewId}#${m.passage}`)).length }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
