/**
 * Coreference inside one interview: "Doug" is Doug McIlroy, "KERNIGHAN:" is Brian Kernighan,
 * "Mr Karimi" is Hamid Karimi, when the interview names exactly one person with that first name
 * or surname. And the people taking part are mentioned by every turn they speak, where the text
 * does not write their name (WebVTT voices, CSV speaker columns).
 */
import type { Interview } from '../library/types';
import { passageAt } from '../search/snippets';
import type { EntityKind } from './aliases';
import type { Mention } from './entities';
import type { Candidate } from './extract';
import { nameKey } from './names';
import { withoutTitles } from './participants';

/** One-word person entity id → the one full-name person of this interview it stands for. */
export function localNames(found: readonly Candidate[], idOfName: (name: string) => string | undefined, kindOf: (id: string) => EntityKind | undefined): Map<string, string> {
  const full = new Map<string, Set<string>>();
  // The same, for the people taking part only: "SMYTH:" in the interview with Charles P. Smyth is
  // him, even when the text also names his brother Frederic Hastings Smyth.
  const taking = new Map<string, Set<string>>();
  const single: Array<[string, string]> = [];
  const add = (into: Map<string, Set<string>>, word: string, id: string): void => void into.set(word, (into.get(word) ?? new Set()).add(id));
  for (const c of found) {
    if (c.kind !== 'person') continue;
    const id = idOfName(c.name);
    if (!id || kindOf(id) !== 'person') continue;
    const words = nameKey(c.name).filter((w) => w.length > 1);
    if (words.length === 1) single.push([id, words[0]!]);
    else if (words.length > 1) {
      for (const w of [words[0]!, words[words.length - 1]!]) {
        add(full, w, id);
        if (c.participant) add(taking, w, id);
      }
    }
  }
  const onlyOne = (ids: Set<string> | undefined): string | undefined => (ids?.size === 1 ? [...ids][0] : undefined);
  const local = new Map<string, string>();
  for (const [id, word] of single) {
    const only = onlyOne(full.get(word)) ?? onlyOne(taking.get(word));
    if (only && only !== id) local.set(id, only);
  }
  return local;
}

/** Turn mentions of the interview's speakers (and one for a participant it never names otherwise). */
export function participantTurns(interview: Interview, found: readonly Candidate[], idOfName: (name: string) => string | undefined, textMentions: ReadonlyArray<{ id: string; start: number }>): Array<[string, Mention]> {
  const turns: Array<[string, Mention]> = [];
  const named = new Set(textMentions.map((m) => m.id));
  const spoken = new Set<string>();
  interview.passages.forEach((p, k) => {
    if (!p.speaker) return;
    const id = idOfName(withoutTitles(p.speaker));
    if (!id) return;
    spoken.add(id);
    // A label in the text ("Lena Haddad: …") is already a mention.
    if (textMentions.some((m) => m.id === id && m.start >= p.start && m.start <= p.start + p.speaker!.length + 4)) return;
    turns.push([id, { interviewId: interview.id, start: p.start, end: p.start, passage: k, turn: true }]);
  });
  for (const c of found) {
    if (!c.participant) continue;
    const id = idOfName(c.name);
    if (id && !named.has(id) && !spoken.has(id)) {
      turns.push([id, { interviewId: interview.id, start: 0, end: 0, passage: passageAt(interview.passages, 0), turn: true }]);
      spoken.add(id);
    }
  }
  return turns;
}
