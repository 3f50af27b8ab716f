/**
 * The two halves of a sync that touch the journal: share local changes into the replica, and
 * apply teammates' changes (the replica's winning versions) to the journal. Both compare against
 * the base in SyncState, so either can be interrupted and run again.
 */
import type { Operation } from '../annotations/store/ops';
import type { XrefOperation } from '../xref/store/ops';
import { changeFor, interviewOf, journalRecords, parseRecord, recordHash, splitDocId, type RecordKind, type SharedRecord, type SharedStores, type StoreChange, type SyncDoc } from './records';
import { replicaEntries, versionOf, winnersOf, writeVersions, type Replica, type Version } from './replica';
import type { SyncState } from './state';
import { SyncRefusedError } from './errors';

export interface MirrorContext {
  stores: SharedStores;
  /** Writes teammates' links, claims and decisions (through the xref service, which then rebuilds names). */
  applyXref(ops: XrefOperation[]): void;
  replica: Replica;
  state: SyncState;
  /** Who makes the versions this copy shares. */
  creator: string;
  /** Path and text hash of an interview of this copy, for the record's `interview` field. */
  interviewRef(id: string): { path: string; hash: string } | undefined;
}

export function docFor(ctx: Pick<MirrorContext, 'creator' | 'interviewRef'>, kind: RecordKind, record: SharedRecord | undefined, extra: Partial<SyncDoc> = {}): SyncDoc {
  const modified = (record && 'modified' in record ? record.modified : undefined) ?? new Date().toISOString();
  const interviewId = record ? interviewOf(kind, record) : undefined;
  const ref = interviewId !== undefined ? ctx.interviewRef(interviewId) : undefined;
  return { kind, ...(record ? { record } : {}), creator: ctx.creator, modified, ...(ref && interviewId ? { interview: { id: interviewId, ...ref } } : {}), ...extra };
}


/** The journal records whose content differs from what was last shared: the changes waiting. */
export function localChanges(stores: SharedStores, state: SyncState): { id: string; kind: RecordKind; record: SharedRecord | undefined; hash: string }[] {
  const records = journalRecords(stores);
  const out = [];
  for (const id of new Set([...records.keys(), ...state.base.keys()])) {
    const found = records.get(id);
    const hash = recordHash(found?.record);
    const base = state.base.get(id);
    if (base ? base.hash === hash : !found) continue;
    const kind = found?.kind ?? splitDocId(id)?.kind;
    if (kind) out.push({ id, kind, record: found?.record, hash });
  }
  return out;
}

/** Journal → replica. Returns how many records were shared. */
export async function shareLocalChanges(ctx: MirrorContext): Promise<number> {
  const changes = localChanges(ctx.stores, ctx.state);
  const winners = await winnersOf(ctx.replica, changes.map((c) => c.id));
  const versions: Version[] = [];
  for (const c of changes) {
    const base = ctx.state.base.get(c.id);
    const version = versionOf(c.id, base?.rev, docFor(ctx, c.kind, c.record), c.hash);
    // Already there (a run killed before it saved its state): adopt it instead of writing it twice.
    if (winners.get(c.id)?.rev !== version.rev) versions.push(version);
    ctx.state.base.set(c.id, { rev: version.rev, hash: c.hash });
    ctx.state.pending.add(c.id);
  }
  await writeVersions(ctx.replica, versions);
  ctx.state.save();
  return changes.length;
}

/** Order matters: parents before children, records before what refers to them, deletions last. */
const ORDER: Operation['op'][] = ['code.put', 'memo.put', 'annotation.put', 'annotation.delete', 'memo.delete', 'code.delete'];
const XREF_ORDER: XrefOperation['op'][] = ['entity.put', 'claim.put', 'link.put', 'link.delete', 'claim.delete'];

/** Writes teammates' changes: annotations, codes and memos first, then what refers to them. */
async function applyChanges(ctx: MirrorContext, changes: StoreChange[]): Promise<void> {
  const ops: Operation[] = [];
  const xref: XrefOperation[] = [];
  for (const c of changes) {
    if (c.store === 'annotations') ops.push(c.op);
    else if (c.store === 'xref') xref.push(c.op);
  }
  ops.sort((a, b) => ORDER.indexOf(a.op) - ORDER.indexOf(b.op));
  xref.sort((a, b) => XREF_ORDER.indexOf(a.op) - XREF_ORDER.indexOf(b.op));
  await ctx.stores.annotations.applyOperations(ops);
  ctx.applyXref(xref);
  for (const c of changes) {
    if (c.store !== 'dossiers') continue;
    if (c.op.op === 'dossier.put') ctx.stores.dossiers.put(c.op.value);
    else ctx.stores.dossiers.delete(c.op.id);
  }
}

/** One change, wherever it goes (a kept-both copy, a resolution). */
export async function applyChange(ctx: MirrorContext, change: StoreChange): Promise<void> {
  await applyChanges(ctx, [change]);
}

export interface Applied {
  applied: number;
  problems: string[];
}

/**
 * Replica → journal: each document whose winning version differs from the base is written to the
 * journal, unless this copy changed that record since (then it is shared next and the two become
 * a conflict, never an overwrite). A pull that would delete more than half of the annotations is
 * refused until the researcher confirms. `only` limits it to some documents (a resolution).
 */
export async function applyTeamChanges(ctx: MirrorContext, opts: { confirmMassDelete?: boolean; only?: ReadonlySet<string> } = {}): Promise<Applied> {
  const records = journalRecords(ctx.stores);
  const changes: StoreChange[] = [];
  const agreed = new Map<string, { rev: string; hash: string }>();
  const problems: string[] = [];
  for (const entry of await replicaEntries(ctx.replica)) {
    const name = splitDocId(entry.id);
    if (!name || (opts.only && !opts.only.has(entry.id))) continue;
    let record: SharedRecord | undefined;
    try {
      record = entry.winner._deleted ? undefined : parseRecord(name.kind, entry.winner.record);
    } catch (error) {
      problems.push(`A teammate's ${name.kind} ${name.recordId} could not be read and was left out: ${(error as Error).message.slice(0, 200)}`);
      continue;
    }
    const hash = recordHash(record);
    const base = ctx.state.base.get(entry.id);
    const local = records.get(entry.id);
    const localHash = recordHash(local?.record);
    if (base ? localHash !== base.hash : local !== undefined) continue;
    agreed.set(entry.id, { rev: entry.winner._rev, hash });
    const change = localHash !== hash ? changeFor(name.kind, record, name.recordId, entry.winner.modified) : undefined;
    if (change) changes.push(change);
  }
  const deletes = changes.filter((c) => c.op.op === 'annotation.delete').length;
  const existing = ctx.stores.annotations.listAnnotations().length;
  if (deletes * 2 > existing && existing > 0 && opts.confirmMassDelete !== true) {
    throw new SyncRefusedError('mass-delete', `This sync would delete ${deletes} of your ${existing} annotations. Nothing was changed here; confirm to go ahead.`);
  }
  await applyChanges(ctx, changes);
  for (const [id, base] of agreed) ctx.state.base.set(id, base);
  ctx.state.save();
  return { applied: changes.length, problems };
}
