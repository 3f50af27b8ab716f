import { resolve } from 'node:path';
import type { IndexProgress, SearchFilters, SearchResponse } from '../../preload/api';
import { resolveDataDir } from '../annotations/store/data-dir';
import { AliasBook } from '../xref/aliases';
import { checkArchiveFolder } from './archiveFolder';
import { silent } from './events';
import { Indexer } from './indexer';
import { searchArchive } from './searching';

export interface SearchSessionOptions {
  userDataDir: string;
  workerPath?: string;
  onProgress?: (progress: IndexProgress) => void;
}

/**
 * An archive opened for one search and nothing else: its interviews, its index (brought up to
 * date as a Workspace would) and its alias list. The CLI's `search` uses it, so a warm search
 * neither loads nor locks annotations, claims or team sync, and answers as `Workspace.search` does
 * before any names are found.
 */
export class SearchSession {
  private constructor(private readonly indexer: Indexer, private readonly aliases: AliasBook) {}

  static async open(archiveRoot: string, options: SearchSessionOptions): Promise<SearchSession> {
    const root = resolve(archiveRoot);
    checkArchiveFolder(root);
    const { dir } = resolveDataDir(root, options.userDataDir);
    const indexer = new Indexer(root, dir, { emit: silent, workerPath: options.workerPath, onProgress: options.onProgress, oneOff: true });
    indexer.start();
    const { book } = await AliasBook.load(root);
    return new SearchSession(indexer, book);
  }

  async search(query: string, options: { limit: number; offset: number; filters: SearchFilters }): Promise<SearchResponse> {
    await this.indexer.ready;
    return searchArchive(this.indexer.engine(), query, { ...options, expand: (word) => this.aliases.expand(word) });
  }

  close(): Promise<void> {
    return this.indexer.close();
  }
}
