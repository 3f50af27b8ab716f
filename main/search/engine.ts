/**
 * The search engine of one archive: builds, saves, loads and updates the sharded index, and
 * answers queries. `search` never throws for anything a researcher can type.
 */
import { contentKey, type Interview } from '../library/types';
import { ArchiveIndex } from './archiveIndex';
import { type PoolOptions, buildShards } from './buildPool';
import { FIELDS } from './fields';
import { type CachedShard, decodeCachedShard, readCache, readPairs, writeCache } from './persist';
import { expanderOf, hitPlan, hitSpans } from './hits';
import { type SearchFilters, activeFilters } from './filters';
import { type QueryErrorCode, parseQuery } from './query';
import { type Suggestion, suggest } from './suggest';
import { WARM_PAIRS, type WarmReport, runWarmUp, warmQueries } from './queryWarmUp';
import { type SearchHit, type SearchOptions, runQuery } from './search';
import type { ShardData } from './shard';
import type { Span } from './spans';

export type { SearchHit, SearchOptions } from './search';
export type { SearchFilters } from './filters';
export type { Suggestion } from './suggest';
export type { Snippet } from './snippets';
export type { Span } from './spans';

export interface SearchResult {
  ok: true;
  hits: SearchHit[];
  /** Number of matching interviews (an estimate when `totalIsExact` is false: see phrases). */
  total: number;
  totalIsExact: boolean;
  /** What was searched differently from what was typed, and why. */
  notices: string[];
  /** The query with its unknown words replaced by the archive's closest ones. */
  suggestion?: Suggestion;
  /** When filters left nothing: how many interviews match without them, and with each one alone. */
  filtered?: FilterCounts;
}

export interface FilterCounts {
  unfiltered: number;
  each: { filter: SearchFilters; total: number }[];
}

/** A query with nothing to search for: `error` is a sentence to show the researcher. */
export interface SearchFailure {
  ok: false;
  code: QueryErrorCode | 'internal';
  error: string;
}

export type SearchResponse = SearchResult | SearchFailure;

export interface EngineOptions {
  /** Worker threads for building; defaults to the number of cores (at most 4). */
  workers?: number;
  /** The built worker file (out/main/shardWorker.js); null builds in this thread. */
  workerPath?: string | null;
  /** Aliases of a word, searched with it (cross-references: "MEK" → ["MKO"]). */
  expand?: (word: string) => string[];
  /**
   * A one-off command (the CLI), which has no later query to warm for and may never search: no
   * warm-up, the saved filters leave memory after a save, and a saved index with nothing to
   * update is decoded when a query first needs it, not on load.
   */
  oneOff?: boolean;
  /**
   * When to start that (a host: after its first answer, which the warming must not delay); at
   * once by default. A host, one that passes this, also warms each kind of query (queryWarmUp.ts).
   */
  warmAfter?: () => Promise<void>;
  /** Told what the query warm-up did. */
  onQueriesWarmed?: (report: WarmReport) => void;
}

export interface BuildOptions extends EngineOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

/** About 250 interviews per shard: one changed file rebuilds one shard in about a second. */
export const SHARD_TARGET = 250;

/** FNV-1a: a stable shard for an id, whatever the order of the archive. */
export function shardOf(id: string, shardCount: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shardCount;
}

const shardCountFor = (interviews: number): number => Math.max(1, Math.ceil(interviews / SHARD_TARGET));

export class SearchEngine {
  private readonly byId = new Map<string, Interview>();
  /**
   * Each shard's interviews by document number, made on first use: a query looks up thousands
   * (a phrase of two common words, all 11,000 candidates at 20,000 interviews), and a Map look-up
   * by id cost about 1 us each there, against 0.05 us from an array. Made again when `byId` changes.
   */
  private tables = new WeakMap<ShardData, (Interview | undefined)[]>();
  private readonly interviewAt = (shard: number, doc: number): Interview | undefined => {
    const data = this.index.shards.get(shard);
    if (data === undefined) return undefined;
    let table = this.tables.get(data);
    if (table === undefined) this.tables.set(data, (table = data.ids.map((id) => this.byId.get(id))));
    return table[doc];
  };
  private readonly dirty = new Set<number>();
  private savedTo: string | null = null;
  /** Checksums of the shard files in `savedTo`. */
  private checksums = new Map<number, number>();

  private constructor(
    private readonly index: ArchiveIndex,
    private shardCount: number,
    interviews: Interview[],
    private readonly opts: EngineOptions,
  ) {
    for (const i of interviews) this.byId.set(i.id, i);
  }

