import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { anchor, describeSelection, matchQuote } from '../../../main/annotations/anchoring';

const DATA = path.resolve(__dirname, '../../../../shared/data/anchoring');
const hasData = fs.existsSync(DATA);
const readJson = <T>(rel: string): T => JSON.parse(fs.readFileSync(path.join(DATA, rel), 'utf8')) as T;

interface Selector { exact: string; prefix?: string; suffix?: string }
interface TextQuoteCase {
  fixture: string;
  op: 'fromRange' | 'toRange';
  name?: string;
  rangeSelectNodeContentsOf?: string;
  selector: Selector;
  options?: { hint?: string };
  expect: ({ text: string; parentTag?: string; startOffset?: number } & Partial<Selector>) | null;
}
interface HtmlNode { type: string; data?: string; name?: string; children?: HtmlNode[] }
interface OtherCase {
  name: string; text?: string; textLiteral?: string; quote: string; quoteFromFixture?: string; prefix?: string; suffix?: string; hint?: number;
  quotesInDescendingScore?: string[]; prefixesInDescendingScore?: string[]; suffixesInDescendingScore?: string[];
  expect?: { matchedText?: string; start?: number; score?: number; scoreBetween?: [number, number] } | null;
}
interface MatchQuoteData {
  fixtures: Record<string, string>;
  contextCases: { quote: string; prefix?: string; suffix?: string; expectedStart: number; text: string }[];
  otherCases: OtherCase[];
}

/** The fixture's textContent, and where each element's text starts and ends in it. */
function htmlText(file: string): { text: string; elements: { tag: string; start: number; end: number }[] } {
  const elements: { tag: string; start: number; end: number }[] = [];
  let text = '';
  const walk = (node: HtmlNode): void => {
    if (node.type === 'text') text += node.data ?? '';
    const start = text.length;
    for (const child of node.children ?? []) walk(child);
    if (node.type === 'tag') elements.push({ tag: (node.name ?? '').toUpperCase(), start, end: text.length });
  };
  walk(parseDocument(fs.readFileSync(file, 'utf8')) as unknown as HtmlNode);
  return { text, elements };
}

describe('describeSelection and anchor (own cases)', () => {
  const text = 'We left Tabriz in 1979. Later we left Tabriz again, in 1981, by train.';
  it('describes a selection with up to 32 characters of context', () => {
    const s = describeSelection(text, 38, 44);
    expect(s.quote).toEqual({ exact: 'Tabriz', prefix: text.slice(6, 38), suffix: text.slice(44, 70) });
    expect(() => describeSelection(text, 5, 5)).toThrow(RangeError);
    // A surrogate pair at the context's edge is not cut in half.
    const emoji = `${'x'.repeat(31)}😊ab`;
    expect(describeSelection(emoji, 33, 34).quote.prefix).toBe(`${'x'.repeat(30)}😊`);
    expect(describeSelection(`😊${'y'.repeat(32)}z`, 33, 34).quote.prefix).toBe('y'.repeat(31));
  });
  it('is exact when the text is unchanged', () => {
    expect(anchor(text, describeSelection(text, 38, 44))).toEqual({ status: 'exact', confidence: 1, start: 38, end: 44 });
  });
  it('follows a moved passage and picks the repeat whose context matches', () => {
    const target = describeSelection(text, 38, 44);
    const edited = `Interview transcript, corrected. ${text}`;
    expect(anchor(edited, target)).toMatchObject({ status: 'moved', start: 38 + 33, end: 44 + 33 });
  });
  it('finds a fuzzy match after a spelling correction, with lower confidence', () => {
    const target = describeSelection(text, 24, 50);
    const edited = text.replace('we left Tabriz again', 'we left Tabrīz again');
    const a = anchor(edited, target);
    expect(a.status).toBe('fuzzy');
    expect(edited.slice(a.start!, a.end!)).toContain('Tabrīz again');
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThan(1);
  });
  it('orphans an annotation whose passage is gone, keeping nothing invented', () => {
    expect(anchor('A completely different interview.', describeSelection(text, 24, 50))).toEqual({ status: 'orphan', confidence: 0 });
  });
});

