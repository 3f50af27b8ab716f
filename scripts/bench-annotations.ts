/**
 * Store benchmark (a script, not a test): 100,000 annotations over 500 interviews.
 * Run: npx tsx scripts/bench-annotations.ts [dir]  (or: npm run bench -- annotations)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnnotationStore } from '../main/annotations/store/store';

const N = 100_000;
const INTERVIEWS = 500;

function target(n: number) {
  return { textHash: 'f'.repeat(64), quote: { exact: `a quoted passage number ${n} from the interview`, prefix: 'some words before the quoted passage', suffix: 'some words after the passage ends' }, position: { start: n * 40, end: n * 40 + 45 } };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function timeOpen(dir: string, label: string): Promise<AnnotationStore> {
  const t0 = performance.now();
  const store = await AnnotationStore.open(dir, { compactEvery: 10_000 });
  console.log(`${label}: open ${(performance.now() - t0).toFixed(0)} ms, ${store.listAnnotations().length} annotations, problems: ${store.problems.length}`);
  return store;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-bench-'));
  let store = await AnnotationStore.open(dir, { compactEvery: 10_000 });
  const code = await store.addCode({ name: 'Bench', color: '#123456' });
  const t0 = performance.now();
  for (let n = 0; n < N; n++) {
    await store.addAnnotation({ interviewId: `interview-${n % INTERVIEWS}`, target: target(n), note: `note ${n} `.repeat(12), codes: n % 4 === 0 ? [code.id] : [] });
  }
  console.log(`filled ${N} durable adds in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await store.close();
  console.log(`on disk: ${(fs.statSync(path.join(dir, 'snapshot.json')).size / 1e6).toFixed(1)} MB snapshot, journal segments ${fs.readdirSync(path.join(dir, 'journal')).length}`);

  store = await timeOpen(dir, 'snapshot + short journal');
  const adds: number[] = [];
  for (let n = N; n < N + 2000; n++) {
    const a = performance.now();
    await store.addAnnotation({ interviewId: `interview-${n % INTERVIEWS}`, target: target(n), note: 'a new note', codes: [] });
    adds.push(performance.now() - a);
  }
  adds.sort((x, y) => x - y);
  console.log(`add (durable, fsync): p50 ${percentile(adds, 50).toFixed(2)} ms, p99 ${percentile(adds, 99).toFixed(2)} ms, max ${adds.at(-1)!.toFixed(2)} ms`);
  const lists: number[] = [];
  for (let i = 0; i < 200; i++) {
    const a = performance.now();
    store.listAnnotations({ interviewId: `interview-${i % INTERVIEWS}` });
    lists.push(performance.now() - a);
  }
  lists.sort((x, y) => x - y);
  console.log(`list one interview (~${store.listAnnotations({ interviewId: 'interview-1' }).length} annotations): p50 ${percentile(lists, 50).toFixed(2)} ms, max ${lists.at(-1)!.toFixed(2)} ms`);
  const f = performance.now();
  store.listAnnotations({ text: 'number 4242 ' });
  console.log(`full-text filter over all: ${(performance.now() - f).toFixed(0)} ms`);
  await store.close();

  // Worst case before compaction: the snapshot plus a journal of 9,999 records to replay.
  store = await AnnotationStore.open(dir, { compactEvery: 1_000_000 });
  await store.compact();
  for (let n = 0; n < 9_999; n++) await store.addAnnotation({ interviewId: `interview-${n % INTERVIEWS}`, target: target(n), codes: [] });
  await store.close();
  (await timeOpen(dir, 'snapshot + 9,999 journal records')).close();
  console.log(`data in ${dir}`);
}

void main();
