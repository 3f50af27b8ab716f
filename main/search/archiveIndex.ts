/**
 * The resident index: every shard's postings plus archive-wide statistics (document frequency,
 * average field lengths), and a Lunr index whose inverted index reads through all shards, so one
 * Lunr query covers the archive and scores use archive-wide numbers whatever the shard.
 */
import lunr from 'lunr';
import { FIELDS, FIELD_BOOST } from './fields';
import { type PairFilters, type ShardData, postingDoc, postingField, postingTf } from './shard';
import { SortedMerge, mergeSorted } from './sortedMerge';
import { mayHoldPairs } from './wordPairs';
import { nextTurn } from './nextTurn';
import { kthLargest } from './kthLargest';
import { firstFrom, indexOfTerm, termAt } from './vocabulary';

// Local copies: hot loops below should not go through module bindings on every entry.
const FIELD_COUNT = FIELDS.length;
const BOOSTS: readonly number[] = FIELDS.map((f) => FIELD_BOOST[f]);
const docOf = postingDoc;
const fieldOf = postingField;
const tfOf = postingTf;
import { type TokenSetLike, clauseTokenSet, singleTerm, tokenSetBuilder, trailingWildcardPrefix } from './lunrTokens';

interface GlobalTerm {
  /** Lunr's term index (stable while the term exists). */
  index: number;
  df: number;
  /** Pairs of (shard, term number in that shard). */
  locs: number[];
  /** The term's number in each shard by shard number (-1: not there), made on first use by `forEachField`. */
  byShard?: Int32Array;
}

/** Lunr's posting: `posting[field][docRef]` is the metadata it copies into match data. */
type Posting = Record<string, unknown> & { _index: number };

interface CachedPosting {
  posting: Posting;
  /** Number of entries (the cache's budget is counted in entries). */
  size: number;
}

const DOC_BITS = 1 << 20;
export const docRef = (shard: number, doc: number): string => String(shard * DOC_BITS + doc);
export const parseRef = (ref: string): { shard: number; doc: number } => {
  const n = Number(ref);
  return { shard: Math.floor(n / DOC_BITS), doc: n % DOC_BITS };
};

const POSTING_CACHE_ENTRIES = 1_000_000;
const TERM_CACHE_ENTRIES = 200_000;
const EXPANSION_CACHE_ENTRIES = 1_000;
/** What a warm-up word looks like: letters, no digits or marks, neither tiny nor huge. */
const WARM_WORD = /^\p{L}{5,16}$/u;
/** Longest stretch the background build of the vocabulary's token set holds the thread for. */
const WARM_SLICE_MS = 8;

/** What a wildcard or fuzzy clause stands for. */
export interface Expansion {
  terms: string[];
  truncated: boolean;
}

/** Entries per term that Lunr sees in a pruned query. */
export const CHAMPIONS = 300;
export const K1 = 1.2;
export const B = 0.75;
export const MAX_EXPANSIONS = 200;

export class ArchiveIndex {
  readonly shards = new Map<number, ShardData>();
  /** Terms looked up so far (null: in no shard); forgotten when a shard comes or goes. */
  private readonly terms = new Map<string, GlobalTerm | null>();
  /** Shard numbers in ascending order, so a term's locations do not depend on load order. */
  private order: number[] = [];
  private nextTermIndex = 0;
  private docs = 0;
  private readonly lengthSums = new Array<number>(FIELDS.length).fill(0);
  private readonly postingCache = new Map<string, CachedPosting>();
  private readonly championCache = new Map<string, CachedPosting>();
  private readonly championLists = new Map<string, Int32Array>();
  private pruned: Set<string> | null = null;
  private pinned: string[][] | null = null;
  private cachedEntries = 0;
  private fullTokenSet: lunr.TokenSet | null = null;
  /** Expansions of wildcard and fuzzy clauses already worked out, by `term~distance`. */
  private readonly expansions = new Map<string, Expansion>();
  /** Counts shard changes, so a background build of the token set knows it is out of date. */
  private generation = 0;
  private warming = false;
  readonly lunr: lunr.Index;

