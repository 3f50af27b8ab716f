/**
 * Interviews related to the one being read: the entities they share (a rare name counts more
 * than one every interview mentions) and its most frequent content words searched with Lunr,
 * whose ranking already favours the distinctive ones. Each lists the words both contain.
 */
import type { Interview } from '../library/types';
import { analyzeOccurrence, forEachWord } from '../search/analysis';
import type { Entity } from './entities';

export interface RelatedInterview {
  id: string;
  title: string;
  score: number;
  sharedEntities: string[];
  terms: string[];
}

export type TermSearch = (query: string) => Promise<Array<{ id: string; score: number }>>;

/** The interview's most frequent content words (no stop words, numbers or short words). */
export function frequentWords(text: string, limit = 12): string[] {
  return frequentTerms(text, limit).map((c) => c.word);
}

function frequentTerms(text: string, limit: number): Array<{ word: string; term: string }> {
  const counts = new Map<string, { word: string; n: number }>();
  forEachWord(text, (word) => {
    const { term } = analyzeOccurrence(word);
    if (term === null || term.length < 4 || /\d/.test(term)) return;
    const c = counts.get(term);
    if (c) c.n++;
    else counts.set(term, { word: word.toLowerCase(), n: 1 });
  });
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].word.localeCompare(b[1].word)).slice(0, limit).map(([term, c]) => ({ word: c.word, term }));
}

/** Which of `terms` a text contains (as indexed terms, so "camps" holds "camp"). */
function termsIn(text: string, terms: ReadonlyArray<{ word: string; term: string }>): string[] {
  const wanted = new Map(terms.map((t) => [t.term, t.word]));
  const found = new Set<string>();
  forEachWord(text, (word) => {
    const { term } = analyzeOccurrence(word);
    if (term !== null && wanted.has(term)) found.add(term);
  });
  return terms.filter((t) => found.has(t.term)).map((t) => t.word);
}

export async function relatedInterviews(target: Interview, all: readonly Interview[], entities: readonly Entity[], search: TermSearch, limit = 10): Promise<RelatedInterview[]> {
  const n = Math.max(1, all.length);
  const shared = new Map<string, { score: number; names: string[] }>();
  for (const e of entities) {
    const interviews = new Set(e.mentions.map((m) => m.interviewId));
    if (!interviews.has(target.id)) continue;
    const weight = Math.log(1 + n / interviews.size);
    for (const id of interviews) {
      if (id === target.id) continue;
      const s = shared.get(id) ?? { score: 0, names: [] };
      s.score += weight;
      s.names.push(e.name);
      shared.set(id, s);
    }
  }
  const terms = frequentTerms(target.text, 12);
  const hits = terms.length > 0 ? await search(terms.map((t) => t.word).join(' ')) : [];
  const top = Math.max(1e-9, ...hits.map((h) => h.score));
  const topShared = Math.max(1e-9, ...[...shared.values()].map((s) => s.score));
  const byTerms = new Map(hits.filter((h) => h.id !== target.id).map((h) => [h.id, h.score / top]));
  const byId = new Map(all.map((i) => [i.id, i]));
  const ids = new Set([...shared.keys(), ...byTerms.keys()]);
  const ranked = [...ids]
    .map((id) => ({ id, score: Math.round(100 * ((shared.get(id)?.score ?? 0) / topShared + (byTerms.get(id) ?? 0))) / 100 }))
    .sort((a, b) => b.score - a.score || (byId.get(a.id)?.title ?? a.id).localeCompare(byId.get(b.id)?.title ?? b.id))
    .slice(0, limit);
  // "Shared words": the target's frequent words that the other interview contains too, not the target's own list.
  const wider = frequentTerms(target.text, 40);
  return ranked.map(({ id, score }) => ({
    id,
    title: byId.get(id)?.title ?? id,
    score,
    sharedEntities: shared.get(id)?.names ?? [],
    terms: termsIn(byId.get(id)?.text ?? '', wider).slice(0, 12),
  }));
}
