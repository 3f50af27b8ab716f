import type { Interview } from '../library/types';
import { AliasBook } from './aliases';
import { ClaimStore } from './claims';
import { buildEntities, type Entity } from './entities';
import { extractCandidates, type Candidate } from './extract';

/**
 * Cross-references of one open archive: its alias list (which also widens searches), the
 * entities found in its interviews (computed when first asked for, then only for interviews
 * whose text changed), and the claims researchers marked.
 */
export class XrefService {
  private readonly extracted = new Map<string, Candidate[]>();
  private cached: { key: string; entities: Entity[] } | null = null;

  private constructor(readonly aliases: AliasBook, readonly claims: ClaimStore, private readonly interviews: () => Interview[], private readonly aliasProblem?: string) {}

  static async open(archiveRoot: string, dataDir: string, interviews: () => Interview[]): Promise<XrefService> {
    const [{ book, problem }, claims] = await Promise.all([AliasBook.load(archiveRoot), ClaimStore.open(dataDir)]);
    return new XrefService(book, claims, interviews, problem);
  }

  problems(): { path: string; reason: string }[] {
    return [this.aliasProblem, this.claims.problem].filter((p): p is string => !!p).map((reason) => ({ path: 'testimony-aliases.json / claims', reason }));
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
