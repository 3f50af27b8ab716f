import type { Interview } from '../library/types';
import type { EntityKind } from './aliases';
import { judge, judgedPerInterview, knownKind, worthJudging } from './classify';
import { capitalisedRuns } from './runs';

export interface Candidate {
  name: string;
  kind: EntityKind;
  /** Times the interview names it so (1 when absent): its votes on the name's kind. */
  n?: number;
}

const ACRONYM = /\b[A-Z]{3,6}\b/g;
/** Acronyms are counted by the pattern below, not by tagging. */
const ACRONYM_ONLY = /^[A-Z]{2,6}$/;
// Words compromise tags as names but that are not names a researcher follows.
const NOT_NAMES = new Set(['the', 'mr', 'mrs', 'ms', 'dr', 'q', 'a', 'us', 'turkish', 'iraqi', 'iranian', 'american', 'americans', 'kurdish', 'persian', 'english']);
const PREFIXES = /^(?:the |mr\.? |mrs\.? |dr\.? |city of |district of |province of |camp of )/i;

/** A name as compromise found it, without punctuation, possessives and titles. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[’']s$/u, '')
    .replace(/^[\s([{"“'‘]+|[\s)\]}"”'’.,;:!?–—-]+$/gu, '')
    .replace(PREFIXES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function keep(name: string): boolean {
  // "Iraq, Turkey" or "Lena Haddad: Mr Karimi" are two names run together, not one.
  if (/[,:;]/.test(name)) return false;
  return name.length >= 2 && name.length <= 80 && !NOT_NAMES.has(name.toLowerCase()) && /[\p{Lu}\u0600-\u06FF]/u.test(name);
}

/** Characters of context either side of a name for compromise: a few words, within the sentence (its cost is per word read). */
const CONTEXT = 48;

/** The few words around a span, within its sentence (or line): the context compromise needs to tag a name. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, text.lastIndexOf('. ', start) + 2, start - CONTEXT);
  const stops = [text.indexOf('\n', end), text.indexOf('. ', end)].filter((i) => i >= 0);
  const to = Math.min(stops.length > 0 ? Math.min(...stops) + 1 : text.length, end + CONTEXT);
  // Whole words only: a cut word would read as a new name or verb.
  const head = from > 0 && /\S/.test(text[from - 1] ?? '') ? text.indexOf(' ', from) + 1 || from : from;
  const tail = to < text.length && /\S/.test(text[to] ?? '') ? Math.max(end, text.lastIndexOf(' ', to)) : to;
  return text.slice(Math.min(head, start), tail);
}

type NamedRun = ReturnType<typeof capitalisedRuns>[number] & { name: string };

/** An interview's capitalised runs that can be names, and those of them new to the archive worth tagging now. */
function scan(interview: Interview, pending: Set<string>): { runs: NamedRun[]; sentences: string[]; names: string[] } {
  const text = interview.text;
  const runs = capitalisedRuns(text)
    .filter((r) => !r.initial)
    .map((r) => ({ ...r, name: cleanName(r.text) }))
    .filter((r) => keep(r.name) && !ACRONYM_ONLY.test(r.name));
  // The names new to the archive that this interview repeats most get tagged, at most
  // judgedPerInterview(): a bound on the cost per interview (in a large archive, a name met once
  // here is judged when another interview names it again: see worthJudging).
  const counts = new Map<string, { n: number; at: NamedRun }>();
  for (const r of runs) if (!pending.has(r.name) && knownKind(r.name) === undefined) counts.set(r.name, { n: (counts.get(r.name)?.n ?? 0) + 1, at: counts.get(r.name)?.at ?? r });
  const chosen = [...counts.values()].filter((c) => worthJudging(c.at.name, c.n)).sort((a, b) => b.n - a.n).slice(0, judgedPerInterview()).map((c) => c.at);
  for (const r of chosen) pending.add(r.name);
  return { runs, sentences: [...new Set(chosen.map((r) => sentenceAround(text, r.start, r.end)))], names: chosen.map((r) => r.name) };
}

/** The names of one interview, once compromise has judged its runs. */
function candidatesOf(interview: Interview, runs: readonly NamedRun[]): Candidate[] {
  const text = interview.text;
  // One entry per name and kind, counted: the cache stays small and quick to save.
  const found = new Map<string, Candidate>();
  const count = (name: string, kind: EntityKind, n = 1) => {
    const key = `${kind}\u0000${name}`;
    const known = found.get(key);
    if (known) known.n = (known.n ?? 1) + n;
    else found.set(key, { name, kind, n });
  };
  const add = (names: string[], kind: EntityKind, n = 1) => {
    for (const raw of names) {
      const name = cleanName(raw);
      if (keep(name)) count(name, kind, n);
    }
  };
  for (const r of runs) {
    const kind = knownKind(r.name);
    if (kind) count(r.name, kind);
  }
  // Capitalised speaker labels ("SARA LINDQVIST:") are not acronyms.
  const speakers = new Set(interview.passages.flatMap((p) => (p.speaker ?? '').toUpperCase().split(/\s+/)));
  add((text.match(ACRONYM) ?? []).filter((a) => !speakers.has(a) && a !== 'NOTE' && a !== 'WEBVTT'), 'organisation');
  // The interview's own metadata is surer than tagging: it outvotes it on what kind a name is.
  const named = [interview.interviewee, interview.interviewer].filter((n): n is string => !!n);
  add(named, 'person', 3);
  return [...found.values()];
}

/**
 * People, places and organisations named in each interview: capitalised runs of words that
 * compromise tags as names (it reads only a few words around names it has not judged before, see
 * classify.ts, for all the interviews at once: its cost is mostly per call), the interview's own
 * interviewee and interviewer, and acronyms (MKO, UNHCR) as organisations. Returns the names of
 * the first interviews, all of them unless `maxNames` stopped it early.
 */
export function extractBatch(interviews: readonly Interview[], maxNames = Infinity): Candidate[][] {
  const pending = new Set<string>();
  const scanned: Array<ReturnType<typeof scan>> = [];
  // Stops early once `maxNames` names wait to be judged (at least one interview is read): the caller's bound on one call's time.
  for (const interview of interviews) {
    if (scanned.length > 0 && pending.size >= maxNames) break;
    scanned.push(scan(interview, pending));
  }
  judge(scanned.flatMap((s) => s.sentences), scanned.flatMap((s) => s.names));
  return scanned.map((s, i) => candidatesOf(interviews[i]!, s.runs));
}

export function extractCandidates(interview: Interview): Candidate[] {
  return extractBatch([interview])[0] ?? [];
}
