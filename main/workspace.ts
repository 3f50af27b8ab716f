import { basename, dirname, join, resolve } from 'node:path';
import type { ArchiveStatus, IndexProgress, InterviewSummary, SearchFilters } from '../preload/api';
import type { ArchiveProblem, Interview } from './library/types';
import { notFound } from './handlers/errors';
import { Indexer } from './workspace/indexer';
import { AnnotationService } from './workspace/annotationService';
import type { EmitEvent } from './workspace/events';
import { silent } from './workspace/events';
import { resolveDataDir } from './annotations/store/data-dir';
import type { OpenOptions } from './annotations/store/store';
import { searchArchive } from './workspace/searching';
import { XrefService } from './xref/service';
import { SyncService } from './sync/service';
import { checkArchiveFolder } from './workspace/archiveFolder';
import { FirstAnswer } from './workspace/firstAnswer';
import { MEDIA_ID, mediaFileOf, type MediaFile } from './library/mediaFile';

export interface WorkspaceOptions {
  /** Where to keep Testimony's data when the archive folder is read-only. */
  userDataDir: string;
  emit?: EmitEvent;
  /** Built search worker (out/main/shardWorker.js); without it shards are built in-thread. */
  workerPath?: string;
  /** Watch the folder and re-index changed files (the desktop and browser hosts do; the CLI does not). */
  watch?: boolean;
  /** The CLI reports progress on stderr. */
  onProgress?: (progress: IndexProgress) => void;
  /** How to open the annotation store (read-only when another window holds it, for the CLI's reads). */
  store?: OpenOptions;
}

/**
 * One open archive: the engine's single entry point for every host. It owns the interviews, the
 * search index and the annotation store, and keeps them consistent as files change.
 */
export class Workspace {
  readonly root: string;
  readonly dataDir: string;
  readonly annotations: AnnotationService;
  /** People, places, organisations, aliases and claims across the interviews. */
  readonly xref: XrefService;
  /** Team projects: sharing annotations, codes and memos through CouchDB. */
  readonly sync: SyncService;
  /** Tells the host's pages about long work in progress (e.g. a dossier export). */
  readonly emit: EmitEvent;
  private readonly indexer: Indexer;
  private readonly firstAnswer: FirstAnswer;

  private constructor(root: string, dataDir: string, indexer: Indexer, annotations: AnnotationService, xref: XrefService, emit: EmitEvent, firstAnswer: FirstAnswer) {
    this.emit = emit;
    this.firstAnswer = firstAnswer;
    this.xref = xref;
    this.root = root;
    this.dataDir = dataDir;
    this.indexer = indexer;
    this.annotations = annotations;
    this.sync = new SyncService(dataDir, annotations, xref, (id) => {
      const found = indexer.interview(id);
      return found ? { path: found.path, hash: found.hash } : undefined;
    }, emit);
  }

  /** Opens the archive and starts indexing in the background; `ready` settles when search works. */
  static async open(archiveRoot: string, options: WorkspaceOptions): Promise<Workspace> {
    const root = resolve(archiveRoot);
    checkArchiveFolder(root);
    const emit = options.emit ?? silent;
    const { dir } = resolveDataDir(root, options.userDataDir);
    const firstAnswer = new FirstAnswer();
    // A host watches; a command that does not is a one-off, with no warm-up to compete with its work.
    const indexer = new Indexer(root, dir, { emit, workerPath: options.workerPath, onProgress: options.onProgress, warmAfter: firstAnswer.after, oneOff: options.watch !== true });
    // The first answer waits for the index, not for the stores: reading starts while they open.
    indexer.start();
    // A store that fails to open closes what was already opened, the running index included.
    const annotations = await AnnotationService.open(dir, (id) => indexer.interview(id), emit, options.store).catch(async (error: unknown) => {
      await indexer.close();
      throw error;
    });
    const workerFile = options.workerPath && join(dirname(options.workerPath), 'namesWorker.js');
    const xref = await XrefService.open(root, dir, () => indexer.interviews(), options.store, { workerFile, onProgress: (p) => emit('names.progress', p), lowPriority: options.watch === true }).catch(async (error: unknown) => {
      await Promise.all([annotations.close(), indexer.close()]);
      throw error;
    });
    const workspace = new Workspace(root, dir, indexer, annotations, xref, emit, firstAnswer);
    if (options.watch) {
      indexer.watch();
      // Names are found in the background (in a worker where built) after the first search is
      // answered, or once the archive has been open a moment, so the first entity page opens quickly.
      void workspace.ready.then(firstAnswer.after).then(() => xref.prepare()).catch(() => undefined);
    }
    return workspace;
  }

  /** Resolves when the first index is ready (or failed: the status then says why) and, when watching, changes are seen. */
  get ready(): Promise<void> {
    return Promise.all([this.indexer.ready, this.indexer.watching]).then(() => undefined);
  }

  status(): ArchiveStatus {
    const { interviews, words } = this.indexer.totals();
    return {
      root: this.root,
      name: basename(this.root),
      interviews,
      words,
      problems: this.problems(),
      progress: this.indexer.progress,
      ...(this.annotations.store.readOnly ? { readOnly: READ_ONLY } : {}),
    };
  }

  problems(): ArchiveProblem[] {
    return [...this.indexer.problems, ...this.annotations.problems(), ...this.xref.problems(), ...this.sync.problems.map((reason) => ({ path: '.testimony/sync', reason }))];
  }

  list(): InterviewSummary[] {
    return this.indexer.interviews().map(summary);
  }

  interview(id: string): Interview {
    const found = this.indexer.interview(id);
    if (!found) throw notFound('That interview');
    return found;
  }

  /** An interview's recording, to be served by a host; undefined for an unknown id or an interview without one. */
  media(id: string): Promise<MediaFile | undefined> {
    return MEDIA_ID.test(id) ? mediaFileOf(this.root, this.indexer.interview(id)) : Promise.resolve(undefined);
  }

  async search(query: string, options: { limit: number; offset: number; filters: SearchFilters }) {
    await this.indexer.ready;
    try {
      return searchArchive(this.indexer.engine(), query, { ...options, expand: this.xref.expand });
    } finally {
      this.firstAnswer.done();
    }
  }

  async highlights(id: string, query: string) {
    await this.indexer.ready;
    this.interview(id);
    return this.indexer.engine()?.highlights(id, query, { expand: this.xref.expand }) ?? [];
  }

  /** Reads changed files now, as the folder watcher would (after an import wrote files). */
  rescan(): Promise<void> {
    return this.indexer.rescan();
  }

  /** Puts an interview with new metadata in place at once: list, filters, index, names. */
  replaceInterview(interview: Interview): Promise<void> {
    return this.indexer.replace(interview);
  }

  reindex(): void {
    this.indexer.start(true);
  }

  cancelIndexing(): void {
    this.indexer.cancel();
  }

  async close(): Promise<void> {
    await this.indexer.close();
    await this.sync.close();
    await this.annotations.close();
    await this.xref.close();
  }
}

const READ_ONLY = 'Another Testimony window or command has this archive open, so it is read-only here: you can read and search, but changes are not saved. Close the other window and open the archive again to edit.';

export function summary(interview: Interview): InterviewSummary {
  const { id, path, format, title, interviewee, interviewer, date, place, language, words, tags, publisher, rights, url, extra, metaKey, media } = interview;
  const extras = { tags, publisher, rights, url, extra, media, ...(metaKey ? { edited: true } : {}) };
  return { id, path, format, title, interviewee, interviewer, date, place, language, words, ...Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined)) };
}
