import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Settings {
  recentArchives: string[];
  window?: { width: number; height: number; x?: number; y?: number; maximized?: boolean };
}

const DEFAULTS: Settings = { recentArchives: [] };

/** Small app-wide preferences (recent archives, window size); losing them is harmless. */
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

  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(this.value, null, 2));
    renameSync(temp, this.file);
  }
}
