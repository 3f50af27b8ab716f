/**
 * Running a parsed query: Lunr finds the candidates (boolean logic, fields, wildcard and fuzzy
 * expansion), then each candidate is scored with BM25 from archive-wide statistics, filtered,
 * phrase-checked in rank order and, for the page shown, given snippets.
 */
import lunr from 'lunr';
import type { Interview } from '../library/types';
import { type ArchiveIndex, parseRef } from './archiveIndex';
import { FIELDS, FIELD_BOOST, type FieldName, fieldTexts } from './fields';
import { type SearchFilters, compileFilters } from './filters';
import { clauseTokenSet } from './lunrTokens';
import type { Clause, ParsedQuery, PhraseClause, PhraseWord } from './query';
import { type Snippet, makeSnippets } from './snippets';
import { containsPhrase, matchSpans } from './spans';

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
  /** Occurrences of the matched words and phrases in the interview's text. */
  hitCount: number;
  snippets: Snippet[];
}

export interface SearchOptions {
  limit?: number;
  offset?: number;
  filters?: SearchFilters;
  /** Other spellings of a word (aliases), searched as optional words. */
  expand?: (word: string) => string[];
}

const K1 = 1.2;
const B = 0.75;
/** Expansions of a wildcard or fuzzy word count less than the word itself. */
const EXPANSION_WEIGHT = 0.6;
/** Time spent verifying phrases beyond the page shown, to make the total exact. */
const PHRASE_BUDGET_MS = 4;

interface Candidate {
  interview: Interview;
  score: number;
  /** Terms that matched in the text field (for snippets and hit counts). */
  textTerms: Set<string>;
}

const PRESENCE = {
  optional: lunr.Query.presence.OPTIONAL,
  required: lunr.Query.presence.REQUIRED,
  prohibited: lunr.Query.presence.PROHIBITED,
};

export interface Matched {
  candidates: Candidate[];
  notices: string[];
}

/** Weight of each term the query can match: its clause's boost, less for expansions. */
function termWeights(index: ArchiveIndex, clauses: Clause[], notices: string[]): Map<string, number> {
  const weights = new Map<string, number>();
  const raise = (term: string, w: number): void => {
    weights.set(term, Math.max(weights.get(term) ?? 0, w));
  };
  for (const c of clauses) {
    if (c.presence === 'prohibited') continue;
    if (c.kind === 'phrase') {
      for (const w of c.words) if (w.term !== null) raise(w.term, 1);
    } else if (c.wildcard || c.editDistance > 0) {
      const { terms, truncated } = index.expand(clauseTokenSet(c.term, c.editDistance));
      if (truncated) notices.push(`‘${c.term}${c.editDistance > 0 ? `~${c.editDistance}` : ''}’ matches many words; searched for the ${terms.length} most common.`);
      for (const t of terms) raise(t, c.boost * (t === c.term ? 1 : EXPANSION_WEIGHT));
    } else {
      raise(c.term, c.boost * (c.alias ? EXPANSION_WEIGHT : 1));
    }
  }
  return weights;
}

function lunrQuery(index: ArchiveIndex, clauses: Clause[]): lunr.Index.Result[] {
  return index.lunr.query((q) => {
    for (const c of clauses) {
      // Lunr tests `'fields' in clause`: leave the key out to mean every field.
      const fields = c.field === undefined ? {} : { fields: [c.field] };
      if (c.kind === 'term') {
        q.term(c.term, {
          ...fields, boost: c.boost, presence: PRESENCE[c.presence], usePipeline: false,
          wildcard: lunr.Query.wildcard.NONE, ...(c.editDistance > 0 ? { editDistance: c.editDistance } : {}),
        });
      } else if (c.presence === 'required') {
        for (const w of c.words) {
          if (w.term !== null) q.term(w.term, { ...fields, presence: lunr.Query.presence.REQUIRED, usePipeline: false, wildcard: lunr.Query.wildcard.NONE });
        }
      }
    }
  });
}

