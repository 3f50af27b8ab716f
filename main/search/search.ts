/**
 * Running a parsed query. Lunr evaluates it (boolean logic, fields, wildcard and fuzzy expansion)
 * first over each term's strongest entries and, when those do not fill the page, over everything;
 * its candidates are re-scored with BM25 from archive-wide statistics, filtered, phrase-checked
 * in rank order, and the page shown gets snippets. The total comes from the postings directly.
 */
import lunr from 'lunr';
import type { Interview } from '../library/types';
import { type ArchiveIndex, CHAMPIONS, parseRef } from './archiveIndex';
import { type ClauseTerms, countMatches, forEachMatch } from './count';
import { FIELDS, type FieldName, KEYWORDS_FIELD, TEXT_FIELD, fieldText } from './fields';
import { type SearchFilters, compileFilters } from './filters';
import { type HitPlan, hitPlan, hitSpans, matchedFields } from './hits';
import type { Clause, ParsedQuery, PhraseClause, TermClause } from './query';
import { MAX_SNIPPETS, SNIPPET_WINDOW, type Snippet, makeSnippets } from './snippets';
import { storedFieldHoldsPhrase } from './phraseChecks';
import { RankedQueue } from './rankedQueue';
import { containsPhrase } from './spans';
import { wordKey } from './wordPairs';

export interface SearchHit {
  id: string;
  path: string;
  title: string;
  interviewee?: string;
  interviewer?: string;
  date?: string;
  language?: string;
  format: Interview['format'];
  score: number;
  /** Occurrences of the matched words and phrases in the interview's text (what the reader marks). */
  hitCount: number;
  /** Fields other than the text where the query matched (a hit may match only there). */
  matchedIn: FieldName[];
  snippets: Snippet[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  filters?: SearchFilters;
  /** Other spellings of a word (aliases), searched as optional words. */
  expand?: (word: string) => string[];
}

export interface Page {
  hits: SearchHit[];
  total: number;
  totalIsExact: boolean;
  notices: string[];
}

/** Expansions of a wildcard or fuzzy word count less than the word itself. */
const EXPANSION_WEIGHT = 0.6;
/** Time spent verifying phrases beyond the page shown, to make the total exact. */
const PHRASE_BUDGET_MS = 2;

/** Higher scores first, then interview ids: a total order, so a page is the same whatever the postings' order. */
const ranksBefore = (a: Candidate, b: Candidate): boolean => b.score < a.score || (a.score === b.score && a.interview.id < b.interview.id);

interface Candidate {
  interview: Interview;
  shard: number;
  doc: number;
  score: number;
  /** Occurrences of the matched terms in the text (from the index's term frequencies). */
  textHits: number;
}

/** Lunr's match data: per term, per field, the term's frequency. */
type Metadata = Record<string, Record<string, { tf?: number[] }>>;
const NO_METADATA: Metadata = {};

/** A document the query matches, with Lunr's match data (empty when matched without Lunr). */
export interface Match {
  shard: number;
  doc: number;
  metadata: Metadata;
}

/** A term the score counts, with its weight and the field its clause is restricted to (-1: any). */
interface Scored {
  term: string;
  weight: number;
  field: number;
}

const PRESENCE = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
};

/** The clauses as Lunr sees them: a required phrase is its content words, each required. */
function lunrClauses(clauses: Clause[]): TermClause[] {
  return clauses.flatMap((c): TermClause[] => {
    if (c.kind === 'term') return [c];
    if (c.presence === 'prohibited') return [];
    return c.words.flatMap((w) => (w.term === null ? [] : [{
      kind: 'term' as const, presence: 'required' as const, field: c.field, term: w.term, wildcard: false, editDistance: 0, boost: 1,
    }]));
  });
}

/**
 * The documents a query of plain words matches, as Lunr would match them over the same entries
 * (see `ArchiveIndex.prune`), found from the postings without its sets and match data: the scores
 * of plain words come from the postings, so nothing else of Lunr's is needed.
 */
export function postingMatches(index: ArchiveIndex, clauses: TermClause[], expansions: string[][]): Match[] {
  const terms = clauses.map((clause, n) => ({ clause, terms: expansions[n] ?? [] }));
  const out: Match[] = [];
  forEachMatch(index, terms, (term, visit) => index.forEachQueryEntry(term, visit), (shard, doc) => out.push({ shard, doc, metadata: NO_METADATA }));
  return out;
}

