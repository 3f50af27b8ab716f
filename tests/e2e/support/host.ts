import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const repo = resolve(__dirname, '..', '..', '..');

export interface ServedArchive {
  url: string;
  origin: string;
  token: string;
  archive: string;
  /** Stops the host; its archive copy is removed unless another host still serves it. */
  stop(options?: { keepArchive?: boolean }): Promise<void>;
}

/** A private copy of an archive (the sample one by default) in a temp folder: each test gets its own data. */
export function copyArchive(source = join(repo, 'archive')): string {
  const dir = mkdtempSync(join(tmpdir(), 'testimony-e2e-'));
  const archive = join(dir, 'archive');
  cpSync(source, archive, { recursive: true, filter: (src) => !src.includes('.testimony') });
  return archive;
}

/** Starts the real browser host (`out/main/serve.js`, as `npm run serve` does) on a random port. */
export async function serveArchive(archive = copyArchive()): Promise<ServedArchive> {
  const child: ChildProcess = spawn(process.execPath, [join(repo, 'out', 'main', 'serve.js'), archive], {
    env: { ...process.env, TESTIMONY_USER_DATA: join(archive, '..', 'user-data') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolveUrl);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    archive,
    async stop(options) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (!options?.keepArchive) rmSync(join(archive, '..'), { recursive: true, force: true });
    },
  };
}
