/**
 * The interviews a query's words match (phrases aside), straight from the postings: the exact
 * total (Lunr only ranks the strongest candidates, so the total cannot come from it), and the
 * candidates of a query of plain words, found without Lunr's sets of document references.
 * Same logic as Lunr 2.3.9: every `+` word must match, in one of its clause's fields; no `-` word
 * may; and without `+` words at least one plain word must.
 */
import type { Interview } from '../library/types';
import type { ArchiveIndex } from './archiveIndex';
import { FIELDS } from './fields';
import type { Clause } from './query';

interface ShardMarks {
  required: Uint16Array;
  /** The last clause that counted for each document, so a clause counts once. */
  stamp: Int32Array;
  optional: Uint8Array;
  excluded: Uint8Array;
}

/** A clause and the terms it stands for (its wildcard or fuzzy expansions). */
export interface ClauseTerms {
  clause: Clause;
  terms: string[];
}

/** The entries of a term to match against: all of them, or the few Lunr is shown (see `ArchiveIndex.prune`). */
export type EntrySource = (term: string, visit: (shard: number, doc: number, field: number) => void) => void;

/** Calls `visit` for each document the clauses match, among `entries` (see `countMatches` for all of them). */
export function forEachMatch(index: ArchiveIndex, clauses: ClauseTerms[], entries: EntrySource, visit: (shard: number, doc: number) => void): void {
  const marks = new Map<number, ShardMarks>();
  for (const [no, data] of index.shards) {
    const n = data.ids.length;
    marks.set(no, { required: new Uint16Array(n), stamp: new Int32Array(n).fill(-1), optional: new Uint8Array(n), excluded: new Uint8Array(n) });
  }
  let requiredClauses = 0;
  clauses.forEach(({ clause, terms }, c) => {
    const field = clause.field === undefined ? -1 : FIELDS.indexOf(clause.field);
    const presence = clause.presence;
    if (presence === 'required') requiredClauses++;
    if (clause.kind === 'phrase' && presence === 'prohibited') return;
    for (const term of terms) {
      entries(term, (shard, doc, f) => {
        const m = marks.get(shard);
        if (m === undefined || (field >= 0 && f !== field)) return;
        if (presence === 'prohibited') m.excluded[doc] = 1;
        else if (presence === 'optional') m.optional[doc] = 1;
        else if (m.stamp[doc] !== c) {
          m.stamp[doc] = c;
          m.required[doc] = (m.required[doc] ?? 0) + 1;
        }
      });
    }
  });
  for (const [no, m] of marks) {
    for (let d = 0; d < m.required.length; d++) {
      if (m.excluded[d] === 1) continue;
      if (requiredClauses > 0 ? m.required[d] !== requiredClauses : m.optional[d] !== 1) continue;
      visit(no, d);
    }
  }
}

export function countMatches(index: ArchiveIndex, clauses: ClauseTerms[], interviewOf: (shard: number, doc: number) => Interview | undefined, accept: ((i: Interview) => boolean) | null): number {
  let total = 0;
  forEachMatch(index, clauses, (term, visit) => index.forEachEntry(term, visit), (shard, doc) => {
    if (accept !== null) {
      const interview = interviewOf(shard, doc);
      if (interview === undefined || !accept(interview)) return;
    }
    total++;
  });
  return total;
}
