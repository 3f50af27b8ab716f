import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../main/search/engine';
import { LIMITS, parseQuery } from '../../../main/search/query';
import { interview } from './helpers';

const engine = await SearchEngine.build([
  interview('a', 'The miners went on strike in Abadan. The strike lasted a month.'),
  interview('b', 'A miner spoke about the harvest and the constructor of the mill.'),
], { workerPath: null });

const HOSTILE = ['~', ':', 'foo:', 'title:', '^', 'miner^', '+', '-', '+-x', '*', '*e*', 'constructor', '__proto__',
  'miner~100', 'x'.repeat(1_000_000), Array.from({ length: 2000 }, (_v, i) => `w${i}`).join(' '),
  Array.from({ length: 200 }, (_v, i) => `ab${i}*`).join(' '), 'nofield:miner', '"unclosed phrase', 'php:', ':foo', 'foo~'];

describe('query language', () => {
  it.each(HOSTILE)('never throws and explains itself: %s', (q) => {
    const r = engine.search(q.length > 40 ? q : q);
    if (r.ok) {
      expect(Array.isArray(r.hits)).toBe(true);
    } else {
      expect(r.error).toMatch(/word|search/);
      expect(r.code).not.toBe('internal');
    }
  });

  it('searches fixed-up queries as plain words and says why', () => {
    const r = engine.search('miner^');
    expect(r.ok && r.hits.length).toBe(2);
    expect(r.ok && r.notices[0]).toMatch(/Searched for the words ‘miner’ because a boost/);
    const field = engine.search('nofield:miner');
    expect(field.ok && field.notices[0]).toMatch(/‘nofield’ is not a field/);
  });

  it('caps edit distance, fuzzy terms, wildcards and length', () => {
    const fuzzy = parseQuery('miner~100');
    expect(fuzzy.ok && fuzzy.clauses[0]?.kind === 'term' && fuzzy.clauses[0].editDistance).toBe(LIMITS.editDistance);
    const many = parseQuery('aaa~1 bbb~1 ccc~1 ddd~1');
    expect(many.ok && many.clauses.filter((c) => c.kind === 'term' && c.editDistance > 0).length).toBe(LIMITS.fuzzyTerms);
    const wild = parseQuery(Array.from({ length: 200 }, (_v, i) => `ab${i}*`).join(' '));
    expect(wild.ok && wild.clauses.filter((c) => c.kind === 'term' && c.wildcard).length).toBe(LIMITS.wildcards);
    const long = parseQuery(Array.from({ length: 2000 }, (_v, i) => `w${i}`).join(' '));
    expect(long.ok && long.clauses.length).toBeLessThanOrEqual(LIMITS.terms);
  });

  it('gives a helpful error when nothing is left to search', () => {
    expect(engine.search('*')).toMatchObject({ ok: false, code: 'empty' });
    expect(engine.search('the of')).toMatchObject({ ok: false, code: 'only-common-words' });
    expect(engine.search('-miner')).toMatchObject({ ok: false, code: 'only-exclusions' });
  });

  it('supports +must, -not, wildcards and fuzzy words', () => {
    const ids = (q: string) => { const r = engine.search(q); return r.ok ? r.hits.map((h) => h.id).sort() : []; };
    expect(ids('miner -harvest')).toEqual(['a']);
    expect(ids('+harvest miner')).toEqual(['b']);
    expect(ids('abad*')).toEqual(['a']);
    expect(ids('ab*dan')).toEqual(['a']);
    expect(ids('harvst~1')).toEqual(['b']);
    expect(ids('constructor')).toEqual(['b']);
  });

  it('lets an expansion hook add aliases', () => {
    const e = engine.search('digger', { expand: (w) => (w.toLowerCase() === 'digger' ? ['miner'] : []) });
    expect(e.ok && e.hits.length).toBe(2);
    expect(engine.search('digger')).toMatchObject({ ok: true, total: 0 });
  });
});
