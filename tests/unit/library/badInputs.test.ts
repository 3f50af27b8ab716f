import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBadInputs, type BadInputCase } from '../../fixtures/bad-inputs/generate';
import { readArchive, type ReadArchiveResult } from '../../../main/library/readArchive';
import { tempDir } from './helpers';

describe('an archive full of bad inputs', () => {
  let dir = '';
  let cleanup: () => Promise<void> = async () => undefined;
  let cases: BadInputCase[] = [];
  let result: ReadArchiveResult;
  let elapsed = 0;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('testimony-bad-inputs-'));
    cases = await generateBadInputs(path.join(dir, 'archive'));
    const started = performance.now();
    // A 2 MB cap keeps the test fast; the default cap is exercised in decode.test.ts.
    result = await readArchive(path.join(dir, 'archive'), { capBytes: 2 * 1024 * 1024 });
    elapsed = performance.now() - started;
  }, 120_000);
  afterAll(() => cleanup());

  it('generates at least 25 cases and reads the archive to the end', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    console.log(`${cases.length} bad-input cases: ${result.interviews.length} interviews, ${result.problems.length} problems in ${Math.round(elapsed)} ms`);
  });

  it('reads every good or recoverable file sensibly', () => {
    const byPath = new Map(result.interviews.map((i) => [i.path, i]));
    for (const c of cases.filter((x) => x.expect === 'read')) {
      const interview = byPath.get(c.path);
      expect(interview, `${JSON.stringify(c.path)} should be read; problems: ${JSON.stringify(result.problems.filter((p) => p.path === c.path))}`).toBeDefined();
      for (const phrase of c.contains ?? []) expect(interview?.text, c.path).toContain(phrase);
      for (const phrase of c.excludes ?? []) expect(interview?.text, c.path).not.toContain(phrase);
      for (const p of interview?.passages ?? []) expect(p.end).toBeLessThanOrEqual(interview?.text.length ?? 0);
    }
  });

  it('reports each bad file once, with a reason, and skips it', () => {
    const readPaths = new Set(result.interviews.map((i) => i.path));
    for (const c of cases.filter((x) => x.expect === 'problem')) {
      const problems = result.problems.filter((p) => p.path === c.path);
      expect(problems, `${JSON.stringify(c.path)} should be reported once`).toHaveLength(1);
      if (c.reason) expect(problems[0]?.reason, c.path).toMatch(c.reason);
      expect(readPaths.has(c.path)).toBe(false);
    }
    const paths = result.problems.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const problem of result.problems) expect(problem.reason.length).toBeGreaterThan(10);
  });

  it('handles the either-way cases one way or the other, never both or neither', () => {
    const readPaths = new Set(result.interviews.map((i) => i.path));
    for (const c of cases.filter((x) => x.expect === 'either')) {
      const errors = result.problems.filter((p) => p.path === c.path && p.severity !== 'warning');
      expect(readPaths.has(c.path) !== (errors.length === 1), c.path).toBe(true);
      if (errors.length && c.reason) expect(errors[0]?.reason).toMatch(c.reason);
    }
  });

  it('ignores dot-folders, the root README, unknown types and non-OHMS XML silently', () => {
    for (const c of cases.filter((x) => x.expect === 'ignored')) {
      expect(result.interviews.some((i) => i.path === c.path), c.path).toBe(false);
      expect(result.problems.some((p) => p.path === c.path), c.path).toBe(false);
    }
  });

  it('warns about truncation and encoding guesses but still indexes the head', () => {
    const huge = result.problems.find((p) => p.path === 'big/huge-600MiB.txt');
    expect(huge).toMatchObject({ severity: 'warning', reason: expect.stringMatching(/truncated to 2 MB/) });
    expect(result.problems.find((p) => p.path === 'encoding/windows-1252.txt')?.reason).toMatch(/windows-1252/);
    expect(result.interviews.find((i) => i.path === 'big/huge-600MiB.txt')?.text.length).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('never ran JavaScript front matter', () => {
    expect((globalThis as Record<string, unknown>).FRONT_MATTER_RAN).toBeUndefined();
  });
});
