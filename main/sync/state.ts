/**
 * What this copy last agreed with its replica, per document: the revision and the record's hash
 * ("base"). A journal record whose hash differs from its base is a local change still to share; a
 * replica winner that differs is a teammate's change still to apply. Both steps compare against
 * the base, so a sync killed at any point is simply run again: nothing is applied twice or lost.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
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

  /**
   * A missing file is a copy that never synced. A damaged one is moved aside and the state starts
   * afresh: the next sync finds every record again (equal versions are not conflicts), nothing is lost.
   */
  static load(file: string, writable: boolean): { state: SyncState; problem?: string } {
    const fresh = () => new SyncState(file, { base: {}, pending: [] });
    if (!existsSync(file)) return { state: fresh() };
    try {
      return { state: new SyncState(file, StateSchema.parse(JSON.parse(readFileSync(file, 'utf8')))) };
    } catch {
      // A copy open read-only here leaves the writer's file alone.
      if (!writable) return { state: fresh() };
      const aside = `${file}.damaged-${Date.now()}`;
      renameSync(file, aside);
      return { state: fresh(), problem: `The team sync state was damaged and was moved to ${aside}; the next sync rebuilds it (nothing of yours is lost).` };
    }
  }

  /** Atomic and fsync'd: a kill leaves the previous state or this one, never half. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const data: SyncStateData = { base: Object.fromEntries(this.base), pending: [...this.pending], ...(this.lastSynced ? { lastSynced: this.lastSynced } : {}), conflicts: [...this.conflicts] };
    writeFileAtomic.sync(this.file, JSON.stringify(data), { fsync: true });
  }
}
