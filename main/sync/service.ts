/**
 * Team sync for one open archive: settings, status, on-demand and continuous sync, conflicts.
 * The journal stays the source of truth; the replica is opened only by the copy that writes.
 */
import type { SyncStatus } from '../../preload/contract/sync';
import type { AnnotationService } from '../workspace/annotationService';
import type { EmitEvent } from '../workspace/events';
import { configFile, loadConfig, saveConfig, type SyncConfig } from './config';
import { listConflicts, resolveConflict, type Conflict, type Resolution } from './conflicts';
import { SyncSetupError } from './errors';
import { localChanges, type MirrorContext } from './mirror';
import type { RecordKind, SharedStores } from './records';
import type { XrefService } from '../xref/service';
import { DefinitionStore } from '../dossier/fromArchive/definitions';
import { checkRemoteUrl } from './remote';
import { openReplica, syncDir, type Replica } from './replica';
import { runSync, type SyncResult } from './run';
import { SyncState } from './state';
import { describeStatus, outcomeOf, type Outcome } from './status';
import { join } from 'node:path';

/** Where a host keeps the password: the desktop's safeStorage. The browser host and the CLI have none. */
export interface PasswordKeeper {
  load(remote: string, user: string): string | undefined;
  save(remote: string, user: string, password: string): void;
}

export interface SyncRequest {
  password?: string;
  confirm?: boolean;
  /** The CLI's overrides, for this run only. */
  remote?: string;
  user?: string;
  creator?: string;
  onProgress?(message: string): void;
}

const CONTINUOUS_EVERY_MS = 30_000;

export class SyncService {
  private config: SyncConfig;
  private readonly state: SyncState;
  private replica: Promise<Replica> | undefined;
  private running: Promise<SyncResult> | undefined;
  private outcome: Outcome;
  /** A password typed in this session (browser host), kept in memory only. */
  private sessionPassword: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  keeper: PasswordKeeper | undefined;
  /** What went wrong reading the sync's own files, for the archive's problems list. */
  readonly problems: string[] = [];

  constructor(private readonly dataDir: string, private readonly annotations: AnnotationService, private readonly xref: XrefService, private readonly interviewRef: MirrorContext['interviewRef'], private readonly emit: EmitEvent) {
    this.config = loadConfig(configFile(syncDir(dataDir)));
    const loaded = SyncState.load(join(syncDir(dataDir), 'state.json'), !annotations.store.readOnly);
    this.state = loaded.state;
    if (loaded.problem) this.problems.push(loaded.problem);
    this.outcome = this.state.lastSynced ? { state: 'synced' } : undefined;
    annotations.researcher = this.config.name;
    annotations.inConflict = (id) => this.state.conflicts.has(`annotation:${id}`);
  }

  private stores(): SharedStores {
    return { annotations: this.annotations.store, xref: this.xref.store, dossiers: new DefinitionStore(this.dataDir) };
  }

  private remember(inConflict: string[]): void {
    this.state.conflicts = new Set(inConflict);
    this.state.save();
  }

  status(): SyncStatus {
    const c = this.config;
    const waiting = new Set([...localChanges(this.stores(), this.state).map((x) => x.id), ...this.state.pending]).size;
    const words = describeStatus({ configured: Boolean(c.remote), syncing: this.running !== undefined, waiting, conflicts: this.state.conflicts.size, outcome: this.outcome });
    return {
      ...words,
      waiting,
      conflicts: this.state.conflicts.size,
      continuous: c.continuous === true,
      passwordSaved: Boolean(c.remote && c.user && this.keeper?.load(c.remote, c.user)),
      canSavePassword: this.keeper !== undefined,
      ...(this.state.lastSynced ? { lastSynced: this.state.lastSynced } : {}),
      ...(c.remote ? { remote: c.remote } : {}),
      ...(c.user ? { user: c.user } : {}),
      ...(c.name ? { name: c.name } : {}),
    };
  }

