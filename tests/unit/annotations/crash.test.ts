import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, crashRound } from './crash/harness';

describe('crash test: SIGKILL at random moments', () => {
  let child = '';
  beforeAll(async () => {
    child = await bundleChild();
  });

  it('keeps every acknowledged change and always reopens', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-crash-store-'));
    let acknowledged = 0;
    for (let round = 0; round < 25; round++) {
      // One round in five kills while the child is still opening and recovering; the others kill it
      // at a random moment after its first acknowledged write, however slow the machine is.
      const whileOpening = round % 5 === 0;
      const result = await crashRound(child, dir, whileOpening ? 20 + Math.floor(Math.random() * 300) : 10 + Math.floor(Math.random() * 250), 150, !whileOpening);
      expect(result.missing).toEqual([]);
      expect(result.problems.filter((p) => !/unfinished write|unfinished snapshot/.test(p))).toEqual([]);
      acknowledged += result.acknowledged;
    }
    expect(acknowledged).toBeGreaterThan(100);
  });
});
