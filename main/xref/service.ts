import { contentKey, type Interview } from '../library/types';
import { mapInTurns } from '../library/mapInTurns';
import { AliasBook } from './aliases';
import { ClaimStore } from './claims';
import { buildEntities, buildEntitiesAsync, type Entity } from './entities';
import type { Candidate } from './extract';
import type { DurableOptions } from '../annotations/store/durable';
import { XrefStore } from './store/store';
import { existsSync } from 'node:fs';
import { cacheFile, cachedHashes, loadCandidates, rememberHashes, saveCandidates } from './candidateCache';
import { availableParallelism } from 'node:os';
import { findNamesInWorkers, namesInWorker, type NamesProgress } from './namesThread';

/** The extraction module loads compromise (over a second): hosts with the built worker never load it on their own thread. */
type Extractor = typeof import('./extract');
let extractor: Extractor | null = null;
const loadExtractor = async (): Promise<Extractor> => (extractor ??= await import('./extract'));

/** Interviews read between two yields to the event loop while names are found. */
const BATCH = 16;
/** New names judged in one call at most (~2 ms each): keeps each pause of the host short while the archive's names are new. */
const NAMES_PER_CALL = 48;
/** Interviews to read before a second worker pays for itself (each loads compromise: about a second of CPU). */
const PER_EXTRA_WORKER = 200;

/**
 * Cross-references of one open archive: its alias list (which also widens searches), the
 * entities found in its interviews (computed when first asked for, then only for interviews
 * whose text changed), and the claims researchers marked.
 */
export interface XrefOptions {
  /** The built names worker (out/main/namesWorker.js): names are then found off the host's thread. */
  workerFile?: string;
  onProgress?: (progress: NamesProgress) => void;
  /** Names are background work here (a long-lived host with a researcher at it): find them at low priority. */
  lowPriority?: boolean;
}

export class XrefService {
  /** Names per interview text hash: read from the name cache when first needed here. */
  private extractedCache: Map<string, Candidate[]> | null = null;
  private preparing: Promise<void> | null = null;
  private searchAliases: AliasBook | null = null;
  private cached: { key: string; entities: Entity[] } | null = null;
  private readonly stop = new AbortController();

  private constructor(readonly aliases: AliasBook, readonly claims: ClaimStore, readonly store: XrefStore, private readonly interviews: () => Interview[], private readonly dataDir: string, private readonly options: XrefOptions, private readonly aliasProblem?: string) {}

  static async open(archiveRoot: string, dataDir: string, interviews: () => Interview[], storeOptions?: DurableOptions, options: XrefOptions = {}): Promise<XrefService> {
    const [{ book, problem }, store] = await Promise.all([AliasBook.load(archiveRoot), XrefStore.open(dataDir, storeOptions)]);
    const claims = ClaimStore.over(store, dataDir);
    // Without the built worker (tests, sources) names are found on this thread: load the extractor now.
    if (!options.workerFile) await loadExtractor();
    return new XrefService(book, claims, store, interviews, dataDir, options, problem);
  }

  close(): Promise<void> {
    this.stop.abort();
    return this.store.close();
  }

  private get extracted(): Map<string, Candidate[]> {
    return (this.extractedCache ??= loadCandidates(this.dataDir));
  }

  problems(): { path: string; reason: string }[] {
    return [this.aliasProblem, this.claims.problem, ...this.store.problems].filter((p): p is string => !!p).map((reason) => ({ path: 'testimony-aliases.json / claims', reason }));
  }

  /** Other names of a word, for search: MEK → MKO, PMOI, مجاهدین. */
  expand = (word: string): string[] => (this.searchAliases ?? this.aliases).expand(word);

  /** Teammates' links, decisions and claims (team sync); entities are rebuilt with them on the next read. */
  applyShared(ops: Parameters<XrefStore['applyOperations']>[0]): void {
    this.store.applyOperations(ops);
    if (ops.length > 0) this.cached = null;
  }

  /** Records a decision about an entity; the entities are rebuilt with it on the next read. */
  decide(id: string, change: Parameters<XrefStore['decide']>[1]): void {
    this.store.decide(id, change);
    this.cached = null;
  }

  /**
   * Finds the names of interviews not read yet a few at a time, yielding between batches so the
   * host stays responsive, saves them to the cache, and builds the entities the same way. Call
   * before `entities()` wherever waiting is fine: `entities()` is then immediate.
   */
  prepare(): Promise<void> {
    this.preparing ??= this.prepareOnce().finally(() => {
      this.preparing = null;
    });
    return this.preparing;
  }

