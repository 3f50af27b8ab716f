/**
 * Lunr's TokenSet, typed as lunr 2.3.9 really exposes it (@types/lunr declares the static
 * constructors as instance methods), and a fast path for exact terms.
 */
import lunr from 'lunr';

export interface TokenSetLike {
  intersect(b: lunr.TokenSet): { toArray(): string[] };
}

interface TokenSetNode {
  final: boolean;
  edges: Record<string, TokenSetNode>;
}

const TokenSetStatic = lunr.TokenSet as unknown as {
  fromString(term: string): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
};

/** Lunr's builder of a token set from words inserted in sorted order (what `TokenSet.fromArray` does in one go). */
export interface TokenSetBuilder {
  insert(word: string): void;
  finish(): lunr.TokenSet;
}

export function tokenSetBuilder(): TokenSetBuilder {
  const builder = new (lunr.TokenSet as unknown as { Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet } }).Builder();
  return {
    insert: (word) => builder.insert(word),
    finish: () => {
      builder.finish();
      return builder.root;
    },
  };
}

/** The set a term with wildcards (`*`) or an edit distance stands for. */
export const clauseTokenSet = (term: string, editDistance: number): lunr.TokenSet =>
  editDistance > 0 ? TokenSetStatic.fromFuzzyString(term, editDistance) : TokenSetStatic.fromString(term);

/** The one word a token set stands for when it is a plain chain (no wildcard, no fuzziness). */
export function singleTerm(set: lunr.TokenSet): string | null {
  let node = set as unknown as TokenSetNode;
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? word : null;
    const key = keys[0];
    if (keys.length > 1 || node.final || key === undefined || key === '*') return null;
    const next = node.edges[key];
    if (next === undefined) return null;
    word += key;
    node = next;
  }
}

/** The prefix of a token set made from "prefix*" (a chain ending in a final self-loop), else null. */
export function trailingWildcardPrefix(set: lunr.TokenSet): string | null {
  let node = set as unknown as TokenSetNode;
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    const key = keys[0];
    if (keys.length !== 1 || key === undefined) return null;
    const next = node.edges[key];
    if (next === undefined) return null;
    if (key === '*') return next === node && node.final && word.length > 0 ? word : null;
    if (node.final) return null;
    word += key;
    node = next;
  }
}
