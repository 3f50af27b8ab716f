import { join } from 'node:path';
import type { IndexProgress } from '../../preload/api';
import { dirname } from 'node:path';
import { type ReadOutcome, readArchiveOffThread } from '../library/readAndCache';
import { onDamagedText } from '../library/textStore';
import { contentKey, type ArchiveProblem, type Interview } from '../library/types';
import { SearchEngine } from '../search/engine';
import type { EmitEvent } from './events';

interface IndexerOptions {
  emit: EmitEvent;
  workerPath?: string;
  onProgress?: (progress: IndexProgress) => void;
  /** See EngineOptions.oneOff. */
  oneOff?: boolean;
  /** See EngineOptions.warmAfter. */
  warmAfter?: () => Promise<void>;
}

type Changes = { added: string[]; changed: string[]; removed: string[] };
const NO_CHANGES: Changes = { added: [], changed: [], removed: [] };

/**
 * Keeps an archive's interviews and search index current: a cold or warm start in the
 * background, cancellable, then incremental updates when files change.
 */
export class Indexer {
  progress: IndexProgress = { phase: 'scanning', done: 0, total: 0 };
  problems: ArchiveProblem[] = [];
  ready: Promise<void> = Promise.resolve();
  private byId = new Map<string, Interview>();
  private search: SearchEngine | null = null;
  private abort: AbortController | null = null;
  private watcher: { close(): Promise<void>; ready: Promise<void> } | null = null;
  private queue: Promise<void> = Promise.resolve();
  private running = false;
  /** The saved stamps that vouch for the interviews held (see `stampsVersion`). */
  private stampsVersion: string | null = null;
  private counted: { interviews: number; words: number } | null = null;
  private readonly cacheDir: string;
  private readonly catalogFile: string;
  private readonly stopHealing: () => void;

  constructor(private readonly root: string, private readonly dataDir: string, private readonly options: IndexerOptions) {
    this.cacheDir = join(dataDir, 'cache');
    this.catalogFile = join(this.cacheDir, 'interviews.ndjson');
    // A damaged cached text was deleted when found: read the archive again, which reads that file.
    this.stopHealing = onDamagedText((dir) => {
      if (dir === join(this.cacheDir, 'texts')) void this.rescan();
    });
  }

  interviews(): Interview[] {
    return [...this.byId.values()];
  }

  /** How many interviews and words: counted once per change, since every status call asks (50 ms at 20,000). */
  totals(): { interviews: number; words: number } {
    if (this.counted === null) {
      let words = 0;
      for (const i of this.byId.values()) words += i.words;
      this.counted = { interviews: this.byId.size, words };
    }
    return this.counted;
  }

  interview(id: string): Interview | undefined {
    return this.byId.get(id);
  }

  engine(): SearchEngine | null {
    return this.search;
  }

