/**
 * A process's first query of each kind (its first phrase, wildcard, fuzzy word or field) compiles
 * that kind's code and ran two to four times slower than the next one of its kind. A host runs
 * one small query of each kind in the background, a turn each, and drops the answers. The words
 * come from the archive and are chosen cheap (see `ArchiveIndex.commonishWords`), and the run
 * stops at once if a step ever holds the thread for long.
 */
import type { SearchResponse } from './engine';
import { nextTurn } from './nextTurn';

type Search = (query: string) => SearchResponse;

/** The queries run, whether a slow step cut the run short, and the longest step. */
export interface WarmReport {
  ran: string[];
  cut: boolean;
  longestMs: number;
}

/** A step slower than this (a slow disk, a huge archive) ends the warm-up: it must never be felt. */
export const WARM_STEP_LIMIT_MS = 40;

/** Two words of the first hit's first snippet, from its mark on: a phrase the archive holds. */
export function phraseOf(answer: SearchResponse): string | null {
  const snippet = answer.ok ? answer.hits[0]?.snippets[0] : undefined;
  const words = snippet === undefined ? null : /^([\p{L}\p{N}]+)\s+([\p{L}\p{N}]+)/u.exec(snippet.text.slice(snippet.markStart));
  return words === null ? null : `${words[1]} ${words[2]}`;
}

/** The warm-up's queries, one per step; later ones are built from earlier answers. */
export function* warmQueries(search: Search, [a, b]: readonly [string, string]): Generator<string> {
  const first = search(a);
  yield a;
  for (const query of [`${a} ${b}`, `+${a} -${b}`, `${a}*`, `${a}~1`, `title:${a}`, `interviewee:${a}`]) {
    search(query);
    yield query;
  }
  const phrase = phraseOf(first);
  if (phrase === null) return;
  search(`"${phrase}"`);
  yield `"${phrase}"`;
}

/**
 * Runs the steps a turn at a time (other work and requests go between them), unref'd so the
 * process can exit meanwhile; `done` is told what ran.
 */
export function runWarmUp(steps: Iterator<string>, done?: (report: WarmReport) => void): void {
  const report: WarmReport = { ran: [], cut: false, longestMs: 0 };
  const step = (): void => {
    const started = performance.now();
    const next = steps.next();
    if (next.done === true) return done?.(report);
    const ms = performance.now() - started;
    report.ran.push(next.value);
    report.longestMs = Math.max(report.longestMs, ms);
    if (ms > WARM_STEP_LIMIT_MS) return done?.({ ...report, cut: true });
    nextTurn(step);
  };
  nextTurn(step);
}
