import type { IndexProgress } from '../../preload/api';

/** A failure the CLI reports as one line on stderr with a non-zero exit. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Progress on stderr, throttled, so stdout stays one clean JSON document. */
export function progressReporter(quiet: boolean): (progress: IndexProgress) => void {
  let last = 0;
  return (progress) => {
    if (quiet) return;
    const now = Date.now();
    const final = progress.phase === 'ready' || progress.phase === 'failed' || progress.phase === 'cancelled';
    if (!final && now - last < 250) return;
    last = now;
    const count = progress.total > 0 ? ` ${progress.done}/${progress.total}` : '';
    process.stderr.write(`${progress.message ?? progress.phase}${count}\n`);
  };
}
