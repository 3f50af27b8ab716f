import { describe, expect, it } from 'vitest';
import { SearchEngine, type SearchResponse } from '../../../main/search/engine';
import { CHAMPIONS } from '../../../main/search/archiveIndex';
import { WARM_STEP_LIMIT_MS, type WarmReport, phraseOf, runWarmUp } from '../../../main/search/queryWarmUp';
import { interview } from './helpers';

// Words in a known number of interviews (each a real word that stems to itself): the warm-up should
// take the two least common of those past the pruning cut-off, never the rare or the near-universal ones.
const COUNTS = { harvest: 40, orchard: 340, weaver: 480, tailor: 640, market: 980 } as const;
const DOCS = 1000;
const archive = Array.from({ length: DOCS }, (_v, n) => {
  const words = Object.entries(COUNTS).filter(([, count]) => n < count).map(([word]) => word);
  return interview(`i${n}`, `Interview ${n} began at the mill. ${words.join(' then ')} and home.`);
});

const host = async (warmAfter: () => Promise<void>): Promise<{ engine: SearchEngine; report: Promise<WarmReport> }> => {
  let told: (r: WarmReport) => void = () => undefined;
  const report = new Promise<WarmReport>((resolve) => (told = resolve));
  const engine = await SearchEngine.build(archive, { workerPath: null, warmAfter, onQueriesWarmed: told });
  return { engine, report };
};

describe('the query warm-up of a host', () => {
  it('waits for the first answer, then runs a page of each kind of query, one a turn, for pairs of the archive’s own words', async () => {
    let firstAnswer = (): void => undefined;
    const answered = new Promise<void>((resolve) => (firstAnswer = resolve));
    const { engine, report } = await host(() => answered);
    const asked: string[] = [];
    let inThisTurn = false;
    let twoInOneTurn = false;
    const search = engine.search.bind(engine);
    engine.search = (query, opts) => {
      asked.push(query);
      if (inThisTurn) twoInOneTurn = true;
      inThisTurn = true;
      setImmediate(() => (inThisTurn = false));
      return search(query, opts);
    };
    await new Promise((r) => setTimeout(r, 100));
    expect(asked).toEqual([]);
    const before = search('weaver tailor');
    firstAnswer();
    const done = await report;
    expect(done.cut).toBe(false);
    expect(done.ran).toEqual(asked);
    expect(twoInOneTurn).toBe(false);
    // The two least common words past the cut-off: orchard (340) and weaver (480).
    expect(asked[0]).toBe('orchard');
    for (const kind of [/^orchard weaver$/, /^\+orchard -weaver$/, /\*$/, /~1$/, /^title:/, /^interviewee:/, /^"orchard \p{L}+"$/u]) {
      expect(asked.some((q) => kind.test(q)), String(kind)).toBe(true);
    }
    // Every kind again with the next two words (tailor 640, market 980), and the phrases last.
    expect(asked.indexOf('tailor market')).toBeGreaterThan(asked.indexOf('interviewee:orchard'));
    const phrases = asked.findIndex((q) => q.startsWith('"'));
    expect(phrases).toBeGreaterThan(asked.indexOf('interviewee:tailor'));
    expect(asked.slice(phrases).every((q) => q.startsWith('"'))).toBe(true);
    // The phrase came from a snippet, so the archive holds it.
    const phrase = asked.find((q) => q.startsWith('"')) ?? '';
    const held = search(phrase);
    expect(held.ok && held.hits.length).toBe(20);
    // Answers are what they were: the warm-up only leaves caches behind.
    expect(search('weaver tailor')).toEqual(before);
  });

  it('is not run by a one-off search (no warmAfter) or by a one-off command', async () => {
    let told = false;
    const once = await SearchEngine.build(archive, { workerPath: null, onQueriesWarmed: () => (told = true) });
    const off = await SearchEngine.build(archive, { workerPath: null, oneOff: true, warmAfter: async () => undefined, onQueriesWarmed: () => (told = true) });
    await new Promise((r) => setTimeout(r, 300));
    expect(once.search('tailor').ok && off.search('tailor').ok).toBe(true);
    expect(told).toBe(false);
  });

  it('picks words past the pruning cut-off that stem to themselves', async () => {
    const { report } = await host(async () => undefined);
    const ran = (await report).ran;
    expect(ran.slice(0, 2)).toEqual(['orchard', 'orchard weaver']);
    // Under 2 × CHAMPIONS interviews, the cut-off is a quarter of them.
    expect(COUNTS.orchard).toBeGreaterThan(Math.min(CHAMPIONS, DOCS / 4));
    expect(COUNTS.harvest).toBeLessThan(Math.min(CHAMPIONS, DOCS / 4));
  });
});

describe('runWarmUp', () => {
  it('stops at the first step slower than the limit', async () => {
    const ran: number[] = [];
    function* steps(): Generator<string> {
      for (let n = 0; n < 5; n++) {
        ran.push(n);
        if (n === 1) for (const until = performance.now() + WARM_STEP_LIMIT_MS + 5; performance.now() < until;);
        yield `step ${n}`;
      }
    }
    const report = await new Promise<WarmReport>((resolve) => runWarmUp(steps(), resolve));
    expect(report.cut).toBe(true);
    expect(report.ran).toEqual(['step 0', 'step 1']);
    expect(ran).toEqual([0, 1]);
    expect(report.longestMs).toBeGreaterThan(WARM_STEP_LIMIT_MS);
  });
});

describe('phraseOf', () => {
  const answer = (text: string, markStart: number): SearchResponse => ({
    ok: true, total: 1, totalIsExact: true, notices: [],
    hits: [{ id: 'a', path: 'a.txt', title: 'A', format: 'txt', score: 1, hitCount: 1, matchedIn: [], snippets: [{ text, start: 0, end: 1, markStart, markEnd: markStart + 1 }] }],
  });

  it('takes the marked word and the next one, in any script', () => {
    expect(phraseOf(answer('…we met the weaver, then left', 12))).toBeNull();
    expect(phraseOf(answer('…we met the weaver then left', 12))).toBe('weaver then');
    expect(phraseOf(answer('او در تبریز کار کرد', 3))).toBe('در تبریز');
    expect(phraseOf(answer('the end', 4))).toBeNull();
    expect(phraseOf({ ok: false, code: 'empty', error: 'x' })).toBeNull();
  });
});

describe('the warm-up on an archive in Persian', () => {
  it('finds its words in that script', async () => {
    const persian = Array.from({ length: 60 }, (_v, n) => interview(`fa${n}`, `گفت‌وگوی ${n} در بازار ${n < 30 ? 'کارخانه' : ''} ${n < 45 ? 'راه‌آهن' : ''} تبریز`, { language: 'fa' }));
    const report = new Promise<WarmReport>((resolve) => void SearchEngine.build(persian, { workerPath: null, warmAfter: async () => undefined, onQueriesWarmed: resolve }));
    const { ran, cut } = await report;
    expect(cut).toBe(false);
    expect(ran[0]).toBe('کارخانه');
    expect(ran.length).toBeGreaterThanOrEqual(7);
  });
});
