import type { AnnotationFilter, AnnotationView } from '../../preload/api';
import type { Memo } from '../annotations/model';
import { foldWord, forEachWord } from '../search/analysis';

/**
 * Finding a researcher's own words: annotations whose quote or note, and memos whose title or
 * body, contain every word of a query. Words are folded the way search folds the interviews
 * (case, accents, Arabic/Persian letter forms and digits), so "۲۰۸" finds "208" and "Tehran"
 * finds "tehrān"; a query word may be the start of a longer word ("displac" finds "displacement"),
 * as a researcher typing into a filter box expects, but not its middle ("us" does not find "thus").
 */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => {
    const folded = foldWord(word);
    if (folded) out.push(folded);
  });
  return out;
}

/** A test that says whether some texts, taken together, contain every word of `query`; null for a query without words. */
export function wordMatcher(query: string): ((...texts: (string | undefined)[]) => boolean) | null {
  const wanted = [...new Set(foldedWords(query))];
  if (wanted.length === 0) return null;
  return (...texts) => {
    const haystack = ` ${texts.map((t) => (t ? foldedWords(t).join(' ') : '')).join(' ')} `;
    return wanted.every((w) => haystack.includes(` ${w}`));
  };
}

export interface NotesAndMemosFound {
  annotations: AnnotationView[];
  memos: Memo[];
}

interface Sources {
  /** Annotations as listed for a filter (anchored, in reading order). */
  list(filter: AnnotationFilter): AnnotationView[];
  memos(): Memo[];
}

/** Annotations (within the other filters) and memos that contain every word of `query`. */
export function searchNotesAndMemos(sources: Sources, query: string, filter: Omit<AnnotationFilter, 'text'> = {}): NotesAndMemosFound {
  const matches = wordMatcher(query);
  if (!matches) return { annotations: [], memos: [] };
  return {
    annotations: sources.list(filter).filter((a) => matches(a.quote, a.note)),
    memos: sources.memos().filter((m) => matches(m.title, m.body)),
  };
}
