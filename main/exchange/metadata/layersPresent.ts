/**
 * Whether an archive has any metadata from outside its files, found without loading the code
 * that reads it (zod schemas, the CSV parser, the format readers): most archives have none, and
 * every open asks.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** A researcher's edits to an interview's metadata sit beside it: `<file>.testimony.json`. */
export const SIDECAR_SUFFIX = '.testimony.json';

/** Saved catalogue mappings, in Testimony's data folder. */
export const cataloguesFile = (dataDir: string): string => path.join(dataDir, 'catalogues.json');

export function hasCatalogues(dataDir: string): boolean {
  return existsSync(cataloguesFile(dataDir));
}

/** Sidecar names per folder, listed once per folder rather than probed once per file. */
export function sidecarsIn(root: string, paths: string[]): Set<string> {
  const found = new Set<string>();
  for (const dir of new Set(paths.map((p) => path.posix.dirname(p)))) {
    try {
      for (const name of readdirSync(path.join(root, ...dir.split('/')))) {
        if (name.endsWith(SIDECAR_SUFFIX)) found.add(dir === '.' ? name : `${dir}/${name}`);
      }
    } catch {
      // A folder that vanished since the scan has no sidecars to apply.
    }
  }
  return found;
}