  constructor() {
    const fieldVectors = new Proxy({}, { get: () => EMPTY_VECTOR });
    const invertedIndex = new Proxy({}, {
      get: (_t, term) => (typeof term === 'string' ? this.lunrPosting(term) : undefined),
    });
    const tokenSet: TokenSetLike = { intersect: (b) => this.intersect(b) };
    // @types/lunr names the vectors `documentVectors`; lunr 2.3.9 reads `fieldVectors`.
    const attrs = { invertedIndex, fieldVectors, tokenSet, fields: [...FIELDS], pipeline: new lunr.Pipeline() };
    this.lunr = new lunr.Index(attrs as unknown as lunr.Index.Attributes);
  }

  get documentCount(): number {
    return this.docs;
  }

  averageLength(field: number): number {
    return this.docs === 0 ? 1 : Math.max(1, (this.lengthSums[field] ?? 0) / this.docs);
  }

  fieldLength(shard: number, doc: number, field: number): number {
    return this.shards.get(shard)?.fieldLengths[doc * FIELD_COUNT + field] ?? 0;
  }

  docFrequency(term: string): number {
    return this.term(term)?.df ?? 0;
  }

  /** Lunr's BM25 idf, from archive-wide counts. */
  idf(term: string): number {
    const df = this.docFrequency(term);
    return Math.log(1 + Math.abs((this.docs - df + 0.5) / (df + 0.5)));
  }

  /**
   * A term across the archive, found by binary search in each shard's sorted vocabulary when first
   * asked for: opening an index costs nothing per term, whatever the archive's size.
   */
  private term(term: string): GlobalTerm | undefined {
    const known = this.terms.get(term);
    if (known !== undefined) return known ?? undefined;
    let found: GlobalTerm | null = null;
    for (const no of this.order) {
      const data = this.shards.get(no);
      const t = data === undefined ? -1 : indexOfTerm(data, term);
      if (data === undefined || t < 0) continue;
      found ??= { index: this.nextTermIndex++, df: 0, locs: [] };
      found.df += data.df[t] ?? 0;
      found.locs.push(no, t);
    }
    if (this.terms.size >= TERM_CACHE_ENTRIES) this.terms.clear();
    this.terms.set(term, found);
    return found ?? undefined;
  }

  addShard(no: number, data: ShardData): void {
    this.removeShard(no);
    this.shards.set(no, data);
    this.order = [...this.shards.keys()].sort((a, b) => a - b);
    this.account(data, 1);
  }

  removeShard(no: number): void {
    const data = this.shards.get(no);
    if (data === undefined) return;
    this.shards.delete(no);
    this.order = this.order.filter((n) => n !== no);
    this.account(data, -1);
  }

  private account(data: ShardData, sign: 1 | -1): void {
    this.docs += sign * data.ids.length;
    for (let i = 0; i < data.fieldLengths.length; i++) {
      const f = i % FIELDS.length;
      this.lengthSums[f] = (this.lengthSums[f] ?? 0) + sign * (data.fieldLengths[i] ?? 0);
    }
    this.clearCaches();
    this.terms.clear();
    this.expansions.clear();
    this.fullTokenSet = null;
    this.generation++;
  }

  /**
   * The terms a clause's token set matches (wildcards, edit distance): at most MAX_EXPANSIONS,
   * the most frequent, because each one costs a posting list.
   */
  expand(set: lunr.TokenSet): Expansion {
    const one = singleTerm(set);
    if (one !== null) return { terms: this.term(one) ? [one] : [], truncated: false };
    const prefix = trailingWildcardPrefix(set);
    let terms: string[];
    if (prefix !== null) terms = this.withPrefix(prefix);
    else {
      // Other wildcards and fuzzy words walk a token set of the whole vocabulary, built once.
      terms = this.prepare().intersect(set).toArray();
    }
    if (terms.length <= MAX_EXPANSIONS) return { terms, truncated: false };
    const common = terms.sort((a, b) => this.docFrequency(b) - this.docFrequency(a) || (a < b ? -1 : 1));
    return { terms: common.slice(0, MAX_EXPANSIONS), truncated: true };
  }