  private async prepareOnce(): Promise<void> {
    const list = this.interviews();
    const key = (await mapInTurns(list, contentKey)).join(',');
    if (this.cached?.key === key) return;
    const decisions = new Map(this.store.decisions());
    const found = await namesInWorker(this.options.workerFile, list, { dataDir: this.dataDir, aliases: this.aliases.entries, decisions, lowPriority: this.options.lowPriority }, this.options.onProgress, this.stop.signal);
    if (found) {
      // The worker kept the name cache on disk: read it again here only if this thread needs it.
      this.extractedCache = null;
      this.remember(key, found);
      return;
    }
    await this.prepareHere();
  }

  /** The same on this thread (no built worker), a few interviews at a time, yielding between batches. */
  private async prepareHere(): Promise<void> {
    const { extractBatch } = await loadExtractor();
    const unread = this.interviews().filter((i) => !this.extracted.has(i.hash));
    const read = unread.length;
    for (let from = 0; from < unread.length;) {
      const batch = unread.slice(from, from + BATCH);
      const found = extractBatch(batch, NAMES_PER_CALL);
      found.forEach((names, k) => this.extracted.set(batch[k]!.hash, names));
      from += found.length;
      this.options.onProgress?.({ done: from, total: read });
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (read > 0) {
      const current = new Set(this.interviews().map((i) => i.hash));
      for (const hash of this.extracted.keys()) if (!current.has(hash)) this.extracted.delete(hash);
      saveCandidates(this.dataDir, this.extracted);
    }
    const list = this.interviews();
    const key = list.map((i) => contentKey(i)).join(',');
    if (this.cached?.key !== key) {
      const byInterview = new Map(list.map((i) => [i.id, this.extracted.get(i.hash) ?? []]));
      this.remember(key, await buildEntitiesAsync(list, this.aliases, byInterview, this.store.decisions()));
    }
  }

  /**
   * Finds and caches the names of interviews new since last time (an index run), without
   * building the entities: a run where nothing changed costs one read of the name cache.
   */
  async findNames(): Promise<void> {
    const list = this.interviews();
    const known = this.knownHashes();
    const unread = list.filter((i) => !known.has(i.hash)).length;
    if (unread === 0) return;
    const job = { dataDir: this.dataDir, aliases: this.aliases.entries, decisions: new Map(this.store.decisions()) };
    const workers = Math.max(1, Math.min(availableParallelism(), 4, Math.ceil(unread / PER_EXTRA_WORKER)));
    if (await findNamesInWorkers(this.options.workerFile, list, job, workers, this.options.onProgress, this.stop.signal)) this.extractedCache = null;
    else await this.prepare();
  }

  /** The texts whose names are cached: from the cache's list of hashes when it has one, without parsing the names. */
  private knownHashes(): ReadonlySet<string> {
    // Names held in memory may not be saved yet: only a cache just read from disk is listed.
    const fromDisk = this.extractedCache === null;
    const listed = fromDisk ? cachedHashes(this.dataDir) : null;
    if (listed !== null) return listed;
    const known = new Set(this.extracted.keys());
    // A cache saved before the list existed: list it now, so the next run need not parse it.
    if (fromDisk && existsSync(cacheFile(this.dataDir))) rememberHashes(this.dataDir, known);
    return known;
  }

  entities(): Entity[] {
    const list = this.interviews();
    const key = list.map((i) => contentKey(i)).join(',');
    if (this.cached?.key === key) return this.cached.entities;
    const unread = list.filter((i) => !this.extracted.has(i.hash));
    // Where the extractor is not loaded (a host that finds names in its worker), names not found yet wait for `prepare`.
    extractor?.extractBatch(unread).forEach((found, k) => this.extracted.set(unread[k]!.hash, found));
    const byInterview = new Map(list.map((i) => [i.id, this.extracted.get(i.hash) ?? []]));
    return this.remember(key, buildEntities(list, this.aliases, byInterview, this.store.decisions()));
  }

  private remember(key: string, entities: Entity[]): Entity[] {
    this.cached = { key, entities };
    // Aliases the researcher added or joined by merging widen searches too.
    this.searchAliases = new AliasBook(entities.filter((e) => e.aliases.length > 0).map(({ name, kind, aliases }) => ({ name, kind, aliases })));
    return entities;
  }
}
