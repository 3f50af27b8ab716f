/**
 * "Did you mean": for each typed word the archive does not contain, the closest word it does
 * contain (fewest changed letters, then the most interviews). The lookup walks Lunr's token set of
 * the whole vocabulary with a Levenshtein automaton, the same one fuzzy words (`~1`) use, so it
 * costs about one fuzzy query and runs only for words with no match.
 */
import type { ArchiveIndex } from './archiveIndex';
import type { Clause } from './query';

export interface Suggestion {
  /** The query with each unknown word replaced. */
  query: string;
  corrections: { typed: string; suggested: string }[];
}

/** Words shorter than this are too ambiguous to correct; longer ones may be two letters off. */
const MIN_LETTERS = 4;
const TWO_EDITS_FROM = 7;

/** Edit distance with adjacent transpositions (optimal string alignment), as Lunr's fuzzy matching counts. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_v, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = d;
    }
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** The archive's closest term to `term`, or null. */
export function closestTerm(index: ArchiveIndex, term: string): string | null {
  const letters = [...term].length;
  if (letters < MIN_LETTERS) return null;
  for (const distance of letters >= TWO_EDITS_FROM ? [1, 2] : [1]) {
    const { terms } = index.expansion(term, distance);
    const ranked = terms
      .filter((t) => t !== term)
      .map((t) => ({ t, d: editDistance(term, t), df: index.docFrequency(t) }))
      .sort((x, y) => x.d - y.d || y.df - x.df || (x.t < y.t ? -1 : 1));
    if (ranked[0] !== undefined) return ranked[0].t;
  }
  return null;
}

/** The typed word's capitalisation carried over to the suggestion ("Ashraff" → "Ashraf"). */
function spellLike(typed: string, suggested: string): string {
  if (typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return suggested.toUpperCase();
  const first = typed.charAt(0);
  return first !== first.toLowerCase() ? suggested.charAt(0).toUpperCase() + suggested.slice(1) : suggested;
}

const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** A corrected query when some of its plain words match nothing in the archive, else null. */
export function suggest(index: ArchiveIndex, input: string, clauses: readonly Clause[], aliases?: (word: string) => string[]): Suggestion | null {
  const corrections: Suggestion['corrections'] = [];
  let query = input;
  const seen = new Set<string>();
  for (const c of clauses) {
    if (c.kind !== 'term' || c.presence === 'prohibited' || c.alias || c.wildcard || c.editDistance > 0) continue;
    if (c.word === undefined || seen.has(c.word) || index.docFrequency(c.term) > 0) continue;
    seen.add(c.word);
    // A name the archive spells another way is found through its aliases, not misspelt.
    if ((aliases?.(c.word).length ?? 0) > 0) continue;
    const best = closestTerm(index, c.term);
    if (best === null) continue;
    const suggested = spellLike(c.word, best);
    corrections.push({ typed: c.word, suggested });
    query = query.replace(new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${escape(c.word)}(?![\\p{L}\\p{N}\\p{M}])`, 'gu'), suggested);
  }
  return corrections.length > 0 ? { query, corrections } : null;
}
