/**
 * The crash test, longer: SIGKILL a writing child at random moments for many rounds and check that
 * every acknowledged change survives and the store always reopens.
 * Run: npx tsx scripts/crash-soak.ts [rounds=200] [compactEvery=100]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundleChild, crashRound } from '../tests/unit/annotations/crash/harness';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 200);
  const compactEvery = Number(process.argv[3] ?? 100);
  const child = await bundleChild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-soak-'));
  let acknowledged = 0;
  let lost = 0;
  const problems = new Map<string, number>();
  for (let round = 1; round <= rounds; round++) {
    const r = await crashRound(child, dir, 50 + Math.floor(Math.random() * 600), compactEvery);
    acknowledged += r.acknowledged;
    lost += r.missing.length;
    for (const p of r.problems) {
      const kind = p.replace(/\d+/g, 'N');
      problems.set(kind, (problems.get(kind) ?? 0) + 1);
    }
    if (r.missing.length > 0) console.error(`round ${round}: LOST ${r.missing.join(', ')}`);
    if (round % 25 === 0) console.log(`${round} rounds, ${acknowledged} acknowledged changes, ${lost} lost`);
  }
  console.log(`done: ${rounds} kills, ${acknowledged} acknowledged changes checked, ${lost} lost; store in ${dir}`);
  for (const [kind, n] of problems) console.log(`  ${n}× ${kind}`);
  process.exitCode = lost > 0 ? 1 : 0;
}

void main();
