/** Why a sync did not go through, in the words the Team view and the CLI show. */
export type RefusalReason = 'wrong-password' | 'read-only' | 'not-member' | 'mass-delete';

export class SyncRefusedError extends Error {
  constructor(readonly reason: RefusalReason, message: string) {
    super(message);
    this.name = 'SyncRefusedError';
  }
}

export class SyncOfflineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncOfflineError';
  }
}

/** A bad address or missing setting: the researcher fixes it, nothing was tried. */
export class SyncSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncSetupError';
  }
}

/** PouchDB's replication errors, told apart by status: 401 and 403 are refusals, no status is offline. */
export function classifyRemoteError(error: unknown, remote: string): Error {
  const e = error as { status?: number; name?: string; message?: string; reason?: string };
  if (e.status === 401) return new SyncRefusedError('wrong-password', `The server at ${remote} refused the name or password.`);
  if (e.status === 403) return new SyncRefusedError('read-only', `The server at ${remote} refused your changes: you are a read-only member of this project. Your changes stay on this computer.`);
  if (e.status === 404) return new SyncSetupError(`There is no project database at ${remote}. Ask the project's administrator to create it.`);
  if (e.status === undefined || e.status === 0 || e.status >= 500) return new SyncOfflineError(`The server at ${remote} could not be reached (${e.reason ?? e.message ?? e.name ?? 'no answer'}). Your changes are kept and will be shared at the next sync.`);
  return new Error(`The server at ${remote} answered ${e.status}: ${e.reason ?? e.message ?? ''}`);
}
