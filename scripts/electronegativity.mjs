#!/usr/bin/env node
// Runs Electronegativity over the app's sources (main, preload, renderer) and fails on any
// medium or high finding that security/electronegativity-accepted.json does not explain.
// Electronegativity itself exits 0 whatever it finds, so its CSV is parsed here.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const input = join(work, 'app');
for (const dir of ['main', 'preload', 'renderer']) cpSync(dir, join(input, dir), { recursive: true });
cpSync('package.json', join(input, 'package.json'));
const csv = join(work, 'result.csv');
const electron = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const run = spawnSync('npx', ['electronegativity', '-i', input, '-o', csv, '-r', '-v', 'false', '-e', electron], { encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

// CSV rows: issue, severity, confidence, filename, location, sample, description, url
const rows = readFileSync(csv, 'utf8').trim().split('\n').slice(1).map((line) => {
  const cells = [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'));
  return { issue: cells[0], severity: cells[1], file: cells[3], location: cells[4] };
});
rmSync(work, { recursive: true, force: true });
const accepted = JSON.parse(readFileSync('security/electronegativity-accepted.json', 'utf8')).accepted;
const isAccepted = (row) => accepted.some((a) => a.issue === row.issue && (a.file === undefined || a.file === row.file));
const serious = rows.filter((r) => r.severity === 'HIGH' || r.severity === 'MEDIUM');
const open = serious.filter((r) => !isAccepted(r));
for (const r of rows) console.log(`${open.includes(r) ? 'FAIL' : serious.includes(r) ? 'accepted' : 'info'}  ${r.severity.padEnd(6)} ${r.issue} ${r.file}:${r.location}`);
console.log(`Electronegativity: ${rows.length} findings, ${serious.length} medium/high, ${open.length} not accepted.`);
process.exit(open.length ? 1 : 0);
