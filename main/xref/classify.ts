/**
 * What kind of name a capitalised run is. compromise tags names well in context but costs ~30 µs
 * a word, so it reads only the sentences that hold a name it has not judged yet; its verdicts
 * are remembered for the whole archive (names repeat across interviews far more often than new
 * ones appear). A name it read and did not tag is remembered as not a name.
 */
import nlp from 'compromise';
import type { EntityKind } from './aliases';
import { cleanName, splitTitle } from './nameForm';

const verdicts = new Map<string, Map<EntityKind, number> | null>();
const LIMIT = 200_000;

/** The kind compromise gave the name most often, or null when it is not a name (undefined: not judged yet). */
export function knownKind(name: string): EntityKind | null | undefined {
  const tally = verdicts.get(name);
  if (tally === undefined || tally === null) return tally;
  let best: EntityKind | null = null;
  let most = 0;
  for (const [kind, n] of tally) if (n > most) [best, most] = [kind, n];
  return best;
}

function vote(name: string, kind: EntityKind): void {
  let tally = verdicts.get(name);
  if (!tally) verdicts.set(name, (tally = new Map()));
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
}

/** Names met once, in one interview, and not judged yet. */
const sightings = new Set<string>();
/** Until the archive has this many verdicts every new name is judged: a small archive is read fully. */
const OPEN_VERDICTS = 2_000;

/**
 * Whether tagging a name is worth its cost now: always while the archive's names are few; later
 * only for a name this interview repeats or another interview named too. A name met once in one
 * interview is rarely one a researcher follows, and it is judged as soon as it is met again.
 */
/** How many new names one interview may have tagged: all a small archive needs, fewer once the archive's names are known. */
export const judgedPerInterview = (): number => (verdicts.size < OPEN_VERDICTS ? 24 : 6);

export function worthJudging(name: string, timesHere: number): boolean {
  if (verdicts.size < OPEN_VERDICTS || timesHere >= 2 || sightings.has(name)) return true;
  if (sightings.size >= LIMIT) sightings.clear();
  sightings.add(name);
  return false;
}

/** Tags the sentences, then remembers every name in them (and every run it did not tag as no name). */
export function judge(sentences: readonly string[], runs: readonly string[]): void {
  if (sentences.length === 0) return;
  if (verdicts.size >= LIMIT) verdicts.clear();
  // Each window ends a sentence, so one window's words never run into the next one's.
  const doc = nlp(sentences.map((s) => s.replace(/[\s.!?;:,]*$/u, '.')).join('\n'));
  const record = (found: string[], kind: EntityKind): void => {
    for (const raw of found) {
      const name = splitTitle(cleanName(raw)).name;
      if (name) vote(name, kind);
    }
  };
  record(doc.people().out('array') as string[], 'person');
  record(doc.places().out('array') as string[], 'place');
  record(doc.organizations().out('array') as string[], 'organisation');
  for (const run of runs) {
    if (!verdicts.has(run)) verdicts.set(run, null);
    sightings.delete(run);
  }
}