/** The documents Lunr matches, with its match data (what wildcard and fuzzy words are scored from). */
export function lunrMatches(index: ArchiveIndex, clauses: TermClause[], expansions: string[][]): Match[] {
  index.pinExpansions(expansions);
  let results: lunr.Index.Result[];
  try {
    results = index.lunr.query((q) => {
      for (const c of clauses) {
        // Lunr tests `'fields' in clause`: leave the key out to mean every field.
        q.term(c.term, {
          ...(c.field === undefined ? {} : { fields: [c.field] }), boost: c.boost, presence: PRESENCE[c.presence], usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE, ...(c.editDistance > 0 ? { editDistance: c.editDistance } : {}),
        });
      }
    });
  } finally {
    index.pinExpansions(null);
  }
  return results.map((result) => ({ ...parseRef(result.ref), metadata: result.matchData.metadata as Metadata }));
}

class QueryRun {
  readonly notices: string[];
  readonly clauses: TermClause[];
  readonly expansions: string[][];
  readonly scored: Scored[] = [];
  /** Weights of expansion terms (wildcards, fuzzy), scored from Lunr's match data. */
  readonly expansionWeights = new Map<string, number>();
  readonly accept: ((i: Interview) => boolean) | null;
  /** What hits mark, from the clauses as written; expansions are shared with the Lunr run. */
  readonly plan: HitPlan;
  private readonly textTerms = new Set<string>();
  /** The total, when a run over full postings has already counted it. */
  private counted: number | null = null;

  constructor(private readonly index: ArchiveIndex, readonly interviewOf: InterviewAt, parsed: ParsedQuery, filters?: SearchFilters) {
    this.notices = [...parsed.notices];
    this.clauses = lunrClauses(parsed.clauses);
    this.accept = compileFilters(filters);
    this.expansions = this.clauses.map((c) => {
      if (!c.wildcard && c.editDistance === 0) return index.docFrequency(c.term) > 0 ? [c.term] : [];
      const { terms, truncated } = index.expansion(c.term, c.editDistance);
      if (truncated) this.notices.push(`‘${c.term}${c.editDistance > 0 ? `~${c.editDistance}` : ''}’ matches many words; searched for the ${terms.length} most common.`);
      return terms;
    });
    const known = new Map(this.clauses.map((c, n) => [`${c.term}~${c.editDistance}`, this.expansions[n] ?? []]));
    this.plan = hitPlan(parsed.clauses, (term, d) => known.get(`${term}~${d}`) ?? index.expandClause(term, d));
    this.clauses.forEach((c, n) => {
      if (c.presence === 'prohibited') return;
      const field = c.field === undefined ? -1 : FIELDS.indexOf(c.field);
      if (!c.wildcard && c.editDistance === 0) {
        this.scored.push({ term: c.term, weight: c.boost * (c.alias ? EXPANSION_WEIGHT : 1), field });
        return;
      }
      for (const t of this.expansions[n] ?? []) {
        const w = c.boost * (t === c.term ? 1 : EXPANSION_WEIGHT);
        this.expansionWeights.set(t, Math.max(this.expansionWeights.get(t) ?? 0, w));
      }
    });
  }

  /** Terms whose postings are long enough for pruning to save work. */
  prunable(): Set<string> {
    const out = new Set<string>();
    this.clauses.forEach((c, n) => {
      if (c.presence === 'prohibited') return;
      for (const t of this.expansions[n] ?? []) if (this.index.docFrequency(t) > CHAMPIONS) out.add(t);
    });
    return out;
  }

  /** Matches ranked by score (then id), from the terms' champions only for the `pruned` terms. */
  candidates(pruned: Set<string> | null): RankedQueue<Candidate> {
    this.index.prune(pruned);
    let matches: Match[];
    const plain = this.clauses.every((c) => !c.wildcard && c.editDistance === 0);
    try {
      matches = (plain ? postingMatches : lunrMatches)(this.index, this.clauses, this.expansions);
    } finally {
      this.index.prune(null);
    }
    const out: Candidate[] = [];
    let counted = 0;
    // Plain words over full postings: every candidate's score from one walk of each word's postings.
    const walked = plain && pruned === null ? this.postingScores() : null;
    for (const { shard, doc, metadata } of matches) {
      const interview = this.interviewOf(shard, doc);
      // What `countMatches` counts: an unfiltered count includes an entry whose interview is gone.
      const accepted = this.accept === null || (interview !== undefined && this.accept(interview));
      if (accepted) counted++;
      if (interview === undefined || !accepted) continue;
      const scores = walked?.get(shard);
      out.push(scores === undefined ? this.score(interview, shard, doc, metadata) : { interview, shard, doc, score: scores.score[doc] ?? 0, textHits: scores.textHits[doc] ?? 0 });
    }
    // Plain words over full postings are matched by the count's own logic: their matches are the total.
    if (plain && pruned === null) this.counted = counted;
    return new RankedQueue(out, ranksBefore);
  }


