/**
 * The archive's built entities, saved in `<data>/cache/xref/entities.json` under a digest of
 * everything they are built from (each interview's id and text hash, in order, the alias list,
 * the researchers' decisions), so a warm start does not locate every name in every text again.
 * A cache: a missing, damaged or stale file only costs the rebuild.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileDurably } from '../annotations/store/snapshot';
import type { InterviewRecord } from '../library/textStore';
import type { AliasEntry } from './aliases';
import type { Entity, Mention } from './entities';
import type { EntityDecision } from './store/ops';

/** Bump when building entities changes what it returns for the same inputs. */
const VERSION = 1;
/** Numbers per mention in the saved form: interview, start, end, passage (-1: none), turn (0/1). */
const STRIDE = 5;

interface SavedEntity extends Omit<Entity, 'mentions'> {
  /** The mentions, flattened STRIDE numbers each: JSON of objects was ten times the size. */
  m: number[];
}

interface Saved {
  version: number;
  digest: string;
  interviews: string[];
  entities: SavedEntity[];
}

const fileOf = (dataDir: string): string => join(dataDir, 'cache', 'xref', 'entities.json');

/** What the entities depend on; `candidatesVersion` changes whenever the names found would. */
export function entityDigest(records: readonly Pick<InterviewRecord, 'id' | 'hash'>[], aliases: readonly AliasEntry[], decisions: ReadonlyMap<string, EntityDecision>, candidatesVersion: number): string {
  const hash = createHash('sha256');
  hash.update(`${VERSION}:${candidatesVersion}\n`);
  for (const r of records) hash.update(`${r.id}\u0000${r.hash}\n`);
  hash.update(JSON.stringify(aliases));
  hash.update(JSON.stringify([...decisions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return hash.digest('hex');
}

function flatten(entity: Entity, indexOf: Map<string, number>, interviews: string[]): SavedEntity {
  const { mentions, ...rest } = entity;
  const m: number[] = [];
  for (const x of mentions) {
    let at = indexOf.get(x.interviewId);
    if (at === undefined) indexOf.set(x.interviewId, (at = interviews.push(x.interviewId) - 1));
    m.push(at, x.start, x.end, x.passage ?? -1, x.turn ? 1 : 0);
  }
  return { ...rest, m };
}

function unflatten(saved: SavedEntity, interviews: readonly string[]): Entity {
  const { m, ...rest } = saved;
  const mentions: Mention[] = [];
  for (let i = 0; i + STRIDE <= m.length; i += STRIDE) {
    const mention: Mention = { interviewId: interviews[m[i]!]!, start: m[i + 1]!, end: m[i + 2]!, passage: m[i + 3]! < 0 ? undefined : m[i + 3]! };
    if (m[i + 4] === 1) mention.turn = true;
    mentions.push(mention);
  }
  return { ...rest, mentions };
}

/** The saved entities when they were built from exactly these inputs, else null. */
export function loadEntities(dataDir: string, digest: string): Entity[] | null {
  try {
    const saved = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as Partial<Saved>;
    if (saved.version !== VERSION || saved.digest !== digest || !Array.isArray(saved.entities) || !Array.isArray(saved.interviews)) return null;
    const interviews = saved.interviews;
    return saved.entities.map((e) => unflatten(e, interviews));
  } catch {
    return null;
  }
}

export function saveEntities(dataDir: string, digest: string, entities: readonly Entity[]): void {
  const interviews: string[] = [];
  const indexOf = new Map<string, number>();
  const flat = entities.map((e) => flatten(e, indexOf, interviews));
  try {
    mkdirSync(join(dataDir, 'cache', 'xref'), { recursive: true });
    writeFileDurably(fileOf(dataDir), JSON.stringify({ version: VERSION, digest, interviews, entities: flat } satisfies Saved));
  } catch {
    // A read-only data folder: the entities are built again next time.
  }
}