  /** Indexes every interview, in worker threads when a built worker file is available. */
  static async build(interviews: Interview[], opts: BuildOptions = {}): Promise<SearchEngine> {
    const shardCount = shardCountFor(interviews.length);
    const engine = new SearchEngine(new ArchiveIndex(), shardCount, interviews, opts);
    const all = new Set(Array.from({ length: shardCount }, (_v, i) => i));
    let done = 0;
    await engine.rebuild(all, { ...opts, onDocs: (n) => opts.onProgress?.((done += n), interviews.length) });
    return engine;
  }

  /**
   * The saved index in `dir`, brought up to date with `interviews` (changed, added and removed
   * interviews are re-indexed, shard by shard); null when there is no usable cache.
   */
  static async load(dir: string, interviews: Interview[], opts: EngineOptions = {}): Promise<SearchEngine | null> {
    const cache = await readCache(dir);
    if (cache === null) return null;
    const engine = new SearchEngine(new ArchiveIndex(), cache.shardCount, interviews, opts);
    engine.savedTo = dir;
    engine.checksums = cache.checksums;
    engine.readPairsFrom(dir);
    engine.unopened = cache.shards;
    const indexed = new Map<string, string>();
    for (const { docs } of cache.shards.values()) docs.ids.forEach((id, d) => indexed.set(id, docs.hashes[d] ?? ''));
    const changed = interviews.filter((i) => indexed.get(i.id) !== contentKey(i));
    const removed = [...indexed.keys()].filter((id) => !engine.byId.has(id));
    if (changed.length > 0 || removed.length > 0) {
      await engine.openInTurns(opts.oneOff !== true);
      await engine.update(changed, removed);
      // Keep the refreshed shards for next time; the cache is disposable, so a failed write is not an error.
      await engine.save(dir).catch(() => undefined);
    } else if (opts.oneOff !== true) {
      await engine.openInTurns(true);
    }
    engine.warm();
    return engine;
  }

  /** Shard files read and checked but not yet decoded (see `oneOff`). */
  private unopened: Map<number, CachedShard> | null = null;

  /** Whether every shard is decoded (false only for a one-off load that has not searched yet). */
  get opened(): boolean {
    return this.unopened === null;
  }