/** Candidates that satisfy the query's words and the filters, best first (phrases not yet checked). */
export function matchCandidates(index: ArchiveIndex, byId: Map<string, Interview>, parsed: ParsedQuery, filters?: SearchFilters): Matched {
  const notices = [...parsed.notices];
  const weights = termWeights(index, parsed.clauses, notices);
  const accept = compileFilters(filters);
  const candidates: Candidate[] = [];
  for (const result of lunrQuery(index, parsed.clauses)) {
    const { shard, doc } = parseRef(result.ref);
    const id = index.shards.get(shard)?.ids[doc];
    const interview = id === undefined ? undefined : byId.get(id);
    if (interview === undefined || (accept !== null && !accept(interview))) continue;
    let score = 0;
    const textTerms = new Set<string>();
    const metadata = result.matchData.metadata as Record<string, Record<string, { tf?: number[] }>>;
    for (const term in metadata) {
      const weight = (weights.get(term) ?? 1) * index.idf(term);
      const byField = metadata[term] ?? {};
      for (const field in byField) {
        const f = FIELDS.indexOf(field as FieldName);
        const tf = byField[field]?.tf?.[0] ?? 0;
        const norm = index.fieldLength(shard, doc, f) / index.averageLength(f);
        score += weight * FIELD_BOOST[field as FieldName] * (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * norm));
        if (field === 'text') textTerms.add(term);
      }
    }
    candidates.push({ interview, score, textTerms });
  }
  candidates.sort((a, b) => b.score - a.score || (a.interview.id < b.interview.id ? -1 : 1));
  return { candidates, notices };
}

function phraseHolds(interview: Interview, phrase: PhraseClause): boolean {
  const texts = fieldTexts(interview);
  const fields = phrase.field === undefined ? FIELDS.map((_f, i) => i) : [FIELDS.indexOf(phrase.field)];
  return fields.some((f) => containsPhrase(texts[f] ?? '', phrase.words));
}

export interface Page {
  hits: SearchHit[];
  total: number;
  totalIsExact: boolean;
}

/** Checks phrases in rank order and builds the page of hits asked for. */
export function pageOf(candidates: Candidate[], parsed: ParsedQuery, offset: number, limit: number): Page {
  const phrases = parsed.clauses.filter((c): c is PhraseClause => c.kind === 'phrase');
  const holds = (c: Candidate): boolean =>
    phrases.every((p) => phraseHolds(c.interview, p) === (p.presence === 'required'));
  const textPhrases: PhraseWord[][] = phrases
    .filter((p) => p.presence === 'required' && (p.field === undefined || p.field === 'text'))
    .map((p) => p.words);
  const verified: Candidate[] = [];
  let checked = 0;
  const started = performance.now();
  for (const c of candidates) {
    if (phrases.length > 0 && verified.length >= offset + limit && performance.now() - started > PHRASE_BUDGET_MS) break;
    checked++;
    if (phrases.length === 0 || holds(c)) verified.push(c);
  }
  const exact = checked === candidates.length;
  const total = exact ? verified.length : Math.round((verified.length / checked) * candidates.length);
  const hits = verified.slice(offset, offset + limit).map((c) => toHit(c, textPhrases));
  return { hits, total, totalIsExact: exact };
}

function toHit(c: Candidate, phrases: PhraseWord[][]): SearchHit {
  const i = c.interview;
  const spans = matchSpans(i.text, c.textTerms, phrases);
  const hit: SearchHit = {
    id: i.id, path: i.path, title: i.title, format: i.format, score: Math.round(c.score * 1000) / 1000,
    hitCount: spans.length, snippets: makeSnippets(i.text, i.passages, spans),
  };
  if (i.interviewee !== undefined) hit.interviewee = i.interviewee;
  if (i.interviewer !== undefined) hit.interviewer = i.interviewer;
  if (i.date !== undefined) hit.date = i.date;
  if (i.language !== undefined) hit.language = i.language;
  return hit;
}
