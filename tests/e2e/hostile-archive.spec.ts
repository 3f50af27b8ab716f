/**
 * Issue 16's "done when": an archive of generated hostile files beside good interviews indexes
 * through the CLI (a whole process) within a minute and under 1.5 GB peak RSS, lists each bad file
 * with its reason, and the good files stay searchable. The suite uses the smallest sizes that
 * still trip each guard; `npx tsx scripts/hostile-archive.ts` runs the issue's full sizes.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GOOD_WORDS, writeHostileArchive } from '../fixtures/hostile/archive';
import { indexAsUser, searchAsUser } from '../fixtures/hostile/indexAsUser';

const SUITE_SIZES = { docxXmlMb: 17, csvCellMb: 1.5, csvWordMb: 1.5, markdownMb: 0.5, pdfStreamMb: 80 };

test('a hostile archive indexes fully within budget and lists each bad file with its reason', async () => {
  test.setTimeout(120_000);
  const base = mkdtempSync(path.join(tmpdir(), 'testimony-hostile-'));
  try {
    const root = path.join(base, 'archive');
    const cases = await writeHostileArchive(root, SUITE_SIZES);
    const run = await indexAsUser(root);
    expect(run.code).toBe(0);
    // Limits, not timings: the bound for a whole run and its memory ceiling.
    expect(run.ms).toBeLessThan(60_000);
    expect(run.peakRssMb).toBeLessThan(1536);
    for (const c of cases) {
      const problem = run.json.problems.find((p) => p.path === c.path);
      expect(problem, `${c.path} is listed under Archive problems`).toBeDefined();
      expect(problem?.reason, c.path).toMatch(c.reason);
    }
    // Good interviews, and the nested Markdown read as plain text, are in the index.
    expect(run.json.interviews).toBe(GOOD_WORDS.length + 1);
    for (const word of GOOD_WORDS) {
      const hits = await searchAsUser(root, word);
      expect(hits.map((h) => h.path), word).toEqual([expect.stringMatching(/^good\//)]);
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