  /**
   * The token set of the whole vocabulary that fuzzy words and inner wildcards are matched
   * against (a few hundred milliseconds to build at 5,000 interviews): built by `warmUp` in the
   * background, or here at once when a query needs it first.
   */
  prepare(): lunr.TokenSet {
    if (this.fullTokenSet === null) {
      const builder = tokenSetBuilder();
      for (const term of mergeSorted(this.vocabularies())) builder.insert(term);
      this.fullTokenSet = builder.finish();
    }
    return this.fullTokenSet;
  }

  /**
   * Whether the background work of `warmUp` and `warmPairs` is done: until then a fuzzy word
   * builds the vocabulary's token set in one go, and a phrase reads its shards' filters at once.
   */
  get warm(): boolean {
    if (this.fullTokenSet === null) return false;
    if (this.pairSource !== null) for (const data of this.shards.values()) if (data.pairs === null) return false;
    return true;
  }

  /**
   * Up to `count` words of letters alone (any script), the least common of those whose postings
   * are longer than CHAMPIONS (so a query of them takes the pruned path, as most words do): cheap
   * to run. Found from the first shard's own counts, then checked against the archive's.
   */
  commonishWords(count: number, accept: (term: string) => boolean): string[] {
    const first = this.shards.get(this.order[0] ?? -1);
    if (first === undefined) return [];
    const scale = this.docs / Math.max(1, first.ids.length);
    const low = Math.min(CHAMPIONS, this.docs / 4);
    const likely: { term: string; guess: number }[] = [];
    first.terms.forEach((term, t) => {
      const guess = (first.df[t] ?? 0) * scale;
      if (guess > low && WARM_WORD.test(term)) likely.push({ term, guess });
    });
    likely.sort((x, y) => x.guess - y.guess || (x.term < y.term ? -1 : 1));
    const out: string[] = [];
    for (const { term } of likely.slice(0, 20 * count)) {
      if (out.length < count && this.docFrequency(term) > low && accept(term)) out.push(term);
    }
    return out;
  }

  private vocabularies(): string[][] {
    return this.order.map((no) => this.shards.get(no)?.terms ?? []);
  }

  /**
   * Builds the vocabulary's token set a slice at a time between other work, so the first fuzzy
   * query does not pay for it and no slice pauses the event loop for long. The timers do not keep
   * a process alive (a CLI search exits without waiting for it).
   */
  warmUp(): void {
    if (this.fullTokenSet !== null || this.warming) return;
    this.warming = true;
    const generation = this.generation;
    // The shards' vocabularies are merged in slices too (in one turn: about 100 ms at 5,000 interviews).
    const merge = new SortedMerge(this.vocabularies());
    let words: string[] | null = null;
    const builder = tokenSetBuilder();
    let next = 0;
    const slice = (): void => {
      if (generation !== this.generation || this.fullTokenSet !== null) {
        this.warming = false;
        // The shards changed meanwhile: start over on the new vocabulary.
        if (generation !== this.generation) this.warmUp();
        return;
      }
      if (words === null) {
        if (merge.step(performance.now() + WARM_SLICE_MS)) words = merge.result();
        nextTurn(slice);
        return;
      }
      const until = performance.now() + WARM_SLICE_MS;
      while (next < words.length && performance.now() < until) {
        for (const stop = Math.min(words.length, next + 256); next < stop; next++) builder.insert(words[next] ?? '');
      }
      if (next < words.length) {
        nextTurn(slice);
        return;
      }
      this.fullTokenSet = builder.finish();
      this.warming = false;
    };
    nextTurn(slice);
  }

