import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../main/library/types';
import { KEYWORDS_FIELD } from '../../../main/search/fields';
import { storedFieldHoldsPhrase } from '../../../main/search/phraseChecks';
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
    expect(storedFieldHoldsPhrase(holder.interview, war)).toBe(true);
    expect(storedFieldHoldsPhrase(other.interview, war)).toBe(false);
    expect([holder.reads(), other.reads()]).toEqual([1, 1]);
    expect(storedFieldHoldsPhrase(holder.interview, war)).toBe(true);
    expect(storedFieldHoldsPhrase(other.interview, war)).toBe(false);
    expect([holder.reads(), other.reads()]).toEqual([1, 1]);
    // Another phrase of the same text is its own question.
    expect(storedFieldHoldsPhrase(other.interview, phraseOf('"the harvest"'))).toBe(true);
  });

  it('remembers what the keywords hold apart from the text, without reading the body again', () => {
    const war = phraseOf('"the war"');
    const base = interview('p5', 'Nothing of it in the text.');
    let reads = 0;
    const tagged: Interview = { ...base, passages: [] };
    Object.defineProperty(tagged, 'passages', { enumerable: true, get: () => (reads++, [{ start: 0, end: 26, keywords: ['after the war'] }]) });
    expect(storedFieldHoldsPhrase(tagged, war, KEYWORDS_FIELD)).toBe(true);
    expect(storedFieldHoldsPhrase(tagged, war, KEYWORDS_FIELD)).toBe(true);
    expect(reads).toBe(1);
    // The text's answer is its own: the phrase is not there.
    expect(storedFieldHoldsPhrase(tagged, war)).toBe(false);
  });

  it('a changed text (a new hash) is read again, never answered from memory', () => {
    const war = phraseOf('"the war"');
    const before = interview('p3', 'They spoke of the war all winter.');
    expect(storedFieldHoldsPhrase(before, war)).toBe(true);
    const after = interview('p3', 'They spoke of the weather all winter.');
    expect(after.hash).not.toBe(before.hash);
    expect(storedFieldHoldsPhrase(after, war)).toBe(false);
  });
});
