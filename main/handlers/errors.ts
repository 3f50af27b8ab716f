import { ZodError } from 'zod';
import type { ErrorInfo } from '../../preload/api';
import { describeIssue } from './validation';

/** An error whose message is already written for a researcher. */
export class UserError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function notFound(what: string): UserError {
  return new UserError('not-found', `${what} was not found. It may have been removed from the archive.`);
}

/** Engine errors whose messages are already written for a researcher, by name → code. */
const RESEARCHER_FACING: Record<string, string> = {
  CodeError: 'invalid-input',
  ExchangeError: 'invalid-input',
  NotFoundError: 'not-found',
  ReadOnlyStoreError: 'read-only',
  ArchiveLockedError: 'locked',
  MassChangeError: 'needs-confirmation',
  ArchiveReadError: 'unreadable',
  AbortError: 'cancelled',
  SyncRefusedError: 'refused',
  SyncOfflineError: 'offline',
  SyncSetupError: 'invalid-input',
};

/** Internal details go to the log; the researcher gets a calm sentence. */
export function describeError(error: unknown): ErrorInfo {
  if (error instanceof UserError) return { code: error.code, message: error.message };
  // A schema checked inside a handler (a nested document, an import): the same sentences as at the border.
  if (error instanceof ZodError) return { code: 'invalid-input', message: describeIssue(error.issues[0], undefined) };
  if (error instanceof Error && Object.hasOwn(RESEARCHER_FACING, error.name)) return { code: RESEARCHER_FACING[error.name] ?? 'error', message: error.message };
  if (error instanceof Error && 'userMessage' in error && typeof error.userMessage === 'string') {
    return { code: 'error', message: error.userMessage };
  }
  console.error('[testimony] internal error:', error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong inside Testimony (${detail.slice(0, 200)}). Nothing you saved was lost.` };
}
