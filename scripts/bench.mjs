#!/usr/bin/env node
// `npm run bench [-- <name>…] [-- --docs N]`: the benchmarks, each in its own process so peak
// memory is its own. Names: search, annotations, dossier, xref, loop (default: all that exist).
// `search` also takes --skip-naive, --naive-docs N, --corpus DIR and --warm (see bench-search.ts);
// `loop` takes --runs R, --modes cold,names, --skip-sample and --cpu-prof DIR (see bench-loop-probe.mjs).
// Benchmarks print numbers; they never fail a test run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';

const args = process.argv.slice(2);
const value = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const docs = value('--docs') ?? '5000';
const passed = (...names) => names.flatMap((n) => (value(n) === undefined ? [] : [n, value(n)]));
const benches = {
  search: ['scripts/bench-search.ts', '--docs', docs, ...passed('--naive-docs', '--corpus'), ...['--skip-naive', '--warm'].filter((f) => args.includes(f))],
  annotations: ['scripts/bench-annotations.ts'],
  dossier: ['scripts/bench-dossier.ts'],
  xref: ['scripts/bench-xref.ts', '--docs', docs],
  // The host's event-loop pauses while names are found (at --docs, default 1,000 here).
  loop: ['scripts/bench-loop-probe.mjs', ...(args.includes('--docs') ? ['--docs', docs] : []), ...passed('--runs', '--modes', '--cpu-prof'), ...['--skip-sample'].filter((f) => args.includes(f))],
};
const optionValues = new Set(['--docs', '--naive-docs', '--corpus', '--runs', '--modes', '--cpu-prof'].map(value));
const chosen = args.filter((a) => !a.startsWith('--') && !optionValues.has(a));
const unknown = chosen.filter((a) => !(a in benches));
if (unknown.length) {
  // A mistyped name used to run every benchmark (an hour or more at 5,000 interviews).
  console.error(`bench: no benchmark named ${unknown.join(', ')} (there are: ${Object.keys(benches).join(', ')})`);
  process.exit(2);
}
// A fixed piece of CPU work, timed first: this machine's speed today (a VM's varied threefold
// between sessions), so figures from different runs can be compared.
const reference = spawnSync(process.execPath, ['-e', 'const t = process.cpuUsage(); let s = 0; for (let i = 0; i < 1e8; i++) s = (s + i * 7) % 1000003; console.log(((process.cpuUsage(t).user) / 1000).toFixed(0), s);'], { encoding: 'utf8' });
console.log(`machine reference: a fixed loop of 1e8 steps took ${reference.stdout.split(' ')[0]} ms of CPU (load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
for (const name of chosen.length ? chosen : Object.keys(benches)) {
  const [script, ...rest] = benches[name];
  if (!existsSync(script)) continue;
  console.log(`\n=== bench: ${name}`);
  const run = spawnSync('npx', ['tsx', script, ...rest], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`(bench ${name} exited with ${run.status})`);
}
