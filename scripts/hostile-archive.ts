// `npx tsx scripts/hostile-archive.ts [folder]`: issue 16's hostile archive at the issue's full
// sizes (190 MB docx part, 1 GB flate stream, …), indexed through the built CLI as a whole
// process; prints the wall clock, the peak RSS and each problem. Build first (`npm run build`).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ISSUE_SIZES, writeHostileArchive } from '../tests/fixtures/hostile/archive';
import { indexAsUser } from '../tests/fixtures/hostile/indexAsUser';

async function main(): Promise<void> {
  const base = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'testimony-hostile-'));
  const root = path.join(base, 'archive');
  try {
    const generated = Date.now();
    const cases = await writeHostileArchive(root, ISSUE_SIZES);
    console.log(`generated ${cases.length} hostile files in ${Date.now() - generated} ms`);
    const run = await indexAsUser(root);
    console.log(`index: exit ${run.code}, ${run.ms} ms, peak RSS ${Math.round(run.peakRssMb)} MB, ${run.json.interviews} interviews, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const c of cases) {
      const problem = run.json.problems.find((p) => p.path === c.path);
      console.log(`${problem && c.reason.test(problem.reason) ? 'ok  ' : 'FAIL'} ${c.path}: ${problem?.reason ?? '(not listed)'}`);
    }
  } finally {
    if (!process.argv[2]) rmSync(base, { recursive: true, force: true });
  }
}

void main();
