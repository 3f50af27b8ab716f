import { ZodError } from 'zod';
import type { ErrorInfo } from '../../preload/api';
import { describeIssue } from './validation';
import { UserError } from './userError';

// Kept in a file of its own so that code which throws one (search, the CLI) loads no zod.
export { UserError, notFound } from './userError';

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
