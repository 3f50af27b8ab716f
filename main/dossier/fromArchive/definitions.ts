/**
 * Dossier definitions saved with the archive: one JSON file per dossier in <dataDir>/dossiers/,
 * each written crash-safely (whole new file or untouched old one), so they can be re-exported later.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DossierDefinition, type DossierSummary } from '../../../preload/contract/dossier';
import { writeFileDurably } from '../../annotations/store/snapshot';

const FILE = /^([a-z0-9-]{1,64})\.json$/;

export const DEFAULT_OPTIONS: DossierDefinition['options'] = {
  includeNotes: true,
  includeCodes: true,
  includeMemos: true,
  pageNumbers: true,
  tagged: true,
  pdfa: false,
  appendixInterviews: false,
};

export function newDossierId(): string {
  return `d-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

export function newDefinition(title: string, author: string, language: 'en' | 'fa' = 'en'): DossierDefinition {
  return {
    id: newDossierId(),
    title,
    author,
    date: new Date().toISOString().slice(0, 10),
    paper: 'A4',
    language,
    options: { ...DEFAULT_OPTIONS },
    sections: [],
  };
}

export class DefinitionStore {
  readonly dir: string;
  /** Files that could not be read as a definition: reported, never fatal. */
  readonly problems: string[] = [];

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'dossiers');
  }

  list(): DossierSummary[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .flatMap((name) => {
        const id = FILE.exec(name)?.[1];
        const def = id ? this.read(id) : undefined;
        return def ? [{ id: def.id, title: def.title, sections: def.sections.length, ...(def.modified ? { modified: def.modified } : {}) }] : [];
      })
      .sort((a, b) => (b.modified ?? '').localeCompare(a.modified ?? '') || a.title.localeCompare(b.title));
  }

  get(id: string): DossierDefinition | undefined {
    return FILE.test(`${id}.json`) ? this.read(id) : undefined;
  }

  /** By id, or else by title (case-insensitive), as the CLI's --definition accepts either. */
  find(idOrTitle: string): DossierDefinition | undefined {
    const wanted = idOrTitle.trim().toLocaleLowerCase();
    const byTitle = this.list().find((s) => s.title.trim().toLocaleLowerCase() === wanted);
    return this.get(idOrTitle) ?? (byTitle ? this.get(byTitle.id) : undefined);
  }

  save(def: DossierDefinition): DossierDefinition {
    const saved = DossierDefinition.parse({ ...def, modified: new Date().toISOString() });
    mkdirSync(this.dir, { recursive: true });
    writeFileDurably(join(this.dir, `${saved.id}.json`), `${JSON.stringify(saved, null, 2)}\n`);
    return saved;
  }

  /** A teammate's definition (team sync), as it is: its `modified` is theirs, not now. */
  put(def: DossierDefinition): void {
    const parsed = DossierDefinition.parse(def);
    mkdirSync(this.dir, { recursive: true });
    writeFileDurably(join(this.dir, `${parsed.id}.json`), `${JSON.stringify(parsed, null, 2)}\n`);
  }

  /** Every definition that reads. */
  all(): DossierDefinition[] {
    return this.list().flatMap((s) => this.get(s.id) ?? []);
  }

  delete(id: string): boolean {
    const file = join(this.dir, `${id}.json`);
    if (!FILE.test(`${id}.json`) || !existsSync(file)) return false;
    rmSync(file);
    return true;
  }

  private read(id: string): DossierDefinition | undefined {
    const file = join(this.dir, `${id}.json`);
    if (!existsSync(file)) return undefined;
    try {
      const def = DossierDefinition.parse(JSON.parse(readFileSync(file, 'utf8')));
      return def.id === id ? def : undefined;
    } catch (error) {
      this.problems.push(`${file}: ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
      return undefined;
    }
  }
}
