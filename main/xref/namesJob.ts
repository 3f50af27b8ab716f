/**
 * Finding the archive's names and building its entities, as one job a worker thread runs: it
 * reads the texts itself from the catalog's text store, keeps the name cache, and hands the
 * entities back in small slices the host asks for one at a time, so the host's event loop never
 * parses more than a slice at once (and never loads compromise).
 */
import type { InterviewRecord } from '../library/textStore';
import { TextStore } from '../library/textStore';
import { AliasBook, type AliasEntry } from './aliases';
import { CANDIDATES_VERSION, loadCandidates, removeShares, saveCandidates, saveShare, takeShares } from './candidateCache';
import { entityDigest, loadEntities, saveEntities } from './entityCache';
import { buildEntities, type Entity } from './entities';
import { extractBatch } from './extract';
import type { EntityDecision } from './store/ops';

export interface NamesJob {
  dataDir: string;
  textsDir: string;
  records: InterviewRecord[];
  aliases: AliasEntry[];
  decisions: Map<string, EntityDecision>;
  /** Only find and cache the names (an index run): the entities are built when first asked for. */
  namesOnly?: boolean;
  /** Background work in a host a researcher is using: the worker runs at low priority. */
  lowPriority?: boolean;
  /** Mentions per slice of entities handed back (default MENTIONS_PER_MESSAGE). */
  sliceMentions?: number;
  /**
   * This worker's share of the interviews whose names are not cached (a `namesOnly` run split
   * over the cores): every `of`-th one from `index`. Their names are saved in a share file of
   * their own, which the next run without a share merges into the cache (see findNamesInWorkers).
   */
  share?: { index: number; of: number };
}

/**
 * What the host sends a names worker after starting it: the job's records, a share at a time,
 * then the end of them; to a share's worker once it is done, `merge` runs the job again without
 * the share (merging every share into the cache).
 */
export type NamesRecords = { kind: 'records'; records: InterviewRecord[] } | { kind: 'records-end' } | { kind: 'merge' };

export type NamesReply =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'entities'; entities: Entity[] }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/** Interviews read between two progress messages. */
const BATCH = 16;
/**
 * Characters of text the worker keeps read: a batch's texts (each is read again for its
 * candidates), not 64 MB as the host once kept, which kept texts alive through every collection and
 * promoted them to the old space for nothing.
 */
const TEXT_CACHE_CHARS = 4 * 1024 * 1024;
/** Mentions per message: each message is parsed on the host's thread in one go. */
const MENTIONS_PER_MESSAGE = 4_000;

/** Finds the names (reporting progress) and returns the entities in slices of about MENTIONS_PER_MESSAGE mentions (none for `namesOnly`). */
export function runNamesJob(job: NamesJob, send: (reply: NamesReply) => void): Entity[][] {
  // A warm start: the entities built last time from the same texts, aliases and decisions.
  const digest = job.namesOnly ? '' : entityDigest(job.records, job.aliases, job.decisions, CANDIDATES_VERSION);
  const saved = job.namesOnly ? null : loadEntities(job.dataDir, digest);
  if (saved) return inSlices(saved, job.sliceMentions);
  const store = new TextStore(job.textsDir, TEXT_CACHE_CHARS);
  const interviews = job.records.map((r) => store.lazy(r));
  const extracted = loadCandidates(job.dataDir);
  const { share } = job;
  const shares = share ? [] : takeShares(job.dataDir, extracted);
  const unread = interviews.filter((i) => !extracted.has(i.hash)).filter((_, k) => !share || k % share.of === share.index);
  for (let from = 0; from < unread.length; from += BATCH) {
    const batch = unread.slice(from, from + BATCH);
    extractBatch(batch).forEach((names, k) => extracted.set(batch[k]!.hash, names));
    send({ kind: 'progress', done: Math.min(unread.length, from + BATCH), total: unread.length });
  }
  if (share) {
    saveShare(job.dataDir, share.index, new Map(unread.map((i) => [i.hash, extracted.get(i.hash) ?? []])));
    return [];
  }
  if (unread.length > 0 || shares.length > 0) {
    const current = new Set(interviews.map((i) => i.hash));
    for (const hash of extracted.keys()) if (!current.has(hash)) extracted.delete(hash);
    saveCandidates(job.dataDir, extracted);
    removeShares(shares);
  }
  if (job.namesOnly) return [];
  const byInterview = new Map(interviews.map((i) => [i.id, extracted.get(i.hash) ?? []]));
  const entities = buildEntities(interviews, new AliasBook(job.aliases), byInterview, job.decisions);
  saveEntities(job.dataDir, digest, entities);
  return inSlices(entities, job.sliceMentions);
}

/** The entities in slices of about `sliceMentions` mentions: each slice is one message the host parses. */
function inSlices(entities: readonly Entity[], sliceMentions = MENTIONS_PER_MESSAGE): Entity[][] {
  const slices: Entity[][] = [];
  let slice: Entity[] = [];
  let mentions = 0;
  for (const entity of entities) {
    slice.push(entity);
    mentions += entity.mentions.length + 1;
    if (mentions >= sliceMentions) {
      slices.push(slice);
      slice = [];
      mentions = 0;
    }
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}
