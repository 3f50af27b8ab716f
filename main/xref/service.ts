import { contentKey, type Interview } from '../library/types';
import { AliasBook } from './aliases';
import { ClaimStore } from './claims';
import { buildEntities, buildEntitiesAsync, type Entity } from './entities';
import { extractBatch, type Candidate } from './extract';
import type { DurableOptions } from '../annotations/store/durable';
import { XrefStore } from './store/store';
import { loadCandidates, saveCandidates } from './candidateCache';

/** Interviews read between two yields to the event loop while names are found. */
const BATCH = 16;
/** New names judged in one call at most (~2 ms each): keeps each pause of the host short while the archive's names are new. */
const NAMES_PER_CALL = 48;

/**
 * Cross-references of one open archive: its alias list (which also widens searches), the
 * entities found in its interviews (computed when first asked for, then only for interviews
 * whose text changed), and the claims researchers marked.
 */
export class XrefService {
  private readonly extracted: Map<string, Candidate[]>;
  private preparing: Promise<void> | null = null;
  private searchAliases: AliasBook | null = null;
  private cached: { key: string; entities: Entity[] } | null = null;

  private constructor(readonly aliases: AliasBook, readonly claims: ClaimStore, readonly store: XrefStore, private readonly interviews: () => Interview[], private readonly dataDir: string, private readonly aliasProblem?: string) {
    this.extracted = loadCandidates(dataDir);
  }

  static async open(archiveRoot: string, dataDir: string, interviews: () => Interview[], storeOptions?: DurableOptions): Promise<XrefService> {
    const [{ book, problem }, store] = await Promise.all([AliasBook.load(archiveRoot), XrefStore.open(dataDir, storeOptions)]);
    const claims = ClaimStore.over(store, dataDir);
    return new XrefService(book, claims, store, interviews, dataDir, problem);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  problems(): { path: string; reason: string }[] {
    return [this.aliasProblem, this.claims.problem, ...this.store.problems].filter((p): p is string => !!p).map((reason) => ({ path: 'testimony-aliases.json / claims', reason }));
  }

  /** Other names of a word, for search: MEK → MKO, PMOI, مجاهدین. */
  expand = (word: string): string[] => (this.searchAliases ?? this.aliases).expand(word);

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
    this.preparing ??= (async () => {
      const unread = this.interviews().filter((i) => !this.extracted.has(contentKey(i)));
      const read = unread.length;
      for (let from = 0; from < unread.length;) {
        const batch = unread.slice(from, from + BATCH);
        const found = extractBatch(batch, NAMES_PER_CALL);
        found.forEach((names, k) => this.extracted.set(contentKey(batch[k]!), names));
        from += found.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (read > 0) {
        const current = new Set(this.interviews().map((i) => contentKey(i)));
        for (const hash of this.extracted.keys()) if (!current.has(hash)) this.extracted.delete(hash);
        saveCandidates(this.dataDir, this.extracted);
      }
      const list = this.interviews();
      const key = list.map((i) => contentKey(i)).join(',');
      if (this.cached?.key !== key) {
        const byInterview = new Map(list.map((i) => [i.id, this.extracted.get(contentKey(i)) ?? []]));
        this.remember(key, await buildEntitiesAsync(list, this.aliases, byInterview, this.store.decisions()));
      }
    })().finally(() => {
      this.preparing = null;
    });
    return this.preparing;
  }

  entities(): Entity[] {
    const list = this.interviews();
    const key = list.map((i) => contentKey(i)).join(',');
    if (this.cached?.key === key) return this.cached.entities;
    const unread = list.filter((i) => !this.extracted.has(contentKey(i)));
    extractBatch(unread).forEach((found, k) => this.extracted.set(contentKey(unread[k]!), found));
    const byInterview = new Map(list.map((i) => [i.id, this.extracted.get(contentKey(i)) ?? []]));
    return this.remember(key, buildEntities(list, this.aliases, byInterview, this.store.decisions()));
  }

  private remember(key: string, entities: Entity[]): Entity[] {
    this.cached = { key, entities };
    // Aliases the researcher added or joined by merging widen searches too.
    this.searchAliases = new AliasBook(entities.filter((e) => e.aliases.length > 0).map(({ name, kind, aliases }) => ({ name, kind, aliases })));
    return entities;
  }
}
