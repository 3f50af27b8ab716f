/**
 * What this copy last agreed with its replica, per document: the revision and the record's hash
 * ("base"). A journal record whose hash differs from its base is a local change still to share; a
 * replica winner that differs is a teammate's change still to apply. Both steps compare against
 * the base, so a sync killed at any point is simply run again: nothing is applied twice or lost.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

const StateSchema = z.object({
  base: z.record(z.string(), z.object({ rev: z.string(), hash: z.string() })),
  /** Documents written to the replica that the server has not acknowledged yet. */
  pending: z.array(z.string()),
  lastSynced: z.string().optional(),
  /** Annotations in a conflict after the last sync or resolution, marked wherever they are shown. */
  conflicts: z.array(z.string()).optional(),
});
export type SyncStateData = z.infer<typeof StateSchema>;

export class SyncState {
  readonly base: Map<string, { rev: string; hash: string }>;
  readonly pending: Set<string>;
  lastSynced: string | undefined;
  conflicts: Set<string>;

  private constructor(private readonly file: string, data: SyncStateData) {
    this.base = new Map(Object.entries(data.base));
    this.pending = new Set(data.pending);
    this.lastSynced = data.lastSynced;
    this.conflicts = new Set(data.conflicts);
  }

  /** A missing file is a copy that never synced; a damaged one is refused (the replica stays). */
  static load(file: string): SyncState {
    if (!existsSync(file)) return new SyncState(file, { base: {}, pending: [] });
    const parsed = StateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`The team sync state ${file} is damaged; move it aside and sync again to rebuild it.`);
    return new SyncState(file, parsed.data);
  }

  /** Atomic and fsync'd: a kill leaves the previous state or this one, never half. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const data: SyncStateData = { base: Object.fromEntries(this.base), pending: [...this.pending], ...(this.lastSynced ? { lastSynced: this.lastSynced } : {}), conflicts: [...this.conflicts] };
    writeFileAtomic.sync(this.file, JSON.stringify(data), { fsync: true });
  }
}