  /** Starts (or restarts) indexing; a full rebuild ignores the caches. */
  start(full = false): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.running = true;
    this.ready = this.run(abort.signal, full).finally(() => {
      if (this.abort === abort) this.running = false;
    }).catch((error: unknown) => {
      if (abort.signal.aborted) return this.report({ phase: 'cancelled', done: 0, total: 0, message: 'Indexing was cancelled.' });
      console.error('[testimony] indexing failed', error);
      this.report({ phase: 'failed', done: 0, total: 0, message: `Indexing failed: ${error instanceof Error ? error.message : String(error)}` });
    });
  }

  /** Resolves once the folder watcher reports changes (immediately when not watching). */
  get watching(): Promise<void> {
    return this.watcher?.ready ?? Promise.resolve();
  }

  /** Cancels a run in progress; once the index is ready there is nothing to cancel (live updates go on). */
  cancel(): void {
    if (this.running) this.abort?.abort();
  }

  /**
   * Watches the folder once the first read is done, so the watcher's own scan of the folder does
   * not compete with the first answer; a read of what changed meanwhile then closes the gap. The
   * watcher (chokidar) loads only in hosts that watch, not in a CLI command.
   */
  watch(): void {
    const started = this.ready.then(() => import('../library/watch')).then(({ watchArchive }) => watchArchive(this.root, (changes) => this.rescan(changes)));
    this.watcher = { ready: started.then((w) => w.ready).then(() => this.catchUp()), close: () => started.then((w) => w.close()) };
  }

  /** Reads what changed now (files written by an import, a catalogue mapping saved), as the watcher would. */
  rescan(changes: Changes = NO_CHANGES): Promise<void> {
    this.queue = this.queue.then(() => this.refresh(changes)).catch((error: unknown) => console.error('[testimony] update failed', error));
    return this.queue;
  }

  /**
   * The look after the watcher starts, for files changed between the first read and then: the
   * read worker checks the stamps and answers `unchanged`, without sending 20,000 records back
   * to be compared on this thread (half a second at 20,000 interviews), when nothing changed.
   */
  private catchUp(): Promise<void> {
    this.queue = this.queue.then(async () => {
      await this.ready;
      const held = this.stampsVersion;
      if (held === null || !this.search) return this.refresh(NO_CHANGES);
      const outcome = await this.read(false, undefined, true, held);
      if (outcome !== 'unchanged') await this.apply(outcome, NO_CHANGES);
    }).catch((error: unknown) => console.error('[testimony] update failed', error));
    return this.queue;
  }

  /** One interview with new metadata (an edit in the reader): in every view and the index at once, without reading files. */
  async replace(interview: Interview): Promise<void> {
    await this.ready;
    this.byId.set(interview.id, interview);
    this.counted = null;
    await this.search?.update([interview], []);
    await this.search?.save(join(this.cacheDir, 'search')).catch(() => undefined);
    this.options.emit('archive.changed', { added: 0, changed: 1, removed: 0 });
  }

  async close(): Promise<void> {
    this.stopHealing();
    this.abort?.abort();
    await this.watcher?.close();
    await this.ready;
    await this.queue;
  }

  private async run(signal: AbortSignal, full: boolean): Promise<void> {
    this.report({ phase: 'scanning', done: 0, total: 0, message: 'Looking for interviews' });
    const { interviews, problems, stampsVersion } = await this.read(full, signal);
    signal.throwIfAborted();
    this.problems = problems;
    this.stampsVersion = stampsVersion ?? null;
    this.byId = new Map(interviews.map((i) => [i.id, i]));
    this.counted = null;
    const searchDir = join(this.cacheDir, 'search');
    const loaded = full ? null : await SearchEngine.load(searchDir, interviews, { workerPath: this.options.workerPath ?? null, oneOff: this.options.oneOff, warmAfter: this.options.warmAfter });
    this.search = loaded ?? (await SearchEngine.build(interviews, {
      signal,
      workerPath: this.options.workerPath,
      oneOff: this.options.oneOff,
      warmAfter: this.options.warmAfter,
      onProgress: (done, total) => this.report({ phase: 'indexing', done, total, message: 'Indexing' }),
    }));
    if (!loaded) await this.search.save(searchDir).catch((error: unknown) => console.warn('[testimony] could not save the index', error));
    this.report({ phase: 'ready', done: interviews.length, total: interviews.length });
  }

  /** Re-reads only what changed and updates only the affected parts of the index. */
  private async refresh(changes: Changes): Promise<void> {
    await this.ready;
    if (!this.search) return;
    await this.apply(await this.read(false, undefined, true), changes);
  }

  private async apply({ interviews, problems, stampsVersion }: ReadOutcome, changes: Changes): Promise<void> {
    if (!this.search) return;
    const before = new Map([...this.byId.values()].map((i) => [i.path, i]));
    this.problems = problems;
    this.stampsVersion = stampsVersion ?? null;
    const now = new Map(interviews.map((i) => [i.path, i]));
    const changed = interviews.filter((i) => before.get(i.path) === undefined || contentKey(before.get(i.path)!) !== contentKey(i));
    const removedIds = [...before.values()].filter((i) => now.get(i.path)?.id !== i.id).map((i) => i.id);
    this.byId = new Map(interviews.map((i) => [i.id, i]));
    this.counted = null;
    if (changed.length || removedIds.length) {
      await this.search.update(changed, removedIds);
      await this.search.save(join(this.cacheDir, 'search')).catch(() => undefined);
    }
    this.report({ phase: 'ready', done: interviews.length, total: interviews.length });
    const seen = changes.added.length + changes.changed.length + changes.removed.length;
    // A look that found nothing new (the check after the watcher starts) does not make every page reload.
    if (seen > 0 || changed.length > 0 || removedIds.length > 0) this.options.emit('archive.changed', { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length });
  }

  /** Reads changed files (all of them when `full`) in a worker thread, keeping the catalog cache. */
  private read(full: boolean, signal?: AbortSignal, changed?: boolean): Promise<ReadOutcome>;
  private read(full: boolean, signal: AbortSignal | undefined, changed: boolean, held: string): Promise<ReadOutcome | 'unchanged'>;
  private read(full: boolean, signal?: AbortSignal, changed = false, held?: string): Promise<ReadOutcome | 'unchanged'> {
    const readWorker = this.options.workerPath && join(dirname(this.options.workerPath), 'readWorker.js');
    const onProgress = (done: number, total: number): void => this.report({ phase: 'reading', done, total, message: 'Reading interviews' });
    const job = { root: this.root, catalogFile: this.catalogFile, dataDir: this.dataDir, full, changed };
    return held === undefined ? readArchiveOffThread(readWorker, job, onProgress, signal) : readArchiveOffThread(readWorker, { ...job, held }, onProgress, signal);
  }

  private report(progress: IndexProgress): void {
    this.progress = progress;
    this.options.emit('index.progress', progress);
    this.options.onProgress?.(progress);
  }
}
