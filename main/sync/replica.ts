/**
 * The local PouchDB replica at `<archive>/.testimony/sync/replica` (LevelDB). It is a mirror of
 * the journal made for replication, never the source of truth: the journal is (see mirror.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type PouchDB from 'pouchdb-node';
import { loadPouchDB } from './pouch';
import type { SyncDoc } from './records';

export type Replica = PouchDB.Database<SyncDoc>;
export type ReplicaDoc = PouchDB.ExistingDoc<SyncDoc>;

export function syncDir(dataDir: string): string {
  return join(dataDir, 'sync');
}

export async function openReplica(dataDir: string): Promise<Replica> {
  mkdirSync(syncDir(dataDir), { recursive: true });
  const Pouch = await loadPouchDB();
  return new Pouch<SyncDoc>(join(syncDir(dataDir), 'replica'), { auto_compaction: true });
}

function generation(rev: string): number {
  return Number(rev.slice(0, rev.indexOf('-')));
}

export interface Version {
  id: string;
  rev: string;
  body: unknown;
}

/**
 * A version as a child of `parentRev` (or a new document). The revision id is derived from the
 * parent and the content, as CouchDB does: writing the same change again after a kill, or two
 * researchers making the same change, gives the same revision, not a false conflict. A version
 * whose parent is no longer the winner becomes a sibling: a real conflict, kept.
 */
export function versionOf(id: string, parentRev: string | undefined, doc: SyncDoc, hash: string): Version {
  const deleted = doc.record === undefined;
  const digest = createHash('md5').update(`${parentRev ?? ''}\n${hash}\n${deleted ? 'deleted' : ''}`).digest('hex');
  const start = parentRev ? generation(parentRev) + 1 : 1;
  const rev = `${start}-${digest}`;
  const ids = parentRev ? [digest, parentRev.slice(parentRev.indexOf('-') + 1)] : [digest];
  const body = { ...doc, _id: id, _rev: rev, _revisions: { start, ids }, ...(deleted ? { _deleted: true } : {}) };
  return { id, rev, body };
}

/** Writes versions as they are (`new_edits: false`, as replication does), in batches. */
export async function writeVersions(replica: Replica, versions: readonly Version[]): Promise<void> {
  for (let i = 0; i < versions.length; i += BATCH) {
    await replica.bulkDocs(versions.slice(i, i + BATCH).map((v) => v.body), { new_edits: false });
  }
}

const BATCH = 500;

/** The winning version of each of `ids` that the replica has (deleted ones included). */
export async function winnersOf(replica: Replica, ids: readonly string[]): Promise<Map<string, { rev: string; deleted: boolean }>> {
  const out = new Map<string, { rev: string; deleted: boolean }>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const rows = await replica.allDocs({ keys: ids.slice(i, i + BATCH) });
    for (const row of rows.rows) if ('value' in row) out.set(row.id, { rev: row.value.rev, deleted: (row.value as { deleted?: boolean }).deleted === true });
  }
  return out;
}

/** Every leaf version of a document (the winner and all conflicting or deleted branches). */
export async function leavesOf(replica: Replica, id: string): Promise<ReplicaDoc[]> {
  const found = await replica.get(id, { open_revs: 'all' });
  return found.flatMap((r) => ('ok' in r ? [r.ok as ReplicaDoc] : []));
}

export interface ReplicaEntry {
  id: string;
  winner: ReplicaDoc;
  /** Revisions of every leaf, the winner included. */
  leafRevs: string[];
}

/** Every document of the replica with its winning version, deletions included. */
export async function replicaEntries(replica: Replica): Promise<ReplicaEntry[]> {
  const feed = await replica.changes({ since: 0, include_docs: true, style: 'all_docs' });
  return feed.results.flatMap((c) => (c.doc && !c.id.startsWith('_design/') ? [{ id: c.id, winner: c.doc as ReplicaDoc, leafRevs: c.changes.map((x) => x.rev) }] : []));
}
