#!/usr/bin/env node
// `npm run bench [-- <name>…] [-- --docs N]`: the benchmarks, each in its own process so peak
// memory is its own. Names: search, annotations, dossier, xref (default: all that exist).
// Benchmarks print numbers; they never fail a test run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const docs = args.includes('--docs') ? args[args.indexOf('--docs') + 1] : '5000';
const benches = {
  search: ['scripts/bench-search.ts', '--docs', docs, ...(args.includes('--skip-naive') ? ['--skip-naive'] : [])],
  annotations: ['scripts/bench-annotations.ts'],
  dossier: ['scripts/bench-dossier.ts'],
  xref: ['scripts/bench-xref.ts', '--docs', docs],
  // The host's event-loop pauses while names are found (at --docs, default 1,000 here).
  loop: ['scripts/bench-loop-probe.mjs', ...(args.includes('--docs') ? ['--docs', docs] : [])],
};
const chosen = args.filter((a) => a in benches);
for (const name of chosen.length ? chosen : Object.keys(benches)) {
  const [script, ...rest] = benches[name];
  if (!existsSync(script)) continue;
  console.log(`\n=== bench: ${name}`);
  const run = spawnSync('npx', ['tsx', script, ...rest], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(bench ${name} exited with ${run.status})`);
}
