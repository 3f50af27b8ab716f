/** The sync status in a researcher's words. */
import type { SyncState, SyncStatus } from '../../preload/contract/sync';
import { plural } from '../../preload/contract/plural';
import { SyncOfflineError, SyncRefusedError } from './errors';

export type Outcome = { state: 'synced' } | { state: 'offline' | 'refused'; message: string } | undefined;

/** What the last sync's failure means for the status: refused and offline are states, not crashes. */
export function outcomeOf(error: unknown): Outcome {
  if (error instanceof SyncRefusedError) return { state: 'refused', message: error.message };
  if (error instanceof SyncOfflineError) return { state: 'offline', message: error.message };
  return undefined;
}

export function describeStatus(opts: { configured: boolean; syncing: boolean; waiting: number; conflicts: number; outcome: Outcome }): Pick<SyncStatus, 'state' | 'message'> {
  const waiting = opts.waiting > 0 ? plural(opts.waiting, 'change') + ' waiting' : '';
  const conflicts = opts.conflicts > 0 ? `, ${plural(opts.conflicts, 'conflict')} to resolve` : '';
  let state: SyncState;
  let message: string;
  if (!opts.configured) [state, message] = ['not-set-up', 'Not shared with a team yet: give the project address in the Team view.'];
  else if (opts.syncing) [state, message] = ['syncing', 'Syncing…'];
  else if (opts.outcome?.state === 'refused') [state, message] = ['refused', `Refused: ${opts.outcome.message}`];
  else if (opts.outcome?.state === 'offline') [state, message] = ['offline', `Offline${waiting ? ` (${waiting})` : ''}: ${opts.outcome.message}`];
  else if (opts.waiting > 0) [state, message] = ['waiting', waiting[0]!.toUpperCase() + waiting.slice(1)];
  else [state, message] = ['synced', opts.outcome?.state === 'synced' ? 'Synced' : 'Nothing shared yet'];
  return { state, message: message + conflicts };
}
