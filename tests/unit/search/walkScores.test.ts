/**
 * A query of plain words over full postings is scored from one walk of each word's postings
 * (QueryRun.postingScores); any other query scores each candidate by looking its words up. Both
 * must give the same ranking, ties included (ties are broken by id only when scores are equal to
 * the bit). A wildcard that matches nothing sends the same words down the other path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../main/search/engine';
import { interview } from './helpers';

const RAW = ['harvest', 'school', 'market', 'bread', 'camp', 'family', 'river', 'strike'];

// Many interviews share a text's shape, so many scores tie exactly.
const docs = Array.from({ length: 260 }, (_v, i) => {
  const words = RAW.filter((_w, k) => (i * (k + 3)) % (k + 2) !== 0 || k === i % RAW.length);
  const text = words.map((w, k) => `${w} `.repeat(1 + ((i + k) % 4))).join('. ');
  return interview(`doc-${String(i).padStart(3, '0')}`, text, { title: `${RAW[i % RAW.length]} story`, interviewee: i % 7 === 0 ? 'Maria Camp' : 'Hassan' });
});

const clause = fc.tuple(fc.constantFrom('', '+', '-'), fc.constantFrom('', 'title:', 'interviewee:'), fc.constantFrom(...RAW, 'maria', 'story', 'nowhere'))
  .map(([presence, field, word]) => `${presence}${field}${word}`);

describe('scores from a walk of the postings', async () => {
  const engine = await SearchEngine.build(docs, { workerPath: null, oneOff: true });
  const ranking = (query: string) => {
    const answer = engine.search(query, { limit: 300 });
    return answer.ok ? answer.hits.map((h) => `${h.id} ${h.score} ${h.hitCount}`) : [answer.error];
  };

  it('rank as scores looked up per candidate do, ties and repeated words included', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 1, maxLength: 4 }).filter((cs) => cs.some((c) => !c.startsWith('-'))), (clauses) => {
        const query = clauses.join(' ');
        const walked = ranking(query);
        expect(ranking(`${query} qqqzzzq*`)).toEqual(walked);
      }),
      { numRuns: 150 },
    );
    expect(ranking('school harvest').length).toBeGreaterThan(100);
  });
});
