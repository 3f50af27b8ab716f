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
    const final = progress.phase === 'ready' || progress.phase === 'failed' || progress.phase === 'cancelled' || (progress.total > 0 && progress.done === progress.total);
    if (!final && now - last < 250) return;
    last = now;
    const count = progress.total > 0 ? ` ${progress.done}/${progress.total}` : '';
    process.stderr.write(`${progress.message ?? progress.phase}${count}\n`);
  };
}

// C0 and C1 controls and DEL: what terminal escapes (screen clear, window title, OSC 8 links)
// are made of. Bidi overrides are kept out too, so a title cannot reorder the line it is on.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text from an archive (titles, paths, snippets, reasons) made safe to print on a terminal. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROLS, ' ');
}

/** One line of human output on stdout, with every control character from the data removed. */
export function say(line: string): void {
  process.stdout.write(`${terminalSafe(line)}\n`);
}
