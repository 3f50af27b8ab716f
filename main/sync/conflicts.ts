/**
 * Conflicts are never resolved silently. A document with more than one live version (two edits,
 * or an edit and a deletion) is a conflict until a researcher keeps one, merges fields or keeps
 * both; until then the journal holds CouchDB's winning version, and the Team view marks it.
 */
import { randomUUID } from 'node:crypto';
import { changeFor, parseRecord, recordHash, splitDocId, type RecordKind, type SharedRecord } from './records';
import { leavesOf, replicaEntries, versionOf, writeVersions, type Replica, type ReplicaDoc, type Version } from './replica';
import { applyChange, applyTeamChanges, docFor, type MirrorContext } from './mirror';
import { SyncSetupError } from './errors';
import { KEEP_BOTH_KINDS } from '../../preload/contract/sync';

export interface ConflictVersion {
  rev: string;
  creator: string;
  modified: string;
  /** null: this version deletes the record. */
  record: SharedRecord | null;
}

export interface Conflict {
  /** The record's id (an annotation's, a code's or a memo's). */
  id: string;
  kind: RecordKind;
  /** The winning version (what the journal shows until resolved) first. */
  versions: ConflictVersion[];
}

function versionOfDoc(kind: RecordKind, doc: ReplicaDoc): ConflictVersion {
  let record: SharedRecord | null = null;
  if (!doc._deleted) {
    try {
      record = parseRecord(kind, doc.record);
    } catch {
      record = null;
    }
  }
  return { rev: doc._rev, creator: doc.creator ?? 'someone', modified: doc.modified ?? '', record };
}

/** The versions still to weigh: live leaves, and deleted leaves nobody has resolved yet; equal contents once. */
async function openVersions(replica: Replica, id: string, kind: RecordKind, winner: ReplicaDoc): Promise<{ versions: ConflictVersion[]; leaves: ReplicaDoc[] }> {
  const leaves = await leavesOf(replica, id);
  const resolved = new Set(winner.resolved ?? []);
  const seen = new Set<string>();
  const versions: ConflictVersion[] = [];
  for (const leaf of [winner, ...leaves.filter((l) => l._rev !== winner._rev)]) {
    if (leaf._deleted && (resolved.has(leaf._rev) || winner._deleted)) continue;
    const version = versionOfDoc(kind, leaf);
    const hash = recordHash(version.record);
    if (seen.has(hash)) continue;
    seen.add(hash);
    versions.push(version);
  }
  return { versions, leaves };
}

export async function listConflicts(replica: Replica): Promise<Conflict[]> {
  const out: Conflict[] = [];
  for (const entry of await replicaEntries(replica)) {
    const name = splitDocId(entry.id);
    if (!name || entry.leafRevs.length < 2) continue;
    const { versions } = await openVersions(replica, entry.id, name.kind, entry.winner);
    if (versions.length > 1) out.push({ id: name.recordId, kind: name.kind, versions });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}

/** keep: one version as it is; merge: a record made of both (fields picked in the Team view); both: the other version becomes a record of its own. */
export type Resolution = { keep: string } | { merge: SharedRecord } | { both: true };

/**
 * Ends a conflict: every losing leaf is closed (a deletion on its branch) and the winner gets the
 * chosen content as a child, naming the deleted versions it has weighed, so teammates who pull
 * it see the conflict resolved too. Then the journal is brought up to date.
 */
export async function resolveConflict(ctx: MirrorContext, kind: RecordKind, recordId: string, resolution: Resolution): Promise<void> {
  const id = `${kind}:${recordId}`;
  const winner = (await replicaEntries(ctx.replica)).find((e) => e.id === id)?.winner;
  if (!winner) throw new SyncSetupError(`There is no ${kind} ${recordId} in the team's records.`);
  const { versions, leaves } = await openVersions(ctx.replica, id, kind, winner);
  if (versions.length < 2) throw new SyncSetupError('That conflict was already resolved (here or by a teammate).');
  const chosen = chosenRecord(kind, versions, resolution);
  const closing: Version[] = leaves
    .filter((l) => l._rev !== winner._rev && !l._deleted)
    .map((l) => versionOf(id, l._rev, docFor(ctx, kind, undefined), recordHash(null)));
  const deletedRevs = [...leaves.filter((l) => l._deleted).map((l) => l._rev), ...closing.map((v) => v.rev)];
  const hash = recordHash(chosen);
  const final = versionOf(id, winner._rev, docFor(ctx, kind, chosen ?? undefined, { resolved: deletedRevs }), `${hash}:${deletedRevs.join(',')}`);
  await writeVersions(ctx.replica, [...closing, final]);
  if ('both' in resolution) await keepOtherAsNew(ctx, kind, versions, chosen);
  ctx.state.pending.add(id);
  // Only this record: a mass deletion held back from an earlier sync still waits for its own confirmation.
  await applyTeamChanges(ctx, { confirmMassDelete: true, only: new Set([id]) });
}

function chosenRecord(kind: RecordKind, versions: ConflictVersion[], resolution: Resolution): SharedRecord | null {
  if ('merge' in resolution) return parseRecord(kind, resolution.merge);
  if ('both' in resolution) return versions[0]?.record ?? versions.find((v) => v.record)?.record ?? null;
  const version = versions.find((v) => v.rev === resolution.keep);
  if (!version) throw new SyncSetupError('That version is not one of the conflict’s versions (a teammate may have resolved it meanwhile).');
  return version.record;
}

/** "Keep both": every other live version is kept as a new record (a new id) beside the chosen one. */
async function keepOtherAsNew(ctx: MirrorContext, kind: RecordKind, versions: ConflictVersion[], chosen: SharedRecord | null): Promise<void> {
  if (!KEEP_BOTH_KINDS.includes(kind)) throw new SyncSetupError(`Two versions of a ${kind === 'entity' ? 'decision on a name' : kind} cannot both be kept: keep one, or merge their fields.`);
  const others = versions.map((v) => v.record).filter((r): r is SharedRecord => r !== null && recordHash(r) !== recordHash(chosen));
  for (const other of others) {
    const copy = { ...other, id: randomUUID(), ...('modified' in other ? { modified: new Date().toISOString() } : {}) } as SharedRecord;
    const change = changeFor(kind, copy, copy.id, new Date().toISOString());
    if (change) await applyChange(ctx, change);
  }
}
