/**
 * What the name finder and the analyser remember from a text (runs, words) must not keep the text
 * itself alive: V8 keeps a long slice as a view of its parent string, and at 50,000 interviews
 * each names worker's heap grew to 2.7 GB of texts that way. Run in a child process with
 * --expose-gc, so the heap can be measured after a full collection.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

/** Heap (MB) after reading 200 texts of 1 MB with `use`, dropping them and collecting. */
function heapAfter(use: string): number {
  const script = `
    const { capitalisedRuns } = require(${JSON.stringify(path.join(root, 'main/xref/runs.ts'))});
    const { TermCounter } = require(${JSON.stringify(path.join(root, 'main/search/analysis.ts'))});
    const { NameMatcher } = require(${JSON.stringify(path.join(root, 'main/xref/names.ts'))});
    const { nameStarts } = require(${JSON.stringify(path.join(root, 'main/xref/runs.ts'))});
    const use = ${use};
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 200; i++) {
      // A long run and a long word of its own in every text, amid 1 MB of filler.
      const text = 'x '.repeat(250_000) + \` Ambassador Farhadmandian\${i} of Qasrshirinabad\${i} said supercalifragilistic\${i}. \` + 'y '.repeat(250_000);
      use(text);
    }
    globalThis.gc();
    console.log(((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1));
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '-e', script], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return Number(run.stdout.trim());
}

describe('texts are not kept alive by what is remembered from them', () => {
  it('by the capitalised runs the name finder remembers', () => {
    expect(heapAfter('(text) => capitalisedRuns(text)')).toBeLessThan(40);
  }, 60_000);

  it('by the words the analyser remembers', () => {
    expect(heapAfter('(text) => new TermCounter().countField(text.slice(499_990, 500_120))')).toBeLessThan(40);
  }, 60_000);

  it('by the words the name matcher folds', () => {
    expect(heapAfter("(text) => { const m = new NameMatcher(); m.add('e', 'Qasrshirinabad0'); m.find(text, nameStarts(text)); }")).toBeLessThan(40);
  }, 60_000);
});
