/**
 * One sync: share local changes into the replica, push, pull, then apply teammates' changes to
 * the journal. It prints nothing and decides nothing about conflicts: they are listed, not resolved.
 */
import type PouchDB from 'pouchdb-node';
import { loadPouchDB } from './pouch';
import { applyTeamChanges, shareLocalChanges, type MirrorContext } from './mirror';
import { listConflicts } from './conflicts';
import { openRemote, type Credentials } from './remote';
import { classifyRemoteError, SyncRefusedError } from './errors';
import type { Replica } from './replica';
import type { SyncDoc } from './records';

export interface SyncRunOptions {
  remote: string;
  credentials: Credentials;
  confirmMassDelete?: boolean;
  onProgress?(message: string): void;
}

export interface SyncResult {
  /** Documents the server accepted from this copy. */
  pushed: number;
  /** Documents this copy received from the server. */
  pulled: number;
  /** Records in conflict after the sync (see conflicts.ts). */
  conflicts: number;
  /** The conflicts' documents (`kind:id`). */
  inConflict: string[];
  problems: string[];
}

async function replicate(from: Replica | PouchDB.Database<SyncDoc>, to: Replica | PouchDB.Database<SyncDoc>, remote: string): Promise<{ written: number; denied: number }> {
  let denied = 0;
  try {
    // Design documents are the administrator's (e.g. the read-only rule): never sent back or kept.
    const replication = (await loadPouchDB()).replicate(from, to, { batch_size: 500, retry: false, filter: (doc) => !doc._id.startsWith('_design/') });
    replication.on('denied', () => (denied += 1));
    const result = await replication;
    return { written: result.docs_written, denied: denied || result.doc_write_failures };
  } catch (error) {
    throw classifyRemoteError(error, remote);
  }
}

export async function runSync(ctx: MirrorContext, opts: SyncRunOptions): Promise<SyncResult> {
  const remote = await openRemote(opts.remote, opts.credentials);
  try {
    try {
      await remote.info();
    } catch (error) {
      const e = error as { status?: number };
      if (e.status === 403) throw new SyncRefusedError('not-member', `${opts.credentials.user ?? 'This name'} is not a member of the project at ${opts.remote}. Ask its administrator to add you.`);
      throw classifyRemoteError(error, opts.remote);
    }
    opts.onProgress?.('Sharing your changes…');
    await shareLocalChanges(ctx);
    const push = await replicate(ctx.replica, remote, opts.remote);
    if (push.denied === 0) ctx.state.pending.clear();
    ctx.state.save();
    opts.onProgress?.(`Shared ${push.written}; receiving teammates' changes…`);
    const pull = await replicate(remote, ctx.replica, opts.remote);
    const applied = await applyTeamChanges(ctx, { confirmMassDelete: opts.confirmMassDelete });
    const inConflict = (await listConflicts(ctx.replica)).map((c) => `${c.kind}:${c.id}`);
    if (push.denied > 0) {
      throw new SyncRefusedError('read-only', `The project at ${opts.remote} refused ${push.denied} of your changes: you are a read-only member. Teammates' changes were received; yours stay on this computer.`);
    }
    ctx.state.lastSynced = new Date().toISOString();
    ctx.state.save();
    return { pushed: push.written, pulled: pull.written, conflicts: inConflict.length, inConflict, problems: applied.problems };
  } finally {
    await remote.close().catch(() => undefined);
  }
}