  /** Terms starting with `prefix`, by binary search in each shard's sorted vocabulary. */
  private withPrefix(prefix: string): string[] {
    const out = new Set<string>();
    for (const data of this.shards.values()) {
      for (let i = firstFrom(data, prefix), term = termAt(data, i); term?.startsWith(prefix) === true; term = termAt(data, ++i)) out.add(term);
    }
    return [...out].sort();
  }

  /** What a wildcard or fuzzy clause stands for, remembered until a shard changes: queries are refined, paged and run again. */
  expansion(term: string, editDistance: number): Expansion {
    const key = `${term}~${editDistance}`;
    let known = this.expansions.get(key);
    if (known === undefined) {
      known = this.expand(clauseTokenSet(term, editDistance));
      if (this.expansions.size >= EXPANSION_CACHE_ENTRIES) this.expansions.clear();
      this.expansions.set(key, known);
    }
    return known;
  }

  expandClause(term: string, editDistance: number): string[] {
    return this.expansion(term, editDistance).terms;
  }

  /**
   * Expansions the caller has already computed for the clauses of the next Lunr query, in clause
   * order. Lunr 2.3.9 intersects each clause's token set exactly once, in order; a plain word that
   * does not match what is queued shows the order is not what was expected, and the queue is dropped.
   */
  pinExpansions(expansions: string[][] | null): void {
    this.pinned = expansions === null ? null : [...expansions];
  }

  private intersect(set: lunr.TokenSet): { toArray(): string[] } {
    const next = this.pinned?.shift();
    const one = singleTerm(set);
    const trusted = next !== undefined && (one === null || (next.length <= 1 && (next[0] ?? one) === one));
    if (!trusted) this.pinned = null;
    const terms = trusted ? next : this.expand(set).terms;
    return { toArray: () => terms };
  }

  /** Calls `visit` for every (document, field) of the archive that contains `term`. */
  forEachEntry(term: string, visit: (shard: number, doc: number, field: number, tf: number) => void): void {
    const g = this.term(term);
    for (let i = 0; g !== undefined && i < g.locs.length; i += 2) {
      const no = g.locs[i] ?? 0;
      const t = g.locs[i + 1] ?? 0;
      const data = this.shards.get(no);
      if (data === undefined) continue;
      for (let k = data.termStarts[t] ?? 0, end = data.termStarts[t + 1] ?? 0; k < end; k++) {
        const p = data.postings[k] ?? 0;
        visit(no, docOf(p), fieldOf(p), tfOf(p));
      }
    }
  }

  /**
   * Whether a document's text may hold these words in a row (their keys: wordPairs.ts); false is
   * certain. `textHash`: the text asked about; a shard not yet rebuilt for a changed text says yes.
   */
  textMayHold(shard: number, doc: number, textHash: string, keys: readonly number[]): boolean {
    const data = this.shards.get(shard);
    if (data === undefined || !(data.hashes[doc] ?? '').startsWith(textHash)) return true;
    const pairs = this.pairsOf(shard, data);
    return mayHoldPairs(pairs.filters, pairs.starts[doc] ?? 0, pairs.starts[doc + 1] ?? 0, keys);
  }

  /** A shard's filters, read from the pair source the first time they are asked for. */
  private pairsOf(no: number, data: ShardData): PairFilters {
    return (data.pairs ??= this.pairSource?.(no, data) ?? NO_PAIRS);
  }

  /**
   * Reads the saved word-pair filters one shard per turn, so a host's first phrase does not wait
   * for them (20 files of 0.6 MB at 5,000 interviews). Unref'd, like the token set's build.
   */
  warmPairs(): void {
    const waiting = [...this.shards].filter(([, data]) => data.pairs === null);
    const next = (): void => {
      const [no, data] = waiting.pop() ?? [];
      if (no === undefined || data === undefined) return;
      // A shard replaced meanwhile brought its own filters.
      if (this.shards.get(no) === data) this.pairsOf(no, data);
      nextTurn(next);
    };
    nextTurn(next);
  }

