/**
 * `npx tsx scripts/names-snapshot.ts OUT.json [GENERATED_DIR]`: the contract for speeding up name
 * finding. Runs extractBatch over the sample archive, ../shared/data/interviews and a generated
 * corpus (default /tmp/names-c300, from `node ../shared/bench/gen-corpus.mjs --docs 300 --seed 3
 * --out DIR`), in batches of 16 as runNamesJob does, in one process and one fixed order (the
 * tagger's verdicts carry over from batch to batch). Writes every candidate as JSON (compare two
 * runs byte for byte) and prints the CPU ms per interview of each corpus, module loading apart.
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

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'names-snapshot.json';
  const generated = process.argv[3] ?? '/tmp/names-c300';
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
    for (let from = 0; from < interviews.length; from += BATCH) {
      const batch = interviews.slice(from, from + BATCH);
      let names: Candidate[][] = [];
      ms += cpuMs(() => (names = extractBatch(batch)));
      batch.forEach((interview, k) => (found[interview.id] = names[k] ?? []));
    }
    snapshot[label] = found;
    const words = interviews.reduce((n, i) => n + i.words, 0);
    console.log(`${label}: ${interviews.length} interviews, ${words} words, ${ms.toFixed(0)} ms CPU, ${(ms / Math.max(1, interviews.length)).toFixed(2)} ms per interview`);
  }
  writeFileSync(out, JSON.stringify(snapshot, null, 1));
}

void main();
