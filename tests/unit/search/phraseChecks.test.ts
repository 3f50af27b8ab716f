import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../main/library/types';
import { textHoldsPhrase } from '../../../main/search/phraseChecks';
import { type PhraseClause, parseQuery } from '../../../main/search/query';
import { interview } from './helpers';

function phraseOf(query: string): PhraseClause['words'] {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`not a query: ${query}`);
  const clause = parsed.clauses.find((c): c is PhraseClause => c.kind === 'phrase');
  if (clause === undefined) throw new Error(`no phrase in ${query}`);
  return clause.words;
}

/** An interview whose text, like a lazily read one, counts how often it is read. */
function counted(base: Interview): { interview: Interview; reads: () => number } {
  let reads = 0;
  const out = { ...base };
  Object.defineProperty(out, 'text', { enumerable: true, get: () => (reads++, base.text) });
  return { interview: out, reads: () => reads };
}

describe('phrase checks', () => {
  it('answer from the text, and a second time without reading it again', () => {
    const war = phraseOf('"the war"');
    const holder = counted(interview('p1', 'After the war we went back to Tabriz.'));
    const other = counted(interview('p2', 'War came late; the harvest was early.'));
    expect(textHoldsPhrase(holder.interview, war)).toBe(true);
    expect(textHoldsPhrase(other.interview, war)).toBe(false);
    expect([holder.reads(), other.reads()]).toEqual([1, 1]);
    expect(textHoldsPhrase(holder.interview, war)).toBe(true);
    expect(textHoldsPhrase(other.interview, war)).toBe(false);
    expect([holder.reads(), other.reads()]).toEqual([1, 1]);
    // Another phrase of the same text is its own question.
    expect(textHoldsPhrase(other.interview, phraseOf('"the harvest"'))).toBe(true);
  });

  it('a changed text (a new hash) is read again, never answered from memory', () => {
    const war = phraseOf('"the war"');
    const before = interview('p3', 'They spoke of the war all winter.');
    expect(textHoldsPhrase(before, war)).toBe(true);
    const after = interview('p3', 'They spoke of the weather all winter.');
    expect(after.hash).not.toBe(before.hash);
    expect(textHoldsPhrase(after, war)).toBe(false);
  });
});