  /**
   * Decodes the saved shards one at a time (10-20 ms each), so a host opening a big archive still
   * answers its pages in between. A host also splits each vocabulary into strings here, which its
   * warm-up needs whole: left until after the first answer, the garbage of 3 million strings at
   * 20,000 interviews paused the host's pages for 50-130 ms; a shard a turn here, it does not.
   */
  private async openInTurns(split: boolean): Promise<void> {
    for (const [no, cached] of this.unopened ?? []) {
      const data = decodeCachedShard(cached);
      if (split) void data.terms;
      this.index.addShard(no, data);
      this.unopened?.delete(no);
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.unopened = null;
  }

  /** Decodes what is still saved only, at once: the query asking cannot wait for turns. */
  private open(): ArchiveIndex {
    if (this.unopened !== null) {
      for (const [no, cached] of this.unopened) this.index.addShard(no, decodeCachedShard(cached));
      // Cleared, so shards being opened in turns meanwhile are not decoded twice.
      this.unopened.clear();
      this.unopened = null;
    }
    return this.index;
  }

  /** Writes the index to `dir` (only the shards changed since the last save to the same folder). */
  async save(dir: string): Promise<void> {
    this.open();
    if (this.savedTo !== dir) this.checksums = new Map();
    const only = this.savedTo === dir ? this.dirty : null;
    const averages = FIELDS.map((_f, i) => this.index.averageLength(i));
    await writeCache(dir, this.shardCount, this.index.shards, only, averages, this.checksums);
    this.savedTo = dir;
    this.dirty.clear();
    // A one-off command (the CLI's index) lets the saved filters leave memory until a phrase asks
    // for them (about 125 MB at 50,000 interviews); a host that warms up would read them back.
    if (this.opts.oneOff === true) for (const data of this.index.shards.values()) data.pairs = null;
    this.readPairsFrom(dir);
  }

  private readPairsFrom(dir: string): void {
    this.index.pairSource = (no, data) => readPairs(dir, no, this.checksums.get(no), data.ids.length);
  }

  /**
   * Re-indexes the shards that hold changed, new or removed interviews. When the archive has
   * grown so much that shards are twice their target size, every shard is rebuilt at the new count.
   */
  async update(changed: Interview[], removedIds: string[]): Promise<void> {
    this.open();
    this.tables = new WeakMap();
    const affected = new Set<number>();
    for (const i of changed) {
      this.byId.set(i.id, i);
      affected.add(shardOf(i.id, this.shardCount));
    }
    for (const id of removedIds) {
      this.byId.delete(id);
      affected.add(shardOf(id, this.shardCount));
    }
    const wanted = shardCountFor(this.byId.size);
    if (wanted > 2 * this.shardCount) {
      for (let no = 0; no < this.shardCount; no++) this.index.removeShard(no);
      this.shardCount = wanted;
      this.savedTo = null;
      await this.rebuild(new Set(Array.from({ length: wanted }, (_v, i) => i)), this.opts);
    } else if (affected.size > 0) {
      await this.rebuild(affected, this.opts);
    }
  }

  get documentCount(): number {
    return this.open().documentCount;
  }

  /** Number of shards (files in the saved index). */
  get shards(): number {
    return this.shardCount;
  }

  search(query: string, opts: SearchOptions = {}): SearchResponse {
    try {
      const expand = opts.expand ?? this.opts.expand;
      const parsed = parseQuery(String(query), { expand });
      if (!parsed.ok) return parsed;
      const limit = clamp(opts.limit ?? 20, 0, 1000);
      const offset = clamp(opts.offset ?? 0, 0, Number.MAX_SAFE_INTEGER);
      const index = this.open();
      const page = runQuery(index, this.interviewAt, parsed, { ...opts, offset, limit });
      const result: SearchResult = { ok: true, ...page };
      const suggestion = suggest(index, String(query), parsed.clauses, expand);
      if (suggestion !== null) result.suggestion = suggestion;
      const active = activeFilters(opts.filters);
      if (page.total === 0 && active.length > 0) {
        // Only on an empty answer: one more count per filter says which one left everything out.
        const count = (filters?: SearchFilters): number => runQuery(index, this.interviewAt, parsed, { offset: 0, limit: 0, filters }).total;
        result.filtered = { unfiltered: count(), each: active.map((filter) => ({ filter, total: count(filter) })) };
      }
      return result;
    } catch (err) {
      // Only a bug gets here; the researcher still gets a sentence, not a stack trace.
      return { ok: false, code: 'internal', error: `The search could not run (${err instanceof Error ? err.message : String(err)}).` };
    }
  }

  /** Every span of the interview's text the query matches, for the reader to jump between. */
  highlights(interviewId: string, query: string, opts: Pick<SearchOptions, 'expand'> = {}): Span[] {
    const interview = this.byId.get(interviewId);
    if (interview === undefined) return [];
    const parsed = parseQuery(String(query), { expand: opts.expand ?? this.opts.expand });
    if (!parsed.ok) return [];
    return hitSpans(interview.text, hitPlan(parsed.clauses, expanderOf(this.open())));
  }

  private async rebuild(shards: Set<number>, opts: PoolOptions): Promise<void> {
    const inputs = new Map<number, Interview[]>();
    for (const no of shards) inputs.set(no, []);
    for (const i of this.byId.values()) inputs.get(shardOf(i.id, this.shardCount))?.push(i);
    const built = await buildShards(inputs, { workers: this.opts.workers, workerPath: this.opts.workerPath, ...opts });
    for (const [no, data] of built) {
      this.index.addShard(no, data);
      this.dirty.add(no);
    }
    this.warm();
  }

  private warm(): void {
    if (this.opts.oneOff === true) return;
    const warm = (): void => {
      this.index.warmUp();
      this.index.warmPairs();
      // Each shard's table of interviews, made now rather than by the first query that meets it.
      for (const no of this.index.shards.keys()) this.interviewAt(no, 0);
    };
    if (!this.opts.warmAfter) return warm();
    void this.opts.warmAfter().then(() => {
      warm();
      this.warmQueries();
    });
  }

  private queriesWarmed = false;

  /** Once per engine, after the index's own background work (see queryWarmUp.ts). */
  private warmQueries(): void {
    if (this.queriesWarmed) return;
    this.queriesWarmed = true;
    const start = (): void => {
      if (!this.index.warm) return void setTimeout(start, WARM_POLL_MS).unref();
      const words = this.index.commonishWords(2 * WARM_PAIRS, (term) => {
        const parsed = parseQuery(term);
        const clause = parsed.ok && parsed.clauses.length === 1 ? parsed.clauses[0] : undefined;
        return clause?.kind === 'term' && clause.term === term;
      });
      if (words.length < 2) return this.opts.onQueriesWarmed?.({ ran: [], cut: false, longestMs: 0 });
      runWarmUp(warmQueries((query, limit) => this.search(query, { limit }), words), this.opts.onQueriesWarmed);
    };
    start();
  }
}

/** How often the query warm-up looks whether the index's background work is done. */
const WARM_POLL_MS = 50;

const clamp = (n: number, lo: number, hi: number): number => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, Math.floor(n))) : lo);