  configure(settings: SyncConfig & { password?: string }): SyncStatus {
    const { password, ...rest } = settings;
    const next: SyncConfig = { ...this.config };
    for (const [key, value] of Object.entries(rest) as [keyof SyncConfig, string | boolean | undefined][]) {
      if (value === undefined) continue;
      if (value === '') delete next[key];
      else (next as Record<string, unknown>)[key] = value;
    }
    if (next.remote) next.remote = checkRemoteUrl(next.remote);
    saveConfig(configFile(syncDir(this.dataDir)), next);
    this.config = next;
    this.annotations.researcher = next.name;
    if (password) this.rememberPassword(password);
    this.schedule();
    return this.status();
  }

  private rememberPassword(password: string): void {
    const { remote, user } = this.config;
    if (this.keeper && remote && user) this.keeper.save(remote, user, password);
    else this.sessionPassword = password;
  }

  private openedReplica(): Promise<Replica> {
    if (this.annotations.store.readOnly) throw new SyncSetupError('This archive is open read-only here (another window or command has it), so it cannot sync.');
    // A replica that failed to open (its folder locked, say) is tried again next time.
    return (this.replica ??= openReplica(this.dataDir).catch((error: unknown) => {
      this.replica = undefined;
      throw error;
    }));
  }

  private async context(creator?: string, user?: string): Promise<MirrorContext> {
    const replica = await this.openedReplica();
    const name = creator ?? this.config.name ?? user ?? this.config.user;
    if (!name) throw new SyncSetupError('Give your name first (Team view, or --creator): teammates see it on what you share.');
    return { stores: this.stores(), applyXref: (ops) => this.xref.applyShared(ops), replica, state: this.state, creator: name, interviewRef: this.interviewRef };
  }

  /** One sync now; a second request while one runs waits for it instead of running twice. */
  async sync(request: SyncRequest = {}): Promise<SyncResult> {
    if (this.running) return this.running;
    const remote = request.remote ?? this.config.remote;
    if (!remote) throw new SyncSetupError('There is no project address yet: set it in the Team view, or give --remote.');
    const user = request.user ?? this.config.user;
    if (request.password && !request.remote) this.rememberPassword(request.password);
    const password = request.password ?? this.passwordFor(remote, user);
    // Set before the first await, so that a second request waits for this one.
    this.running = this.context(request.creator, user).then((ctx) => runSync(ctx, { remote, credentials: { ...(user ? { user } : {}), ...(password ? { password } : {}) }, confirmMassDelete: request.confirm, onProgress: request.onProgress }));
    this.emit('sync.changed', this.status());
    try {
      const result = await this.running;
      this.outcome = { state: 'synced' };
      this.remember(result.inConflict);
      return result;
    } catch (error) {
      this.outcome = outcomeOf(error) ?? this.outcome;
      throw error;
    } finally {
      this.running = undefined;
      this.annotations.changed();
      this.emit('claims.changed', {});
      this.emit('sync.changed', this.status());
    }
  }

  async conflicts(): Promise<Conflict[]> {
    const list = await listConflicts(await this.openedReplica());
    this.remember(list.map((c) => `${c.kind}:${c.id}`));
    return list;
  }

  async resolve(kind: RecordKind, id: string, resolution: Resolution): Promise<void> {
    await resolveConflict(await this.context(), kind, id, resolution);
    await this.conflicts();
    this.annotations.changed();
    this.emit('sync.changed', this.status());
  }

  /** Continuous sync: every 30 s while on and a project is set; failures only change the status. */
  private schedule(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    if (!this.config.continuous || !this.config.remote) return;
    const quietly = () => void (this.passwordFor(this.config.remote, this.config.user) !== undefined || !this.config.user ? this.sync().catch(() => undefined) : undefined);
    this.timer = setInterval(quietly, CONTINUOUS_EVERY_MS);
    this.timer.unref();
    quietly();
  }

  /** This session's password, or the one the desktop keeps; the browser host and CLI keep none. */
  private passwordFor(remote: string | undefined, user: string | undefined): string | undefined {
    return this.sessionPassword ?? (remote && user ? this.keeper?.load(checkRemoteUrl(remote), user) : undefined);
  }

  /** Starts continuous sync if it was on when the archive was last open (the host calls it once its keeper is set). */
  start(): void {
    this.schedule();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    const replica = this.replica;
    this.replica = undefined;
    await replica?.then((r) => r.close(), () => undefined);
  }
}
