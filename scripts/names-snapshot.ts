/**
 * `npx tsx scripts/names-snapshot.ts OUT.json [GENERATED_DIR] [--against TREE]`: the contract for speeding up name
 * finding. Runs extractBatch over the sample archive, ../shared/data/interviews and a generated
 * corpus (default /tmp/names-c300, from `node ../shared/bench/gen-corpus.mjs --docs 300 --seed 3
 * --out DIR`), in batches of 16 as runNamesJob does, in one process and one fixed order (the
 * tagger's verdicts carry over from batch to batch). Writes every candidate as JSON (compare two
 * runs byte for byte) and prints the CPU ms per interview of each corpus, module loading apart.
 * `--against TREE` (another checkout, e.g. `git archive BASE | tar -x -C TREE`) also runs that
 * tree's extractBatch on every batch, alternating which goes first, and fails on any difference:
 * both are timed under the same load, which on a shared machine moves CPU time more than most
 * changes do.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
import { readArchive } from '../main/library/readArchive';
import type { Interview } from '../main/library/types';
import { extractBatch, type Candidate } from '../main/xref/extract';
import { placeSureness } from '../main/xref/gazetteer';

const REPO = resolve(__dirname, '..');
const BATCH = 16;

async function interviewsIn(root: string): Promise<Interview[]> {
  return existsSync(root) ? (await readArchive(root)).interviews : [];
}

/** CPU ms (user + system) of a call. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Another tree's extractBatch, its gazetteers loaded. */
async function otherTree(tree: string): Promise<typeof extractBatch> {
  const { extractBatch: theirs } = (await import(resolve(tree, 'main/xref/extract.ts'))) as { extractBatch: typeof extractBatch };
  const { placeSureness: theirPlaces } = (await import(resolve(tree, 'main/xref/gazetteer.ts'))) as { placeSureness: typeof placeSureness };
  theirPlaces('Paris');
  return theirs;
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--against');
  const against = flag > 0 ? process.argv[flag + 1] : undefined;
  const args = flag > 0 ? process.argv.slice(2, flag) : process.argv.slice(2);
  const out = args[0] ?? 'names-snapshot.json';
  const generated = args[1] ?? '/tmp/names-c300';
  const other = against ? await otherTree(resolve(against)) : undefined;
  const corpora: Array<[string, string]> = [['archive', resolve(REPO, 'archive')], ['interviews', resolve(REPO, '../shared/data/interviews')], ['generated', generated]];
  // Loading compromise and the gazetteers is a one-off cost, not a per-interview one.
  const load = cpuMs(() => {
    nlp('Warm up.').people();
    placeSureness('Paris');
  });
  console.log(`module load ${load.toFixed(0)} ms`);
  const snapshot: Record<string, Record<string, Candidate[]>> = {};
  for (const [label, root] of corpora) {
    const interviews = await interviewsIn(root);
    const found: Record<string, Candidate[]> = {};
    let ms = 0;
    let otherMs = 0;
    for (let from = 0; from < interviews.length; from += BATCH) {
      const batch = interviews.slice(from, from + BATCH);
      let names: Candidate[][] = [];
      let theirs: Candidate[][] = [];
      const ours = (): number => cpuMs(() => (names = extractBatch(batch)));
      const their = (): number => (other ? cpuMs(() => (theirs = other(batch))) : 0);
      if (from % (2 * BATCH) === 0) [ms, otherMs] = [ms + ours(), otherMs + their()];
      else [otherMs, ms] = [otherMs + their(), ms + ours()];
      if (other && JSON.stringify(theirs) !== JSON.stringify(names)) throw new Error(`${label}: the candidates differ from ${against} in the batch from ${from}`);
      batch.forEach((interview, k) => (found[interview.id] = names[k] ?? []));
    }
    snapshot[label] = found;
    const words = interviews.reduce((n, i) => n + i.words, 0);
    const perInterview = (total: number): string => (total / Math.max(1, interviews.length)).toFixed(2);
    console.log(`${label}: ${interviews.length} interviews, ${words} words, ${ms.toFixed(0)} ms CPU, ${perInterview(ms)} ms per interview${other ? ` (${against}: ${perInterview(otherMs)}; identical)` : ''}`);
  }
  writeFileSync(out, JSON.stringify(snapshot, null, 1));
}

void main();
