/**
 * Property tests over a copy of the sample archive: for random queries (words, phrases, +/-,
 * wildcards, fuzzy words, Persian), the list's hit count is the number of spans the reader marks,
 * every snippet is one of those spans, and every marked span is something the query asked for.
 * Both sides go through the Workspace, as the hosts do.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { tokenStream } from '../../../main/search/analysis';
import { type Clause, parseQuery } from '../../../main/search/query';
import { editDistance } from '../../../main/search/suggest';

const base = mkdtempSync(join(tmpdir(), 'testimony-hits-'));
/** The real interviews (OHMS, WebVTT, CSV, oral histories), copied in beside the sample when present. */
const real = resolve(__dirname, '../../../../shared/data/interviews');
const withReal = existsSync(real);
let ws: Workspace;
let words: string[] = [];
let persian: string[] = [];
let runs: string[][] = [];

beforeAll(async () => {
  const noCache = (p: string): boolean => !p.includes('.testimony');
  cpSync(resolve(__dirname, '../../../archive'), join(base, 'archive'), { recursive: true, filter: noCache });
  if (withReal) cpSync(real, join(base, 'archive', 'real'), { recursive: true, filter: noCache });
  else console.warn(`[hitAgreement] ${real} is absent: checking the sample archive only`);
  ws = await Workspace.open(join(base, 'archive'), { userDataDir: join(base, 'user') });
  await ws.ready;
  const vocab = new Set<string>();
  for (const { id } of ws.list()) {
    const stream = tokenStream(ws.interview(id).text);
    for (const t of stream) if (t.term !== null && /^[\p{L}]{3,}$/u.test(t.folded)) vocab.add(ws.interview(id).text.slice(t.start, t.end));
    // Runs of three consecutive words, for phrases that occur somewhere.
    for (let i = 0; i + 3 <= stream.length; i += 7) runs.push(stream.slice(i, i + 3).map((t) => ws.interview(id).text.slice(t.start, t.end)));
  }
  words = [...vocab].sort();
  persian = words.filter((w) => /\p{Script=Arabic}/u.test(w));
  runs = runs.filter((r) => r.every((w) => /^[\p{L}\p{N}]+$/u.test(w)));
}, 120_000);
afterAll(async () => {
  await ws.close();
  rmSync(base, { recursive: true, force: true });
});

const pick = (list: () => string[]) => fc.nat().map((n) => list()[n % list().length] ?? 'camp');
const word = pick(() => words);
const part = fc.oneof(
  word,
  pick(() => persian),
  fc.nat().map((n) => `"${(runs[n % runs.length] ?? ['camp', 'in', 'Arbil']).join(' ')}"`),
  fc.nat().map((n) => `"${(runs[n % runs.length] ?? ['camp', 'in']).slice(0, 2).join(' ')}"`),
  word.map((w) => `+${w}`),
  word.map((w) => `-${w}`),
  word.filter((w) => [...w].length >= 4).map((w) => `${[...w].slice(0, 3).join('')}*`),
  word.filter((w) => [...w].length >= 4 && [...w].length <= 20).map((w) => `${w}~1`),
);
const query = fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

/** Whether the text of a marked span is what some clause of the query asked for (checked independently of the marking code). */
function asked(span: string, clauses: Clause[]): boolean {
  const tokens = tokenStream(span);
  return clauses.some((c) => {
    if (c.presence === 'prohibited' || (c.field !== undefined && c.field !== 'text')) return false;
    if (c.kind === 'phrase') return tokens.length === c.words.length && tokens.every((t, i) => (c.words[i]?.term ?? null) === null ? t.folded === c.words[i]?.folded : t.term === c.words[i]?.term);
    const term = tokens.length === 1 ? tokens[0]?.term : null;
    if (term === null || term === undefined) return false;
    if (c.wildcard) return new RegExp(`^${c.term.split('*').map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`, 'u').test(term);
    if (c.editDistance > 0) return editDistance(term, c.term) <= c.editDistance;
    return term === c.term;
  });
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');

describe('what the list says is what the reader shows', () => {
  it('hit counts equal the reader marks, snippets are marks, marks are what was asked', async () => {
    let checkedHits = 0;
    await fc.assert(fc.asyncProperty(query, async (q) => {
      const parsed = parseQuery(q, { expand: ws.xref.expand });
      if (!parsed.ok) return;
      const response = await ws.search(q, { limit: 50, offset: 0, filters: {} });
      for (const hit of response.hits) {
        checkedHits++;
        const marks = await ws.highlights(hit.id, q);
        const text = ws.interview(hit.id).text;
        expect(hit.hitCount, `${q} in ${hit.path}`).toBe(marks.length);
        for (const s of hit.snippets) expect(marks, `${q}: snippet in ${hit.path}`).toContainEqual({ start: s.start, end: s.end });
        for (const s of hit.snippets) if (s.markStart !== undefined) expect(s.text.slice(s.markStart, s.markEnd).replace(/\s+/g, ' ')).toBe(text.slice(s.start, s.end).replace(/\s+/g, ' '));
        // …at the hit's own place: what the snippet shows before the mark is what the text has before the hit.
        for (const s of hit.snippets) expect(squash(text.slice(0, s.start)).endsWith(s.text.slice(0, s.markStart).replace(/^…/, '')), `${q}: mark in ${hit.path}`).toBe(true);
        for (const m of marks) expect(asked(text.slice(m.start, m.end), parsed.clauses), `${q}: marked ‘${text.slice(m.start, m.end)}’`).toBe(true);
        if (marks.length === 0) expect(hit.matchedIn?.length, `${q}: ${hit.path} matched somewhere`).toBeGreaterThan(0);
      }
    }), { numRuns: 150, seed: 10 });
    expect(checkedHits).toBeGreaterThan(100);
  }, 120_000);

  it('a phrase marks, counts and highlights the whole phrase, never its words alone', async () => {
    const response = await ws.search('"camp in Arbil"', { limit: 50, offset: 0, filters: {} });
    expect(response.hits.length).toBeGreaterThan(0);
    for (const hit of response.hits) {
      const text = ws.interview(hit.id).text;
      const occurrences = text.match(/\bcamp\s+in\s+Arbil\b/gi)?.length ?? 0;
      expect(hit.hitCount).toBe(occurrences);
      for (const s of hit.snippets) expect(s.text.slice(s.markStart, s.markEnd)).toMatch(/^camp\s+in\s+Arbil$/i);
      const marks = await ws.highlights(hit.id, '"camp in Arbil"');
      expect(marks.map((m) => text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' '))).toEqual(Array(occurrences).fill('camp in arbil'));
    }
  });
});
