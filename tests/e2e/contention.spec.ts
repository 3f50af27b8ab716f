/**
 * Two processes writing one archive: command-line writers serialise behind each other (never two
 * writers, never a damaged journal), and a CLI facing a long-lived host (serve) says clearly that
 * the archive is open there. Whole processes, in a loop.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyArchive, serveArchive } from './support/host';
import { cli } from './support/cli';

test('concurrent CLI writers serialise: every annotation acknowledged is on disk, the journal intact', async () => {
  test.setTimeout(120_000);
  const archive = copyArchive();
  writeFileSync(join(archive, 'lighthouse.txt'), 'Q: Who kept the light?\n\nA: The lighthouse keeper, every night until 1961.\n');
  const found = JSON.parse((await cli(['search', archive, 'lighthouse', '--json', '--limit', '1'])).stdout) as Array<{ id: string }>;
  const interview = found[0]?.id ?? '';
  const acknowledged: string[] = [];
  for (let round = 0; round < 2; round++) {
    const runs = await Promise.all(Array.from({ length: 3 }, (_, i) => cli(['annotate', archive, '--interview', interview, '--quote', 'lighthouse keeper', '--note', `round ${round} writer ${i}`, '--json', '--quiet'])));
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      acknowledged.push((JSON.parse(run.stdout) as { id: string }).id);
    }
  }
  const exported = await cli(['annotations', archive, '--format', 'w3c']);
  for (const id of acknowledged) expect(exported.stdout).toContain(id);
  const quarantine = join(archive, '.testimony', 'annotations', 'quarantine');
  expect(() => readdirSync(quarantine)).toThrow();
});

test('a CLI writer facing the browser host is told the archive is open there', async () => {
  const served = await serveArchive();
  try {
    const run = await cli(['annotate', served.archive, '--interview', 'x', '--quote', 'Ashraf', '--json']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/open in the browser host/);
  } finally {
    await served.stop();
  }
});
