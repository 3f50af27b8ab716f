import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway archive folder with the given files (relative path → content). */
export function tempArchive(files: Record<string, string>): { root: string; userData: string; cleanup(): void } {
  const base = mkdtempSync(join(tmpdir(), 'testimony-unit-'));
  const root = join(base, 'archive');
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return { root, userData: join(base, 'user-data'), cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

export const SMALL_ARCHIVE = {
  'one.txt': 'Amir Kazemi interviewed by Lena Ortiz\n\nQ: Where did you stay?\n\nA: In Camp Ashraf, near Khalis, until 2008.\n\nMarch 3, 2008\n',
  'two.md': '---\ntitle: A second interview\ninterviewee: Sara Nouri\ndate: 2009-05-01\n---\n\nSARA NOURI: We crossed the border at night. The police arrested seventy people.\n',
};