  /** Where the word-pair filters of a shard loaded without them are read from (the saved index); without one, phrases are checked on every candidate's text. */
  pairSource: ((shard: number, data: ShardData) => PairFilters | null) | null = null;

  /** BM25's term-frequency part of one entry, with archive-wide average field lengths. */
  impact(shard: number, doc: number, field: number, tf: number): number {
    return bm25Part(field, tf, this.fieldLength(shard, doc, field) / this.averageLength(field));
  }

  /** Calls `visit` with each field of one document that contains `term` and the term's frequency there. */
  forEachField(term: string, shard: number, doc: number, visit: (field: number, tf: number) => void): void {
    const g = this.term(term);
    const data = this.shards.get(shard);
    if (g === undefined || data === undefined) return;
    // Scoring calls this for every candidate and term: a scan of `locs` was 80 steps at 20,000 interviews.
    const t = (g.byShard ??= termNumbersByShard(g.locs))[shard] ?? -1;
    if (t < 0) return;
    // A term's entries are sorted by document: binary search for the first entry of `doc`.
    let lo = data.termStarts[t] ?? 0;
    let hi = data.termStarts[t + 1] ?? 0;
    const end = hi;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (docOf(data.postings[mid] ?? 0) < doc) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < end; k++) {
      const p = data.postings[k] ?? 0;
      if (docOf(p) !== doc) break;
      visit(fieldOf(p), tfOf(p));
    }
  }

  /**
   * Serve Lunr only each term's CHAMPIONS strongest entries for the given terms (null: full
   * postings). Lunr's cost grows with every matching document; the best few hundred per term hold
   * the top of the ranking, and the caller falls back to full postings when they run short.
   */
  prune(terms: Set<string> | null): void {
    this.pruned = terms;
  }

  private lunrPosting(term: string): Posting | undefined {
    if (!this.term(term)) return undefined;
    return this.pruned?.has(term) ? this.champions(term) : this.posting(term);
  }

  /**
   * Calls `visit` for every entry of `term` that Lunr's next query sees (its champions when the
   * term is pruned), so matching without Lunr finds what Lunr would.
   */
  forEachQueryEntry(term: string, visit: (shard: number, doc: number, field: number, tf: number) => void): void {
    if (this.pruned?.has(term)) this.forEachChampion(term, visit);
    else this.forEachEntry(term, visit);
  }

  private forEachChampion(term: string, visit: (shard: number, doc: number, field: number, tf: number) => void): void {
    const list = this.championList(term);
    for (let k = 0; k < list.length; k += 4) visit(list[k] ?? 0, list[k + 1] ?? 0, list[k + 2] ?? 0, list[k + 3] ?? 0);
  }

  /** A term's CHAMPIONS strongest entries in posting order, as (shard, doc, field, tf) in a row. */
  private championList(term: string): Int32Array {
    const known = this.championLists.get(term);
    if (known !== undefined) return known;
    const locs = this.term(term)?.locs ?? [];
    const averages = FIELDS.map((_f, field) => this.averageLength(field));
    // Two passes over the postings without a call per entry (this runs for every new word of a query):
    // the impacts first, in a typed array that sorts natively to find the cut-off, then the entries kept.
    let count = 0;
    this.forEachTermRange(locs, (_no, data, from, to) => (count += to - from));
    const impacts = new Float64Array(count);
    let i = 0;
    this.forEachTermRange(locs, (_no, data, from, to) => {
      const { postings, fieldLengths } = data;
      for (let k = from; k < to; k++) {
        const p = postings[k] ?? 0;
        const field = fieldOf(p);
        impacts[i++] = bm25Part(field, tfOf(p), (fieldLengths[docOf(p) * FIELD_COUNT + field] ?? 0) / (averages[field] ?? 1));
      }
    });
    const cutoff = count <= CHAMPIONS ? -Infinity : kthLargest(impacts, CHAMPIONS);
    const list = new Int32Array(4 * Math.min(CHAMPIONS, count));
    let kept = 0;
    i = 0;
    this.forEachTermRange(locs, (no, data, from, to) => {
      for (let k = from; k < to && kept < CHAMPIONS; k++) {
        if ((impacts[i++] ?? 0) < cutoff) continue;
        const p = data.postings[k] ?? 0;
        list.set([no, docOf(p), fieldOf(p), tfOf(p)], 4 * kept++);
      }
    });
    if (this.cachedEntries + kept > POSTING_CACHE_ENTRIES) this.clearCaches();
    this.championLists.set(term, list);
    this.cachedEntries += kept;
    return list;
  }

  /** Calls `visit` with each shard of a term's locations and the range of its postings there. */
  private forEachTermRange(locs: readonly number[], visit: (no: number, data: ShardData, from: number, to: number) => void): void {
    for (let n = 0; n < locs.length; n += 2) {
      const no = locs[n] ?? 0;
      const t = locs[n + 1] ?? 0;
      const data = this.shards.get(no);
      if (data !== undefined) visit(no, data, data.termStarts[t] ?? 0, data.termStarts[t + 1] ?? 0);
    }
  }

  private champions(term: string): Posting {
    return this.cached(this.championCache, term, () => this.makePosting(term, (add) => this.forEachChampion(term, add)));
  }

  /** Lunr's view of one term: per field, the documents that contain it and their term frequency. */
  private posting(term: string): Posting {
    return this.cached(this.postingCache, term, () => this.makePosting(term, (add) => this.forEachEntry(term, add)));
  }

  private makePosting(term: string, fill: (add: (shard: number, doc: number, field: number, tf: number) => void) => void): CachedPosting {
    const posting: Posting = { _index: this.term(term)?.index ?? -1 };
    const byField = FIELDS.map(() => Object.create(null) as Record<string, unknown>);
    FIELDS.forEach((f, i) => (posting[f] = byField[i]));
    let size = 0;
    fill((shard, doc, field, tf) => {
      const target = byField[field];
      if (target !== undefined) target[docRef(shard, doc)] = tfMetadata(tf);
      size++;
    });
    return { posting, size };
  }

  private cached(cache: Map<string, CachedPosting>, term: string, make: () => CachedPosting): Posting {
    const hit = cache.get(term);
    if (hit !== undefined) return hit.posting;
    const made = make();
    if (this.cachedEntries + made.size > POSTING_CACHE_ENTRIES) this.clearCaches();
    cache.set(term, made);
    this.cachedEntries += made.size;
    return made.posting;
  }

  private clearCaches(): void {
    this.postingCache.clear();
    this.championCache.clear();
    this.championLists.clear();
    this.cachedEntries = 0;
  }
}

function termNumbersByShard(locs: readonly number[]): Int32Array {
  let last = 0;
  for (let i = 0; i < locs.length; i += 2) last = Math.max(last, locs[i] ?? 0);
  const out = new Int32Array(last + 1).fill(-1);
  for (let i = 0; i < locs.length; i += 2) out[locs[i] ?? 0] = locs[i + 1] ?? -1;
  return out;
}

/** BM25's term-frequency part: `norm` is the field's length over the archive's average. */
function bm25Part(field: number, tf: number, norm: number): number {
  return ((BOOSTS[field] ?? 1) * tf * (K1 + 1)) / (tf + K1 * (1 - B + B * norm));
}

// Lunr copies metadata (it never changes it), so every entry with the same frequency shares one.
const TF_METADATA: { tf: number[] }[] = [];
function tfMetadata(tf: number): { tf: number[] } {
  return (TF_METADATA[tf] ??= Object.freeze({ tf: Object.freeze([tf]) as number[] }) as { tf: number[] });
}

const EMPTY_VECTOR = new lunr.Vector([]);
/** No filters: every document may hold every phrase. */
const NO_PAIRS: PairFilters = { starts: new Uint32Array(0), filters: new Uint32Array(0) };
