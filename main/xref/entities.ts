import type { Interview } from '../library/types';
import { passageAt } from '../search/snippets';
import type { AliasBook, EntityKind } from './aliases';
import type { Candidate } from './extract';
import { NameMatcher, nameKey } from './names';
import { applyDecisions } from './decisions';
import type { EntityDecision } from './store/ops';
import { nameStarts } from './runs';
import { joinCountries, joinInitials, joinSurnames } from './surnames';
import { localNames, participantTurns } from './coreference';
import { confidenceOf, isShown } from './confidence';
import { SURE } from './evidence';

export interface Mention {
  interviewId: string;
  start: number;
  end: number;
  passage: number | undefined;
  /** A turn the person speaks (or, with start = end = 0, an interview they take part in) where the text does not write their name. */
  turn?: true;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Where the names were found, in archive order. */
  mentions: Mention[];
  /** 0–1, see confidence.ts (absent until the entities are built). */
  confidence?: number;
}

const isShouted = (name: string): boolean => name.includes(' ') && name === name.toUpperCase() && name !== name.toLowerCase();

/** Below DEFAULT_MIN_CONFIDENCE: listed when the researcher lowers the threshold, not by default. */
const SCATTERED_ONE_WORD = 0.5;

/** "STURCHIO", "DOEL" (speaker labels typed in capitals, never met otherwise): too long for initials. */
const isShoutedWord = (name: string): boolean => name.replace(/[^\p{L}]/gu, '').length >= 4 && name === name.toUpperCase() && name !== name.toLowerCase();
const titleCased = (name: string): string => name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());

export const entityId = (name: string): string => nameKey(name).join('-').slice(0, 80) || 'entity';

/**
 * Entities of an archive: the alias list's, then every name extraction found (a name listed as
 * an alias joins its entity), each located in every interview by the same folding as search.
 */
