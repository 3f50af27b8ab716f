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
      // Some kills land while the child is still opening and recovering, most while writing.
      const result = await crashRound(child, dir, 60 + Math.floor(Math.random() * 400), 150);
      expect(result.missing).toEqual([]);
      expect(result.problems.filter((p) => !/unfinished write|unfinished snapshot/.test(p))).toEqual([]);
      acknowledged += result.acknowledged;
    }
    expect(acknowledged).toBeGreaterThan(100);
  });
});