  /**
   * What `score` gives every document for the plain words, from one walk of each word's full
   * postings: the same terms added in the same order, each document's entries in posting order,
   * so the same sums bit for bit. Looking each word up for each candidate took 11-17 ms for the
   * 11,000 candidates of a two-word phrase at 20,000 interviews.
   */
  private postingScores(): Map<number, { score: Float64Array; textHits: Float64Array }> {
    const out = new Map<number, { score: Float64Array; textHits: Float64Array }>();
    for (const [no, data] of this.index.shards) out.set(no, { score: new Float64Array(data.ids.length), textHits: new Float64Array(data.ids.length) });
    const textCounted = new Set<string>();
    for (const s of this.scored) {
      const idf = this.index.idf(s.term);
      // A word's text occurrences count once, at its first clause that may match the text (as in `score`).
      const countsText = (s.field < 0 || s.field === TEXT_FIELD) && !textCounted.has(s.term);
      if (countsText) textCounted.add(s.term);
      this.index.forEachEntry(s.term, (shard, doc, field, tf) => {
        const scores = out.get(shard);
        if (scores === undefined || (s.field >= 0 && s.field !== field)) return;
        scores.score[doc] = (scores.score[doc] ?? 0) + s.weight * idf * this.index.impact(shard, doc, field, tf);
        if (countsText && field === TEXT_FIELD) scores.textHits[doc] = (scores.textHits[doc] ?? 0) + tf;
      });
    }
    return out;
  }

  /** BM25 with archive-wide statistics; exact words are looked up in full, not just where Lunr saw them. */
  private score(interview: Interview, shard: number, doc: number, metadata: Metadata): Candidate {
    const c: Candidate = { interview, shard, doc, score: 0, textHits: 0 };
    // Terms already counted in the text: one set for every candidate, not one each.
    const textTerms = this.textTerms;
    textTerms.clear();
    const add = (term: string, weight: number, field: number, tf: number): void => {
      c.score += weight * this.index.idf(term) * this.index.impact(shard, doc, field, tf);
      if (field === TEXT_FIELD && !textTerms.has(term)) {
        textTerms.add(term);
        c.textHits += tf;
      }
    };
    for (const s of this.scored) {
      this.index.forEachField(s.term, shard, doc, (field, tf) => {
        if (s.field < 0 || s.field === field) add(s.term, s.weight, field, tf);
      });
    }
    for (const term in metadata) {
      const weight = this.expansionWeights.get(term);
      if (weight === undefined) continue;
      const byField = metadata[term] ?? {};
      for (const field in byField) add(term, weight, FIELDS.indexOf(field as FieldName), byField[field]?.tf?.[0] ?? 0);
    }
    return c;
  }

  total(): number {
    if (this.counted !== null) return this.counted;
    const clauses: ClauseTerms[] = this.clauses.map((clause, n) => ({ clause, terms: this.expansions[n] ?? [] }));
    return countMatches(this.index, clauses, this.interviewOf, this.accept);
  }
}

/** The fields of a candidate's index entries that hold `term`, as bits. */
function fieldsHolding(index: ArchiveIndex, term: string, c: Candidate): number {
  let mask = 0;
  index.forEachField(term, c.shard, c.doc, (field) => (mask |= 1 << field));
  return mask;
}

const TEXT_FIRST = [...FIELDS.keys()].sort((a, b) => (FIELDS[b] === 'text' ? 1 : 0) - (FIELDS[a] === 'text' ? 1 : 0));

const phraseKeys = new WeakMap<PhraseClause, number[]>();
const keysOf = (phrase: PhraseClause): number[] => {
  let keys = phraseKeys.get(phrase);
  if (keys === undefined) phraseKeys.set(phrase, (keys = phrase.words.map((w) => wordKey(w.term, w.folded))));
  return keys;
};

/**
 * Whether a candidate holds a phrase. Only fields whose index entries hold every content word of
 * the phrase are scanned: most candidates of a phrase hold its words in the text alone.
 */