describe.skipIf(!hasData)('anchoring on real cases from public test suites (../shared/data/anchoring; skipped when absent)', () => {
  it('dom-anchor-text-quote cases', () => {
    const { cases } = readJson<{ cases: TextQuoteCase[] }>('dom-anchor-text-quote/text-quote-cases.json');
    for (const c of cases) {
      const { text, elements } = htmlText(path.join(DATA, 'dom-anchor-text-quote', c.fixture));
      if (c.op === 'fromRange') {
        const el = elements.find((e) => e.tag === c.rangeSelectNodeContentsOf?.toUpperCase())!;
        expect(describeSelection(text, el.start, el.end).quote, c.name).toEqual(c.expect);
        continue;
      }
      const sel = c.selector;
      if (c.options?.hint) {
        const first = text.indexOf(sel.exact);
        const last = text.lastIndexOf(sel.exact);
        expect(matchQuote(text, sel.exact, { hint: first })?.start).toBe(first);
        expect(matchQuote(text, sel.exact, { hint: last })?.start).toBe(last);
        continue;
      }
      const m = matchQuote(text, sel.exact, { prefix: sel.prefix, suffix: sel.suffix });
      if (c.expect === null) {
        expect(m, c.name).toBeNull();
        continue;
      }
      expect(text.slice(m!.start, m!.end), c.name).toBe(c.expect.text);
      const parentTag = c.expect.parentTag;
      if (parentTag) expect(elements.some((e) => e.tag === parentTag && e.start <= m!.start && m!.end <= e.end), c.name).toBe(true);
      if (c.expect.startOffset !== undefined) expect(text.slice(m!.start - (sel.prefix ?? '').length, m!.start), c.name).toBe(sel.prefix);
    }
  });

  it('hypothesis matchQuote context cases and other cases', () => {
    const data = readJson<MatchQuoteData>('hypothesis-client/match-quote-cases.json');
    const fixtures: Record<string, string> = data.fixtures;
    for (const c of data.contextCases) {
      const text = fixtures[c.text]!;
      const m = matchQuote(text, c.quote, { prefix: c.prefix, suffix: c.suffix });
      expect(m?.start, JSON.stringify(c)).toBe(c.expectedStart);
    }
    const textOf = (c: OtherCase): string => (c.textLiteral !== undefined ? c.textLiteral : fixtures[c.text ?? '']!);
    let checked = 0;
    for (const c of data.otherCases) {
      const text = textOf(c);
      const score = (q: string, o = {}): number => matchQuote(text, q, { maxErrors: Math.floor(q.length / 2), ...o })?.score ?? -1;
      const ordered = (scores: number[]): void => {
        for (let i = 1; i < scores.length; i++) expect(scores[i]!, c.name).toBeLessThan(scores[i - 1]!);
      };
      if (c.quotesInDescendingScore) ordered(c.quotesInDescendingScore.map((q: string) => score(q)));
      else if (c.prefixesInDescendingScore) ordered(c.prefixesInDescendingScore.map((p: string) => score(c.quote, { prefix: p })));
      else if (c.suffixesInDescendingScore) ordered(c.suffixesInDescendingScore.map((s: string) => score(c.quote, { suffix: s })));
      else {
        const quote = c.quoteFromFixture ? fixtures[c.quoteFromFixture]! : c.quote;
        const m = matchQuote(text, quote, { prefix: c.prefix, suffix: c.suffix, hint: c.hint, maxErrors: Math.floor(quote.length / 2) });
        const e = c.expect;
        if (!e) expect(m, c.name).toBeNull();
        else {
          if (e.matchedText !== undefined) expect(text.slice(m!.start, m!.end), c.name).toBe(e.matchedText);
          if (e.start !== undefined) expect(m!.start, c.name).toBe(e.start);
          if (e.score !== undefined) expect(m!.score, c.name).toBeCloseTo(e.score);
          if (e.scoreBetween) expect(m!.score > e.scoreBetween[0] && m!.score < e.scoreBetween[1], c.name).toBe(true);
        }
      }
      checked++;
    }
    expect(checked).toBe(data.otherCases.length);
  });

  it('approx-string-match fixtures: the fuzzy path finds the expected best matches', () => {
    const { fixtures } = readJson<{ fixtures: Record<string, [string, string, { start: number; end: number; errors: number }[]][]> }>('approx-string-match/search-cases.json');
    for (const [group, tuples] of Object.entries(fixtures)) {
      for (const [text, pattern, expected] of tuples) {
        const m = matchQuote(text, pattern, { maxErrors: pattern.length });
        expect(m, `${group}: ${pattern}`).not.toBeNull();
        expect(expected.some((e) => e.start === m!.start && e.end === m!.end && e.errors === m!.errors), `${group}: ${pattern} → ${JSON.stringify(m)}`).toBe(true);
      }
    }
  });

  it('re-anchors the real quotes after the text around them is edited', () => {
    const { fixtures } = readJson<MatchQuoteData>('hypothesis-client/match-quote-cases.json');
    const text = fixtures.twoCities!;
    const start = text.indexOf('the season of Darkness');
    const target = describeSelection(text, start, start + 'the season of Darkness'.length);
    const edited = text.replace('it was the age of wisdom, ', '').replace('season of Darkness', 'season of darkness');
    const a = anchor(edited, target);
    expect(a.status).toBe('fuzzy');
    expect(edited.slice(a.start!, a.end!)).toBe('the season of darkness');
  });
});
