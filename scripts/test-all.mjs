#!/usr/bin/env node
// `npm test`: type-check and lint (at once: each mostly waits on one core), unit tests, build,
// Electronegativity, end-to-end tests — in that order, stopping at the first failure — then one
// closing line `N passed, N failed, N skipped` summed from the Vitest and Playwright JSON reports
// (CI reads that line).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
for (const f of ['reports/unit.json', 'reports/e2e.json']) rmSync(f, { force: true });

const staticChecks = [
  ['type-check', 'npx', ['tsc', '-b']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
];
const steps = [
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/unit.json']],
  ['build', 'npm', ['run', 'build']],
  ['electronegativity', 'node', ['scripts/electronegativity.mjs']],
  ['packaging config', 'node', ['scripts/check-packaging.mjs']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

/** Runs a step with its output kept, so two steps at once print one after the other. */
function runQuietly([name, cmd, args]) {
  return new Promise((resolveStep) => {
    const started = Date.now();
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => resolveStep({ name, cmd, args, status, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }));
  });
}

let failedStep = null;
for (const step of await Promise.all(staticChecks.map(runQuietly))) {
  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  process.stdout.write(step.output);
  console.log(`=== ${step.name}: ${step.status === 0 ? 'ok' : `FAILED (exit ${step.status})`} in ${step.seconds.toFixed(1)} s`);
  if (step.status !== 0) failedStep ??= step.name;
}
for (const [name, cmd, args] of failedStep ? [] : steps) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : `FAILED (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync('reports/unit.json')) {
  const unit = JSON.parse(readFileSync('reports/unit.json', 'utf8'));
  counts.passed += unit.numPassedTests ?? 0;
  counts.failed += unit.numFailedTests ?? 0;
  counts.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync('reports/e2e.json')) {
  const stats = JSON.parse(readFileSync('reports/e2e.json', 'utf8')).stats ?? {};
  counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed += stats.unexpected ?? 0;
  counts.skipped += stats.skipped ?? 0;
}
if (failedStep) console.log(`\nnpm test stopped: ${failedStep} failed.`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failedStep || counts.failed > 0 ? 1 : 0);
