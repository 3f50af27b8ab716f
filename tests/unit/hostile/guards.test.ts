/**
 * Guards that run before a parser with a bad shape: each hostile shape generated at the smallest
 * size that trips it, read through the real readers, with the reason a researcher sees.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInterviewWithNotes, scanArchive } from '../../../main/library';
import { READ_LIMITS } from '../../../main/library/budget/limits';
import { markdownDepth } from '../../../main/library/readers/markdownDepth';
import { writeHostileArchive, type HostileCase } from '../../fixtures/hostile/archive';

const SIZES = { docxXmlMb: 17, csvCellMb: 1.1, csvWordMb: 1.1, markdownMb: 0.05, pdfStreamMb: 65 };
let base: string;
let root: string;
let cases: HostileCase[];

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'testimony-guards-'));
  root = path.join(base, 'archive');
  cases = await writeHostileArchive(root, SIZES);
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function outcome(relative: string) {
  const { files, problems } = await scanArchive(root);
  const problem = problems.find((p) => p.path === relative);
  if (problem) return { problem: problem.reason };
  const file = files.find((f) => f.path === relative);
  if (!file) throw new Error(`${relative} was neither scanned nor reported`);
  try {
    return await readInterviewWithNotes(file);
  } catch (error) {
    return { problem: (error as { reason?: string }).reason ?? String(error) };
  }
}

describe('guards before quadratic or unbounded parsers', () => {
  it('refuses each hostile file with the reason that names its limit', async () => {
    for (const c of cases.filter((x) => x.path !== 'bad/nested.md')) {
      const result = await outcome(c.path);
      expect('problem' in result ? result.problem : 'read', c.path).toMatch(c.reason);
    }
  }, 60_000);

  it('reads deeply nested Markdown as plain text, with a note, keeping every item', async () => {
    const result = await outcome('bad/nested.md');
    if ('problem' in result) throw new Error(result.problem);
    expect(result.notes.join(' ')).toMatch(/nested \d+ levels deep/);
    const lastItem = /item (\d+)\s*$/.exec(result.interview.text)?.[1];
    expect(Number(lastItem)).toBeGreaterThan(READ_LIMITS.markdownDepth);
  });

  it('reads the good interviews beside them', async () => {
    for (const name of ['good/quarry.txt', 'good/ferry.md', 'good/lamps.csv']) {
      const result = await outcome(name);
      expect('interview' in result, name).toBe(true);
    }
  });

  it('measures Markdown depth by indentation and by chained markers, not by line length', () => {
    expect(markdownDepth('- a\n  - b\n    - c\n')).toBe(3);
    expect(markdownDepth('> > > - - x')).toBe(5);
    expect(markdownDepth(`plain ${'word '.repeat(10_000)}`)).toBe(0);
    expect(markdownDepth('---\n***\n')).toBe(0);
  });
});
