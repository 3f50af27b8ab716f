import type { Interview } from '../library/types';
import { AliasBook } from './aliases';
import { ClaimStore } from './claims';
import { buildEntities, type Entity } from './entities';
import { extractCandidates, type Candidate } from './extract';
import type { DurableOptions } from '../annotations/store/durable';
import { XrefStore } from './store/store';

/**
 * Cross-references of one open archive: its alias list (which also widens searches), the
 * entities found in its interviews (computed when first asked for, then only for interviews
 * whose text changed), and the claims researchers marked.
 */
export class XrefService {
  private readonly extracted = new Map<string, Candidate[]>();
  private cached: { key: string; entities: Entity[] } | null = null;

  private constructor(readonly aliases: AliasBook, readonly claims: ClaimStore, readonly store: XrefStore, private readonly interviews: () => Interview[], private readonly aliasProblem?: string) {}

  static async open(archiveRoot: string, dataDir: string, interviews: () => Interview[], storeOptions?: DurableOptions): Promise<XrefService> {
    const [{ book, problem }, claims, store] = await Promise.all([AliasBook.load(archiveRoot), ClaimStore.open(dataDir), XrefStore.open(dataDir, storeOptions)]);
    return new XrefService(book, claims, store, interviews, problem);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  problems(): { path: string; reason: string }[] {
    return [this.aliasProblem, this.claims.problem, ...this.store.problems].filter((p): p is string => !!p).map((reason) => ({ path: 'testimony-aliases.json / claims', reason }));
  }

  /** Other names of a word, for search: MEK → MKO, PMOI, مجاهدین. */
  expand = (word: string): string[] => this.aliases.expand(word);

  entities(): Entity[] {
    const list = this.interviews();
    const key = list.map((i) => i.hash).join(',');
    if (this.cached?.key === key) return this.cached.entities;
    const byInterview = new Map<string, Candidate[]>();
    for (const interview of list) {
      let found = this.extracted.get(interview.hash);
      if (!found) {
        found = extractCandidates(interview);
        this.extracted.set(interview.hash, found);
      }
      byInterview.set(interview.id, found);
    }
    const entities = buildEntities(list, this.aliases, byInterview);
    this.cached = { key, entities };
    return entities;
  }
}
