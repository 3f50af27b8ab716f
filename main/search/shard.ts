/**
 * One shard of the index: the term → (document, field, term frequency) postings of a few hundred
 * interviews in flat typed arrays. No positions: phrases and snippets are checked on the text of
 * the few hits shown, which keeps the resident index and the saved files small; a filter of each
 * text's word pairs (about half a byte a word) skips the phrase candidates that cannot hold it.
 */
import { TermCounter } from './analysis';
import { FIELDS, TEXT_FIELD } from './fields';
import { fillFilter, filterWords } from './wordPairs';

/** What a shard is built from: an interview's id, content hash and field texts (FIELDS order). */
export interface ShardInput {
  id: string;
  hash: string;
  fields: string[];
}

export interface ShardData {
  ids: string[];
  hashes: string[];
  /** Number of terms per document and field: `fieldLengths[doc * FIELDS.length + field]`. */
  fieldLengths: Uint32Array;
  /** The shard's vocabulary, sorted. */
  terms: string[];
  /** Number of documents of this shard that contain each term (in any field). */
  df: Uint32Array;
  /** Postings of term t are `postings[termStarts[t] .. termStarts[t + 1]]`. */
  termStarts: Uint32Array;
  /** One entry per (document, field) that contains the term: see `encodePosting`. */
  postings: Uint32Array;
  /** The texts' word-pair filters: built with the shard, saved beside it, read back when a phrase first needs them (null until then). */
  pairs: PairFilters | null;
}

/** Document d's word-pair filter (wordPairs.ts) is `filters[starts[d] .. starts[d + 1]]`. */
export interface PairFilters {
  starts: Uint32Array;
  filters: Uint32Array;
}

const MAX_TF = 511;
export const MAX_SHARD_DOCS = 1 << 20;

/** doc in the top 20 bits, field in 3 bits, term frequency (capped at 511) in 9 bits. */
export const encodePosting = (doc: number, field: number, tf: number): number =>
  doc * 4096 + field * 512 + Math.min(tf, MAX_TF);
export const postingDoc = (p: number): number => Math.floor(p / 4096);
export const postingField = (p: number): number => (p >>> 9) & 7;
export const postingTf = (p: number): number => p & 511;

export function buildShard(docs: ShardInput[], onDoc?: () => void): ShardData {
  if (docs.length > MAX_SHARD_DOCS) throw new Error(`A shard holds at most ${MAX_SHARD_DOCS} interviews.`);
  const counter = new TermCounter();
  /** Each term's postings, by its number in `counter`. */
  const lists: number[][] = [];
  const fieldLengths = new Uint32Array(docs.length * FIELDS.length);
  const filters: Uint32Array[] = [];
  const pairStarts = new Uint32Array(docs.length + 1);
  docs.forEach((doc, d) => {
    for (let f = 0; f < FIELDS.length; f++) {
      const keys = f === TEXT_FIELD ? [] : undefined;
      fieldLengths[d * FIELDS.length + f] = counter.countField(doc.fields[f] ?? '', keys);
      if (keys !== undefined) {
        const filter = new Uint32Array(filterWords(keys.length));
        fillFilter(keys, filter);
        filters.push(filter);
        pairStarts[d + 1] = (pairStarts[d] ?? 0) + filter.length;
      }
      for (const n of counter.met) (lists[n] ??= []).push(encodePosting(d, f, counter.tf[n]!));
      counter.clearField();
    }
    onDoc?.();
  });
  const byNumber = counter.terms;
  // Sorted as strings sort (by UTF-16 code units), each term keeping its number.
  const order = byNumber.map((_, n) => n).sort((a, b) => (byNumber[a]! < byNumber[b]! ? -1 : byNumber[a]! > byNumber[b]! ? 1 : 0));
  const terms = order.map((n) => byNumber[n]!);
  const termStarts = new Uint32Array(terms.length + 1);
  const df = new Uint32Array(terms.length);
  let total = 0;
  for (const list of lists) total += list.length;
  const postings = new Uint32Array(total);
  let at = 0;
  order.forEach((n, t) => {
    termStarts[t] = at;
    // Entries were pushed document by document, so each list is sorted by document.
    let lastDoc = -1;
    for (const p of lists[n]!) {
      postings[at++] = p;
      const d = postingDoc(p);
      if (d !== lastDoc) df[t] = (df[t] ?? 0) + 1;
      lastDoc = d;
    }
  });
  termStarts[terms.length] = at;
  const pairFilters = new Uint32Array(pairStarts[docs.length] ?? 0);
  filters.forEach((filter, d) => pairFilters.set(filter, pairStarts[d] ?? 0));
  return { ids: docs.map((d) => d.id), hashes: docs.map((d) => d.hash), fieldLengths, terms, df, termStarts, postings, pairs: { starts: pairStarts, filters: pairFilters } };
}
