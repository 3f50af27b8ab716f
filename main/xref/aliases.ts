import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { nameKey } from './names';

export const ENTITY_KINDS = ['person', 'place', 'organisation', 'technology'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface AliasEntry {
  name: string;
  kind: EntityKind;
  aliases: string[];
}

/** The file an archive may ship with the names its interviews need (the scanner ignores .json). */
export const ALIAS_FILE = 'testimony-aliases.json';

/**
 * Names that mean the same thing across spellings and scripts. Searching one single-word name
 * also searches the others (multi-word names are matched in text, but not added to queries:
 * "Camp Ashraf" would otherwise add the common word "camp" to every search for Ashraf).
 */
export class AliasBook {
  private readonly byWord = new Map<string, AliasEntry>();

  constructor(readonly entries: AliasEntry[]) {
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases]) {
        const words = nameKey(name);
        if (words.length === 1 && words[0]) this.byWord.set(words[0], entry);
      }
    }
  }

  static async load(archiveRoot: string): Promise<{ book: AliasBook; problem?: string }> {
    let text: string;
    try {
      text = await readFile(join(archiveRoot, ALIAS_FILE), 'utf8');
    } catch {
      return { book: new AliasBook([]) };
    }
    try {
      // The schema (zod) loads only for an archive that has an alias file: a search of one without loads none.
      const { AliasFile } = await import('./aliasFile');
      return { book: new AliasBook(AliasFile.parse(JSON.parse(text)).entities) };
    } catch (error) {
      return { book: new AliasBook([]), problem: `${ALIAS_FILE} was not used: it is not a valid alias list (${error instanceof Error ? error.message.slice(0, 120) : 'invalid'}).` };
    }
  }

  /** The other single-word names of whatever the word names, for query expansion. */
  expand(word: string): string[] {
    const key = nameKey(word);
    const entry = key.length === 1 && key[0] ? this.byWord.get(key[0]) : undefined;
    if (!entry) return [];
    return [entry.name, ...entry.aliases].filter((name) => nameKey(name).length === 1 && nameKey(name)[0] !== key[0]);
  }

  /** The entry a full name belongs to, if any. */
  entryOf(name: string): AliasEntry | undefined {
    const key = nameKey(name).join(' ');
    return this.entries.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n).join(' ') === key));
  }
}
