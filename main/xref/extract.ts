import type { Interview } from '../library/types';
import type { EntityKind } from './aliases';
import { judge, judgedPerInterview, knownKind, worthJudging } from './classify';
import { evidenceFor, SURE, type Verdict } from './evidence';
import { furnitureSpans, inFurniture } from './furniture';
import { ORGANISATION_ACRONYMS, PLACE_ACRONYMS, TECHNOLOGIES } from './gazetteerLists';
import { placeSureness } from './gazetteer';
import { passageLanguages } from './language';
import { LowerCaseWords } from './lowerCase';
import { memoised } from './memo';
import { canBeName, cleanName, splitTitle } from './nameForm';
import { participantNames } from './participants';
import { capitalisedRuns, type Run } from './runs';

export { cleanName } from './nameForm';

export interface Candidate {
  name: string;
  kind: EntityKind;
  /** Times the interview names it so (1 when absent): its votes on the name's kind. */
  n?: number;
  /** How sure the evidence for the name and its kind is, 0–1 (absent: a tagger's guess). */
  sure?: number;
  /** The name of someone who takes part in the interview (interviewee, interviewer, speaker). */
  participant?: boolean;
}

const ACRONYM = /(?<![\p{L}\p{N}-])[A-Z]{2,6}(?![\p{L}\p{N}])/gu;
/** Acronyms are counted by the pattern above, not by tagging. */
const ACRONYM_ONLY = /^[A-Z]{2,6}$/;

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

interface NamedRun {
  name: string;
  start: number;
  end: number;
  /** What the name's own words, a title or a gazetteer say (undefined: only a tagger can tell). */
  verdict?: Verdict;
}

/** What one interview's reading needs more than once: its furniture and its lower-case words. */
interface Reading {
  furniture: ReturnType<typeof furnitureSpans>;
  lower: LowerCaseWords;
}

/** A capitalised run outside furniture that can be a name, cleaned and without its titles. */
interface Written {
  run: Run;
  name: string;
  title: boolean;
}

/** The capitalised runs outside furniture that can be names. */
function writtenNames(text: string, furniture: Reading['furniture']): Written[] {
  const written: Written[] = [];
  for (const run of capitalisedRuns(text)) {
    if (inFurniture(furniture, run.start, run.end)) continue;
    const form = nameForm(run.text);
    if (form) written.push({ run, name: form.name, title: form.title });
  }
  return written;
}

/** A run's text as a name, cleaned and its titles split off (null: it cannot be a name). */
const nameForm = memoised((raw: string): { name: string; title: boolean } | null => {
  const { name, title } = splitTitle(cleanName(raw));
  return canBeName(name) && !ACRONYM_ONLY.test(name) ? { name, title } : null;
});

/** What a name's own words say: its evidence, or the listed countries it puts side by side ("the Iran Iraq war"). */
interface NameEvidence {
  verdict?: Verdict;
  countries?: string[];
}

function evidenceOfName(name: string, title: boolean): NameEvidence {
  const verdict = evidenceFor(name, title);
  if (verdict) return { verdict };
  const words = name.split(' ');
  return words.length > 1 && words.every((w) => placeSureness(w) >= 1) ? { countries: words } : {};
}

const untitledEvidence = memoised((name) => evidenceOfName(name, false));
const titledEvidence = memoised((name) => evidenceOfName(name, true));
const nameEvidence = (name: string, title: boolean): NameEvidence => (title ? titledEvidence : untitledEvidence)(name);

/** A single untitled word is a name only if the text never writes it in lower case. */
const asksLowerCase = (w: Written): boolean => !w.name.includes(' ') && !w.title;

/** The written names that are names: in English passages (elsewhere only with evidence), and listed places in Persian script. */
function namedRuns(interview: Interview, written: readonly Written[], { lower }: Reading): NamedRun[] {
  const text = interview.text;
  const languageAt = passageLanguages(text, interview.passages);
  const runs: NamedRun[] = [];
  for (const w of written) {
    const { run: r, name, title } = w;
    // A single word the text also writes in lower case is a word ("Den", "Union", "Price" in "the price").
    if (asksLowerCase(w) && lower.has(name.toLowerCase())) continue;
    const { verdict, countries } = nameEvidence(name, title);
    // "the Iran Iraq war": countries side by side are each a name, not one.
    if (countries) {
      let at = r.start;
      for (const w of countries) {
        at = text.indexOf(w, at);
        runs.push({ name: w, start: at, end: at + w.length, verdict: { kind: 'place', sure: SURE.listed } });
      }
      continue;
    }
    // A capital at a sentence's start says nothing; outside English only evidence counts (no English capitalisation rules).
    // Only a name without evidence asks its passage's language: most passages are never read.
    if (!verdict && (r.initial || languageAt(r.start) !== 'en')) continue;
    runs.push({ name, start: r.start, end: r.end, ...(verdict ? { verdict } : {}) });
  }
  // Persian and Arabic script has no capitals: only the gazetteers' names count there (عراق, ایران).
  for (const m of text.matchAll(/[\u0600-\u06FF\u200c]{2,}/gu)) {
    if (languageAt(m.index) !== 'fa' || placeSureness(m[0]) < 1) continue;
    runs.push({ name: m[0], start: m.index, end: m.index + m[0].length, verdict: { kind: 'place', sure: SURE.listed } });
  }
  return runs;
}

