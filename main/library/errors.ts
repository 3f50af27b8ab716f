/** A file that cannot be turned into an interview; `reason` is written for the researcher. */
export class ArchiveReadError extends Error {
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'ArchiveReadError';
    this.reason = reason;
  }
}

/** A short, researcher-readable reason for any error thrown while reading a file. */
export function reasonOf(error: unknown): string {
  if (error instanceof ArchiveReadError) return error.reason;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file disappeared while it was being read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied: the file cannot be read';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  if (code === 'ERR_STRING_TOO_LONG') return 'the file is too large to read as text';
  const message = error instanceof Error ? error.message : String(error);
  return `could not be read (${message.slice(0, 200)})`;
}