function phraseHolds(index: ArchiveIndex, c: Candidate, phrase: PhraseClause): boolean {
  let fields = phrase.field === undefined ? -1 : 1 << FIELDS.indexOf(phrase.field);
  for (const w of phrase.words) if (w.term !== null) fields &= fieldsHolding(index, w.term, c);
  // The text first: it is where a phrase usually is.
  return TEXT_FIRST.some((f) => {
    if ((fields & (1 << f)) === 0) return false;
    // The text is read only when its word pairs may hold the phrase.
    if (f === TEXT_FIELD) return index.textMayHold(c.shard, c.doc, c.interview.hash, keysOf(phrase)) && storedFieldHoldsPhrase(c.interview, phrase.words);
    return f === KEYWORDS_FIELD ? storedFieldHoldsPhrase(c.interview, phrase.words, f) : containsPhrase(fieldText(c.interview, f), phrase.words);
  });
}

/**
 * Candidates that hold every phrase, in rank order: all of them, or as many as the time budget
 * allows past `needed`. `held` keeps what was found for each interview: a run over full postings
 * after a pruned one checks the same top candidates again.
 */
function verify(index: ArchiveIndex, candidates: RankedQueue<Candidate>, phrases: PhraseClause[], needed: number, held: Map<Interview, boolean>): { verified: Candidate[]; checked: number } {
  const verified: Candidate[] = [];
  if (phrases.length === 0) {
    for (const c of candidates) {
      if (verified.length >= needed) break;
      verified.push(c);
    }
    return { verified, checked: candidates.length };
  }
  let checked = 0;
  const started = performance.now();
  for (const c of candidates) {
    if (verified.length >= needed && performance.now() - started > PHRASE_BUDGET_MS) break;
    checked++;
    let holds = held.get(c.interview);
    if (holds === undefined) held.set(c.interview, (holds = phrases.every((p) => phraseHolds(index, c, p) === (p.presence === 'required'))));
    if (holds) verified.push(c);
  }
  return { verified, checked };
}

/** The interview a shard's document stands for (undefined: gone since the shard was built). */
export type InterviewAt = (shard: number, doc: number) => Interview | undefined;

export function runQuery(index: ArchiveIndex, interviewAt: InterviewAt, parsed: ParsedQuery, opts: SearchOptions & { offset: number; limit: number }): Page {
  const run = new QueryRun(index, interviewAt, parsed, opts.filters);
  const phrases = parsed.clauses.filter((c): c is PhraseClause => c.kind === 'phrase');
  const needed = opts.offset + opts.limit;
  const prunable = needed <= CHAMPIONS / 3 ? run.prunable() : new Set<string>();
  let candidates = prunable.size > 0 ? run.candidates(prunable) : null;
  const held = new Map<Interview, boolean>();
  let result = candidates === null ? null : verify(index, candidates, phrases, needed, held);
  if (result === null || result.verified.length < needed) {
    candidates = run.candidates(null);
    result = verify(index, candidates, phrases, needed, held);
  }
  const count = run.total();
  const allChecked = result.checked === candidates?.length && prunable.size === 0;
  let total = count;
  let exact = true;
  if (phrases.length > 0) {
    exact = allChecked || result.checked === count;
    total = exact ? result.verified.length : Math.min(count, Math.round((result.verified.length / Math.max(1, result.checked)) * count));
  }
  const expanded = run.clauses.some((c) => c.wildcard || c.editDistance > 0);
  const hits = result.verified.slice(opts.offset, needed).map((c) => toHit(c, run.plan, index, expanded));
  return { hits, total, totalIsExact: exact, notices: run.notices };
}

function toHit(c: Candidate, plan: HitPlan, index: ArchiveIndex, expanded: boolean): SearchHit {
  const i = c.interview;
  // Without phrases the index's term frequencies are the count (the same words hitSpans finds:
  // tests check they agree), and the scan can stop at the snippets' hits, or once it has met every
  // occurrence when all of them were counted (plain words; expansions count only what Lunr saw).
  const phrased = plan.phrases.length > 0;
  const spans = phrased ? hitSpans(i.text, plan)
    : hitSpans(i.text, plan, { max: MAX_SNIPPETS, minGap: SNIPPET_WINDOW, ...(expanded ? {} : { occurrences: c.textHits }) });
  const hit: SearchHit = {
    id: i.id, path: i.path, title: i.title, format: i.format, score: Math.round(c.score * 1000) / 1000,
    hitCount: phrased ? spans.length : c.textHits, matchedIn: matchedFields(i, plan, (term) => fieldsHolding(index, term, c)), snippets: makeSnippets(i.text, i.passages, spans),
  };
  if (i.interviewee !== undefined) hit.interviewee = i.interviewee;
  if (i.interviewer !== undefined) hit.interviewer = i.interviewer;
  if (i.date !== undefined) hit.date = i.date;
  if (i.language !== undefined) hit.language = i.language;
  return hit;
}
