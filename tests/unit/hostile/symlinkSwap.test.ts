/**
 * A file swapped for a link between the scan and the read (the window is the whole indexing run)
 * must not be followed out of the archive: the red team got /etc/passwd indexed that way.
 */
import { closeSync, mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readInterviewWithNotes, scanArchive } from '../../../main/library';
import { FILE_CALLS, openInside } from '../../../main/library/readText';
import { tempArchive } from '../../support/tempArchive';

const archives: Array<{ cleanup(): void }> = [];
afterEach(() => archives.splice(0).forEach((a) => a.cleanup()));

async function scannedThenSwapped(swap: (root: string, outside: string) => void) {
  const archive = tempArchive({ 'notes/secret-free.txt': 'An ordinary interview about the harbour.\n', 'notes/inner.txt': 'Inside words.\n' });
  archives.push(archive);
  const outside = path.join(archive.root, '..', 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'secret-free.txt'), 'root:x:0:0:SECRET outside the archive\n');
  const { files } = await scanArchive(archive.root);
  swap(archive.root, outside);
  return files;
}

describe('a file swapped for a link during indexing', () => {
  it('is refused when the file itself became a link out of the archive', async () => {
    const files = await scannedThenSwapped((root, outside) => {
      rmSync(path.join(root, 'notes/secret-free.txt'));
      symlinkSync(path.join(outside, 'secret-free.txt'), path.join(root, 'notes/secret-free.txt'));
    });
    const file = files.find((f) => f.path === 'notes/secret-free.txt')!;
    await expect(readInterviewWithNotes(file)).rejects.toMatchObject({ reason: expect.stringMatching(/replaced by a link/) });
  });

  it('is refused when a folder on its path became a link out of the archive', async () => {
    const files = await scannedThenSwapped((root, outside) => {
      renameSync(path.join(root, 'notes'), path.join(root, 'moved'));
      symlinkSync(outside, path.join(root, 'notes'));
    });
    const file = files.find((f) => f.path === 'notes/secret-free.txt')!;
    await expect(readInterviewWithNotes(file)).rejects.toMatchObject({ reason: expect.stringMatching(/outside the archive/) });
  });

  it('still reads a link that stays inside the archive', async () => {
    const archive = tempArchive({ 'a/real.txt': 'The lighthouse keeper spoke first.\n' });
    archives.push(archive);
    symlinkSync(path.join(archive.root, 'a/real.txt'), path.join(archive.root, 'alias.txt'));
    const { files } = await scanArchive(archive.root);
    const link = files.find((f) => f.path === 'alias.txt')!;
    expect(link.viaLink).toBe(true);
    expect((await readInterviewWithNotes(link)).interview.text).toContain('lighthouse keeper');
  });
});

// The host's thread waits on its file calls and a worker's thread blocks on them: both must refuse.
describe.each(Object.entries(FILE_CALLS))('opening a swapped file with the %s calls', (_, via) => {
  it('refuses a file that became a link, and a folder on its path that did', async () => {
    let root = '';
    const [file] = await scannedThenSwapped((r, outside) => {
      root = r;
      rmSync(path.join(r, 'notes/secret-free.txt'));
      symlinkSync(path.join(outside, 'secret-free.txt'), path.join(r, 'notes/secret-free.txt'));
    }).then((files) => files.filter((f) => f.path === 'notes/secret-free.txt'));
    await expect(openInside(file!.absPath, root, true, via)).rejects.toMatchObject({ reason: expect.stringMatching(/replaced by a link/) });
    const [inner] = await scannedThenSwapped((r, outside) => {
      root = r;
      renameSync(path.join(r, 'notes'), path.join(r, 'moved'));
      symlinkSync(outside, path.join(r, 'notes'));
    }).then((files) => files.filter((f) => f.path === 'notes/secret-free.txt'));
    await expect(openInside(inner!.absPath, root, true, via)).rejects.toMatchObject({ reason: expect.stringMatching(/outside the archive/) });
    const fd = await openInside(path.join(root, 'moved', 'inner.txt'), root, true, via);
    expect(fd).toBeGreaterThan(2);
    closeSync(fd);
  });
});
