import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach } from 'vitest';
import type { AnnotationInput } from '../../../main/annotations/model';
import { AnnotationStore, type OpenOptions } from '../../../main/annotations/store/store';

/** Temp folders and open stores, cleaned up after each test. */
export function useTempStores(): { dir: () => string; open: (dir: string, opts?: OpenOptions) => Promise<AnnotationStore> } {
  const dirs: string[] = [];
  const stores: AnnotationStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });
  return {
    dir: () => {
      const d = fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-ann-'));
      dirs.push(d);
      return d;
    },
    open: async (dir, opts) => {
      const s = await AnnotationStore.open(dir, opts);
      stores.push(s);
      return s;
    },
  };
}

export function input(n: number, over: Partial<AnnotationInput> = {}): AnnotationInput {
  return {
    interviewId: `interview-${n % 3}`,
    target: { textHash: 'h', quote: { exact: `quote ${n}`, prefix: 'before ', suffix: ' after' }, position: { start: n * 10, end: n * 10 + 7 } },
    note: `note ${n}`,
    codes: [],
    ...over,
  };
}

export function segments(dir: string): string[] {
  return fs.readdirSync(path.join(dir, 'journal')).sort().map((f) => path.join(dir, 'journal', f));
}
