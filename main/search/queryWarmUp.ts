/**
 * A process's first query of each kind (its first phrase, wildcard, fuzzy word or field) compiles
 * that kind's code and ran two to four times slower than the next one of its kind. A host runs
 * a page of each kind for a few pairs of words in the background, a turn each, and drops the
 * answers (see WARM_PAIRS). The words come from the archive and are chosen cheap (see
 * `ArchiveIndex.commonishWords`), and the run stops at once if a step ever holds the thread long.
 */
import type { SearchResponse } from './engine';
import { nextTurn } from './nextTurn';

type Search = (query: string, limit: number) => SearchResponse;

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

/**
 * Pairs of words the warm-up asks every kind of query with, a page each. One small query of a
 * kind left its code half-optimised: at 5,000 interviews the bench's first round took 100-107 ms
 * in-process after a round of other words, against 124-150 ms after that warm-up alone.
 */
export const WARM_PAIRS = 3;
/** Hits a warm-up query asks for: a page, so snippets and highlights are built as often as a real query builds them. */
export const WARM_LIMIT = 20;
/**
 * Hits a warm-up phrase asks for. A phrase from a snippet may be rare, and its candidates' texts
 * are read until enough hold it: with a page of 20, one took 49 ms at 5,000 interviews.
 */
export const WARM_PHRASE_LIMIT = 3;

/**
 * The warm-up's queries, one per step: every kind for each pair of `words`, then a phrase from
 * each pair's first answer, the kind most likely to be slow (a slow step ends the run, so what it
 * cuts matters least). No edit distance of 2: its first run took 94 ms at 5,000 interviews, a
 * pause a researcher typing the next query would feel.
 */
export function* warmQueries(search: Search, words: readonly string[]): Generator<string> {
  const phrases: string[] = [];
  for (let k = 0; k + 1 < words.length; k += 2) {
    const [a, b] = [words[k] as string, words[k + 1] as string];
    const phrase = phraseOf(search(a, WARM_LIMIT));
    if (phrase !== null) phrases.push(`"${phrase}"`);
    yield a;
    for (const query of [`${a} ${b}`, `+${a} -${b}`, `${a}*`, `${a}~1`, `title:${a}`, `interviewee:${a}`]) {
      search(query, WARM_LIMIT);
      yield query;
    }
  }
  for (const phrase of phrases) {
    search(phrase, WARM_PHRASE_LIMIT);
    yield phrase;
  }
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
