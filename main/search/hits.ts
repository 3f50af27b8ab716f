/**
 * What a query marks in an interview: the one place that decides which words and phrases are
 * hits. The list's hit count, its snippets and the reader's highlights all come from `hitSpans`
 * over the same `HitPlan`, so they cannot disagree.
 *
 * A phrase marks its whole span; its words are not hits on their own (the phrase is what was asked
 * for). Terms restricted to another field (`title:war`) and excluded words mark nothing in the text.
 */
import type { ArchiveIndex } from './archiveIndex';
import { FIELDS, type FieldName, TEXT_FIELD, fieldText } from './fields';
import type { Interview } from '../library/types';
import type { Clause, PhraseWord } from './query';
import { type Span, type SpanOptions, matchSpans } from './spans';

export interface HitPlan {
  /** Indexed terms (wildcard and fuzzy words expanded) marked in the text. */
  terms: ReadonlySet<string>;
  /** Required phrases marked in the text, as whole spans. */
  phrases: PhraseWord[][];
  /** Terms and phrases per non-text field, to say where a hit without text matches matched. */
  fieldTerms: Map<FieldName, { terms: Set<string>; phrases: PhraseWord[][] }>;
}

/** The terms a wildcard or fuzzy clause stands for in this archive; a plain word stands for itself. */
export type Expander = (term: string, editDistance: number) => string[];

export function expanderOf(index: ArchiveIndex): Expander {
  return (term, editDistance) => index.expandClause(term, editDistance);
}

/** The hit plan of parsed clauses (as written: phrases are phrases, not their words). */
export function hitPlan(clauses: readonly Clause[], expand: Expander): HitPlan {
  const terms = new Set<string>();
  const phrases: PhraseWord[][] = [];
  const fieldTerms: HitPlan['fieldTerms'] = new Map();
  const forField = (f: FieldName) => {
    let entry = fieldTerms.get(f);
    if (entry === undefined) fieldTerms.set(f, (entry = { terms: new Set(), phrases: [] }));
    return entry;
  };
  for (const c of clauses) {
    if (c.presence === 'prohibited') continue;
    const fields = c.field === undefined ? FIELDS : [c.field];
    if (c.kind === 'phrase') {
      for (const f of fields) (f === 'text' ? phrases : forField(f).phrases).push(c.words);
      continue;
    }
    const expanded = c.wildcard || c.editDistance > 0 ? expand(c.term, c.editDistance) : [c.term];
    for (const f of fields) for (const t of expanded) (f === 'text' ? terms : forField(f).terms).add(t);
  }
  return { terms, phrases, fieldTerms };
}

/** Every span of `text` the plan marks, in text order. */
export function hitSpans(text: string, plan: HitPlan, opts?: SpanOptions): Span[] {
  return matchSpans(text, plan.terms, plan.phrases, opts);
}

/** The fields (bit n for FIELDS[n]) in which an interview's index entries hold a term. */
export type IndexedFields = (term: string) => number;

/**
 * Fields other than the text in which the plan finds something, in FIELDS order. With `indexed`,
 * terms are looked up in the interview's index entries (made from the same words of the same field
 * texts, so they say what a scan would find) and only phrases are looked for in the texts.
 */
export function matchedFields(interview: Interview, plan: HitPlan, indexed?: IndexedFields): FieldName[] {
  if (plan.fieldTerms.size === 0) return [];
  const masks = new Map<string, number>();
  const maskOf = (term: string, lookup: IndexedFields): number => {
    let mask = masks.get(term);
    if (mask === undefined) masks.set(term, (mask = lookup(term)));
    return mask;
  };
  return FIELDS.filter((f, n) => {
    const wanted = plan.fieldTerms.get(f);
    if (n === TEXT_FIELD || wanted === undefined) return false;
    if (indexed !== undefined) {
      for (const t of wanted.terms) if ((maskOf(t, indexed) & (1 << n)) !== 0) return true;
      if (wanted.phrases.length === 0) return false;
    }
    const text = fieldText(interview, n);
    return text !== '' && matchSpans(text, wanted.terms, wanted.phrases, { max: 1 }).length > 0;
  });
}
