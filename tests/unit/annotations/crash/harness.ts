/**
 * Kill-at-random harness shared by the crash test and scripts/crash-soak.ts: bundles the child
 * writer with esbuild (plain node cannot run TypeScript), runs it, SIGKILLs it at a random
 * moment, then reopens the store and checks that everything acknowledged is there.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { AnnotationStore } from '../../../../main/annotations/store/store';

export async function bundleChild(): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-crash-')), 'child.cjs');
  await build({ entryPoints: [path.join(__dirname, 'child.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
  return out;
}

export interface RoundResult {
  acknowledged: number;
  problems: string[];
  missing: string[];
}

/**
 * One round: run the child, SIGKILL it `killAfterMs` after it starts (or, with `afterFirstWrite`,
 * after its first acknowledged change, so that a slow, loaded machine still kills it mid-write
 * rather than before it has written anything), reopen and compare.
 */
export async function crashRound(childFile: string, dir: string, killAfterMs: number, compactEvery = 300, afterFirstWrite = false): Promise<RoundResult> {
  const child = spawn(process.execPath, [childFile, dir, String(compactEvery)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  if (afterFirstWrite) await new Promise<void>((resolve) => { child.stdout.once('data', () => resolve()); void exited.then(resolve); });
  await new Promise((r) => setTimeout(r, killAfterMs));
  child.kill('SIGKILL');
  await exited;
  if (err.trim() !== '') throw new Error(`child failed: ${err}`);

  const added = new Set<string>();
  const lastVersion = new Map<string, number>();
  const lines = out.split('\n');
  lines.pop(); // the last piece has no newline yet: the kill may have cut it
  for (const line of lines) {
    const [kind, id, version] = line.split(' ');
    if (kind === 'a' && id) added.add(id);
    if (kind === 'u' && id && version) lastVersion.set(id, Number(version));
  }
  const store = await AnnotationStore.open(dir);
  try {
    const missing = [...added].filter((id) => !store.getAnnotation(id));
    for (const [id, v] of lastVersion) {
      const note = store.getAnnotation(id)?.note ?? '';
      // A later update may have reached the disk before it was printed; an earlier one may not win.
      if (!note.startsWith('v') || Number(note.slice(1)) < v) missing.push(`${id} note v${v}`);
    }
    return { acknowledged: added.size + lastVersion.size, problems: store.problems, missing };
  } finally {
    await store.close();
  }
}
