import { watch } from 'chokidar';
import path from 'node:path';
import { formatOf } from './formats';
import { mediaTypeOf } from './media';

export interface ArchiveChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ArchiveWatcher {
  close(): Promise<void>;
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
}

/**
 * Reports files added, changed or removed in the archive (relative paths, forward slashes),
 * gathered over `debounceMs` so a burst of saves arrives as one change. Testimony's own
 * `.testimony` folder and other dot-folders are ignored, and so are file types no reader knows (recordings aside: they belong to transcripts).
 */
export function watchArchive(root: string, onChange: (changes: ArchiveChanges) => void, options: { debounceMs?: number } = {}): ArchiveWatcher {
  const base = path.resolve(root);
  const pending = { added: new Set<string>(), changed: new Set<string>(), removed: new Set<string>() };
  let timer: NodeJS.Timeout | undefined;
  const relative = (absPath: string): string => path.relative(base, absPath).split(path.sep).join('/');
  const hidden = (absPath: string): boolean => relative(absPath).split('/').some((part) => part.startsWith('.') && part !== '..' && part !== '.');

  const flush = (): void => {
    timer = undefined;
    const changes: ArchiveChanges = { added: [...pending.added], changed: [...pending.changed], removed: [...pending.removed] };
    pending.added.clear();
    pending.changed.clear();
    pending.removed.clear();
    if (changes.added.length || changes.changed.length || changes.removed.length) onChange(changes);
  };
  const note = (kind: keyof typeof pending, absPath: string): void => {
    const file = relative(absPath);
    if (!formatOf(file) && !mediaTypeOf(file)) return;
    // A file that came and went within one burst cancels out; one removed and re-added has changed.
    if (kind === 'removed' && pending.added.delete(file)) return;
    if (kind === 'added' && pending.removed.delete(file)) kind = 'changed';
    if (kind === 'changed' && pending.added.has(file)) return;
    if (kind === 'removed') pending.changed.delete(file);
    pending[kind].add(file);
    clearTimeout(timer);
    timer = setTimeout(flush, options.debounceMs ?? 300);
  };

  const watcher = watch(base, { ignored: hidden, ignoreInitial: true, followSymlinks: false, persistent: true });
  watcher.on('add', (p) => note('added', p));
  watcher.on('change', (p) => note('changed', p));
  watcher.on('unlink', (p) => note('removed', p));
  watcher.on('error', () => undefined);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