export function buildEntities(interviews: readonly Interview[], book: AliasBook, candidates: ReadonlyMap<string, Candidate[]>, decisions: ReadonlyMap<string, EntityDecision> = new Map()): Entity[] {
  const steps = entitySteps(interviews, book, candidates, decisions);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, yielding to the event loop every `batch` interviews so a large archive never blocks the host. */
export async function buildEntitiesAsync(interviews: readonly Interview[], book: AliasBook, candidates: ReadonlyMap<string, Candidate[]>, decisions: ReadonlyMap<string, EntityDecision>, batch = 25): Promise<Entity[]> {
  const steps = entitySteps(interviews, book, candidates, decisions, batch);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Builds the entities, pausing (yield) after every `batch` interviews' names read and located. */
function* entitySteps(interviews: readonly Interview[], book: AliasBook, candidates: ReadonlyMap<string, Candidate[]>, decisions: ReadonlyMap<string, EntityDecision>, batch = Infinity): Generator<void, Entity[]> {
  const byId = new Map<string, Entity>();
  for (const entry of book.entries) byId.set(entityId(entry.name), { id: entityId(entry.name), name: entry.name, kind: entry.kind, aliases: entry.aliases, mentions: [] });
  const votes = new Map<string, Map<EntityKind, number>>();
  let read = 0;
  // The same names recur in every interview: each is looked up and folded once.
  const ids = new Map<string, { entry: ReturnType<AliasBook['entryOf']>; id: string }>();
  const idOf = (name: string) => {
    let known = ids.get(name);
    if (!known) {
      const entry = book.entryOf(name);
      ids.set(name, (known = { entry, id: entityId(entry?.name ?? name) }));
    }
    return known;
  };
  // The strongest evidence any interview gave for each entity (the alias list's are sure).
  const sureness = new Map<string, number>(book.entries.map((e) => [entityId(e.name), 1]));
  // Who takes part in some interview is a person wherever else the name is met: "Al Aho" read as
  // an Arabic place name ("Al …") in passing never outvotes the interview with Al Aho.
  const takingPart = new Set<string>();
  for (const found of candidates.values()) {
    if (++read % batch === 0) yield;
    for (const { name, kind, n = 1, sure = SURE.taggerOneWord, participant } of found) {
      const { entry, id } = idOf(name);
      if (participant && !entry) takingPart.add(id);
      const known = byId.get(id);
      if (!known) byId.set(id, { id, name, kind, aliases: [], mentions: [] });
      // "REZA TAVAKOLI:" (a speaker label) is shown as "Reza Tavakoli" once that spelling is met.
      else if (!entry && isShouted(known.name) && !isShouted(name)) known.name = name;
      sureness.set(id, Math.max(sureness.get(id) ?? 0, sure));
      // Evidence (a participant, a title, a gazetteer) outvotes a tagger's guesses on the kind.
      const weight = n * (sure >= SURE.words ? 4 : 1);
      if (!entry) votes.set(id, (votes.get(id) ?? new Map()).set(kind, (votes.get(id)?.get(kind) ?? 0) + weight));
    }
  }
  // A name tagged differently in different places takes the kind it was given most often.
  for (const [id, tally] of votes) {
    const entity = byId.get(id);
    const [best] = [...tally].sort((a, b) => b[1] - a[1]);
    if (entity && best) entity.kind = takingPart.has(id) ? 'person' : best[0];
  }
  const listed = new Set(book.entries.map((e) => entityId(e.name)));
  const keep = (id: string) => listed.has(id) || decisions.has(id);
  joinInitials(byId, keep, sureness);
  joinCountries(byId, keep);
  joinSurnames(byId, keep);
  for (const e of byId.values()) if (!keep(e.id) && e.kind === 'person' && isShoutedWord(e.name)) e.name = titleCased(e.name);
  applyDecisions(byId, decisions);
  const matcher = new NameMatcher();
  for (const entity of byId.values()) for (const name of [entity.name, ...entity.aliases]) matcher.add(entity.id, name);
  // Every name and alias an entity has now (after merges and decisions) → its id.
  const named = new Map<string, string>();
  for (const e of byId.values()) for (const n of [...e.aliases, e.name]) named.set(nameKey(n).join(' '), e.id);
  const idOfName = (name: string): string | undefined => named.get(nameKey(name).join(' '));
  let located = 0;
  for (const interview of interviews) {
    if (++located % batch === 0) yield;
    // "Doug" is Doug McIlroy in an interview that names only him so: its one-word names, resolved here.
    const local = localNames(candidates.get(interview.id) ?? [], idOfName, (id) => byId.get(id)?.kind);
    const found: Array<{ id: string; start: number }> = [];
    // Names start with a capital, or anywhere in Arabic script (no capitals): look only there.
    for (const match of matcher.find(interview.text, nameStarts(interview.text))) {
      const id = local.get(match.entityId) ?? match.entityId;
      const mention: Mention = { interviewId: interview.id, start: match.start, end: match.end, passage: passageAt(interview.passages, match.start) };
      byId.get(id)?.mentions.push(mention);
      found.push({ id, start: match.start });
    }
    const localId = (name: string): string | undefined => {
      const id = idOfName(name);
      return id && (local.get(id) ?? id);
    };
    for (const [id, mention] of participantTurns(interview, candidates.get(interview.id) ?? [], localId, found)) byId.get(id)?.mentions.push(mention);
  }
  const entities = [...byId.values()].filter((e) => e.mentions.length > 0);
  for (const e of entities) {
    const confirmed = decisions.get(e.id)?.status === 'confirmed';
    const sure = confirmed ? 1 : (sureness.get(e.id) ?? SURE.taggerOneWord);
    const interviewCount = interviewsNaming(e.mentions);
    e.confidence = confidenceOf(sure, e.mentions.length, interviewCount);
    // "John", "Joe", "Ken" in ten interviews are ten people, not one: a bare person name that
    // several interviews use and none of them has taking part stays below the list's default.
    if (!confirmed && !keep(e.id) && e.kind === 'person' && interviewCount >= 2 && !takingPart.has(e.id) && nameKey(e.name).length === 1) {
      e.confidence = Math.min(e.confidence, SCATTERED_ONE_WORD);
    }
  }
  // The confident ones first (researchers judge the list by its first page), each part by mentions.
  return entities.sort((a, b) => Number(isShown(b)) - Number(isShown(a)) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: number;
  interviews: number;
  confidence: number;
}

/** Interviews an entity is named in: its mentions come an interview at a time, so the set sees each interview about once. */
function interviewsNaming(mentions: readonly Mention[]): number {
  const seen = new Set<string>();
  let last: string | undefined;
  for (const m of mentions) if (m.interviewId !== last) seen.add((last = m.interviewId));
  return seen.size;
}

export function summarise(entity: Entity): EntitySummary {
  const { id, name, kind, aliases, mentions, confidence = 1 } = entity;
  return { id, name, kind, aliases, mentions: mentions.length, interviews: interviewsNaming(mentions), confidence };
}

const summaries = new WeakMap<readonly Entity[], EntitySummary[]>();
/** The summaries of one built list of entities, made once: the Entities view, the graph and the dossier form all ask for them. */
export function summariesOf(entities: readonly Entity[]): EntitySummary[] {
  let known = summaries.get(entities);
  if (!known) summaries.set(entities, (known = entities.map(summarise)));
  return known;
}

/** Entities named in the same passages as this one, most often first. */
export function coOccurring(entity: Entity, all: readonly Entity[], limit = 20): Array<{ id: string; name: string; count: number }> {
  // interview → passages, so the scan over every other entity's mentions makes no strings.
  const places = new Map<string, Set<number | undefined>>();
  for (const m of entity.mentions) {
    const set = places.get(m.interviewId) ?? new Set();
    set.add(m.passage);
    places.set(m.interviewId, set);
  }
  const shared = (other: Entity): number => {
    let n = 0;
    for (const m of other.mentions) if (places.get(m.interviewId)?.has(m.passage)) n++;
    return n;
  };
  return all
    .filter((other) => other.id !== entity.id)
    .map((other) => ({ id: other.id, name: other.name, count: shared(other) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
