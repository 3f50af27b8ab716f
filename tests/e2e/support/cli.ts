import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repo } from './host';

export const CLI = join(repo, 'out', 'main', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI. `onStderr` sees each chunk of progress as it comes, with the child, so a
 * test can act at a chosen moment (kill it mid-sync).
 */
export function cli(args: string[], options: { env?: Record<string, string>; onStderr?(text: string, child: ChildProcess): void } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      options.onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `tsx scripts/seed-annotations.ts`: N durable annotations by one researcher. */
export function seedAnnotations(archive: string, count: number, creator: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'seed-annotations.ts'), archive, String(count), creator], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`seeding exited with ${code}`))));
  });
}
