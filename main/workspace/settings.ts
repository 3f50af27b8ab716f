import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isFolder } from './archiveFolder';

export interface Settings {
  recentArchives: string[];
  window?: { width: number; height: number; x?: number; y?: number; maximized?: boolean };
}

const DEFAULTS: Settings = { recentArchives: [] };

/** Small app-wide preferences, shared by the desktop and browser hosts (recent archives, window size); losing them is harmless. */
export class SettingsFile {
  private constructor(private readonly file: string, public value: Settings) {}

  static load(userDataDir: string): SettingsFile {
    const file = join(userDataDir, 'settings.json');
    try {
      const parsed = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Settings>) : {};
      const recent = Array.isArray(parsed.recentArchives) ? parsed.recentArchives.filter((p): p is string => typeof p === 'string') : [];
      return new SettingsFile(file, { ...DEFAULTS, ...parsed, recentArchives: recent });
    } catch {
      return new SettingsFile(file, { ...DEFAULTS });
    }
  }

  rememberArchive(path: string): void {
    this.value.recentArchives = [path, ...this.value.recentArchives.filter((p) => p !== path)].slice(0, 10);
    this.save();
  }

  /** The recent archives that still exist, newest first (the desktop's File menu and the browser's list). */
  recentArchives(): { path: string; name: string }[] {
    return this.value.recentArchives.filter((p) => isFolder(p)).map((path) => ({ path, name: basename(path) }));
  }

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.value, null, 2));
    renameSync(temp, this.file);
  }
}