/** An interview's runs, and those of them new to the archive worth tagging now. */
function scan(interview: Interview, pending: Set<string>): { runs: NamedRun[]; sentences: string[]; names: string[]; reading: Reading } {
  const text = interview.text;
  const furniture = furnitureSpans(text);
  const written = writtenNames(text, furniture);
  // The single words that can be names are known first: the text is then read once for all of them.
  const reading = { furniture, lower: new LowerCaseWords(text, written.filter(asksLowerCase).map((w) => w.name.toLowerCase())) };
  const runs = namedRuns(interview, written, reading);
  // The names new to the archive that this interview repeats most get tagged, at most
  // judgedPerInterview(): a bound on the cost per interview (in a large archive, a name met once
  // here is judged when another interview names it again: see worthJudging).
  const counts = new Map<string, { n: number; at: NamedRun }>();
  for (const r of runs) if (!r.verdict && !pending.has(r.name) && knownKind(r.name) === undefined) counts.set(r.name, { n: (counts.get(r.name)?.n ?? 0) + 1, at: counts.get(r.name)?.at ?? r });
  const chosen = [...counts.values()].filter((c) => worthJudging(c.at.name, c.n)).sort((a, b) => b.n - a.n).slice(0, judgedPerInterview()).map((c) => c.at);
  for (const r of chosen) pending.add(r.name);
  return { runs, sentences: [...new Set(chosen.map((r) => sentenceAround(text, r.start, r.end)))], names: chosen.map((r) => r.name), reading };
}

/** Acronyms in an interview's prose: listed ones with their kind, others (seen twice) as unsure organisations. */
function acronyms(interview: Interview, speakers: Set<string>, { furniture, lower }: Reading): Array<{ name: string; kind: EntityKind; sure: number }> {
  const text = interview.text;
  const seen = new Map<string, number>();
  for (const m of text.matchAll(ACRONYM)) {
    if (m[0].length < 3 && !ORGANISATION_ACRONYMS.has(m[0].toLowerCase()) && !PLACE_ACRONYMS.has(m[0].toLowerCase())) continue;
    if (speakers.has(m[0]) || inFurniture(furniture, m.index, m.index + m[0].length)) continue;
    seen.set(m[0], (seen.get(m[0]) ?? 0) + 1);
  }
  const found: Array<{ name: string; kind: EntityKind; sure: number }> = [];
  for (const [name, n] of seen) {
    const folded = name.toLowerCase();
    if (PLACE_ACRONYMS.has(folded)) found.push({ name, kind: 'place', sure: SURE.listed });
    else if (TECHNOLOGIES.has(folded)) found.push({ name, kind: 'technology', sure: SURE.listed });
    else if (ORGANISATION_ACRONYMS.has(folded)) found.push({ name, kind: 'organisation', sure: SURE.listed });
    // "END", "NOT", "DATE": words written in capitals are words.
    else if (n >= 2 && !lower.has(folded)) found.push({ name, kind: 'organisation', sure: SURE.acronym });
  }
  return found;
}

/** The names of one interview, once compromise has judged its runs. */
function candidatesOf(interview: Interview, runs: readonly NamedRun[], reading: Reading): Candidate[] {
  // One entry per name and kind, counted: the cache stays small and quick to save.
  const found = new Map<string, Candidate>();
  const count = (name: string, kind: EntityKind, sure: number | undefined, n = 1, participant = false) => {
    const key = `${kind}\u0000${name}`;
    const known = found.get(key);
    if (known) {
      known.n = (known.n ?? 1) + n;
      if (sure !== undefined && (known.sure ?? 0) < sure) known.sure = sure;
    } else found.set(key, { name, kind, n, ...(sure !== undefined ? { sure } : {}), ...(participant ? { participant } : {}) });
  };
  // The people taking part outvote any tagger on their names and on the words of their names.
  const participants = participantNames(interview);
  const participantWords = new Set(participants.flatMap((p) => p.toLowerCase().split(/\s+/u)));
  for (const name of participants) count(name, 'person', SURE.participant, 3, true);
  for (const r of runs) {
    if (participants.includes(r.name)) continue;
    if (r.verdict) count(r.name, r.verdict.kind, r.verdict.sure);
    else if (r.name.split(' ').every((w) => participantWords.has(w.toLowerCase()))) count(r.name, 'person', SURE.title);
    else {
      const kind = knownKind(r.name);
      if (kind) count(r.name, kind, r.name.includes(' ') ? SURE.tagger : SURE.taggerOneWord);
    }
  }
  const speakers = new Set(interview.passages.flatMap((p) => (p.speaker ?? '').toUpperCase().split(/\s+/)));
  for (const a of acronyms(interview, speakers, reading)) count(a.name, a.kind, a.sure);
  return [...found.values()];
}

/**
 * People, places, organisations and technologies named in each interview. Precision first:
 * transcript furniture never yields a name; the people taking part always do; a name's kind
 * comes from evidence (titles, its own words, the shipped gazetteers) and, in English passages
 * only, from compromise (it reads only a few words around names it has not judged before, see
 * classify.ts, for all the interviews at once: its cost is mostly per call). Every candidate
 * says how sure it is. Returns the names of the first interviews, all of them unless `maxNames`
 * stopped it early. Pure: plain data in and out.
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
  return scanned.map((s, i) => candidatesOf(interviews[i]!, s.runs, s.reading));
}

export function extractCandidates(interview: Interview): Candidate[] {
  return extractBatch([interview])[0] ?? [];
}
