import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWhole } from '../../../main/library/readText';
import { tempDir } from './helpers';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeEach(async () => ({ dir, cleanup } = await tempDir('testimony-read-whole-')));
afterEach(() => cleanup());

describe('reading a whole file', () => {
  it('reads all of a file within the limit, and refuses one past it without reading it', async () => {
    const file = path.join(dir, 'grown.pdf');
    writeFileSync(file, Buffer.alloc(2048, 7));
    expect((await readWhole(file, dir, true, 4096)).length).toBe(2048);
    // As if the file was swapped for a bigger one after its reader checked the size.
    await expect(readWhole(file, dir, true, 1024)).rejects.toMatchObject({ reason: expect.stringMatching(/larger than 1 KB, too large to read/) });
  });
});
