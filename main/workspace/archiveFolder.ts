import { statSync } from 'node:fs';
import { UserError } from '../handlers/userError';

export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * An archive is a folder that already exists: a mistyped path is an error, never a new empty
 * archive (opening one writes `.testimony/` into it).
 */
export function checkArchiveFolder(root: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    throw new UserError('not-found', `There is no folder at “${root}”. Check the path for a typing mistake: Testimony opens an existing folder of interviews and never creates one.`);
  }
  if (!isDirectory) throw new UserError('invalid-input', `“${root}” is a file, not a folder. Choose the folder that holds the interviews.`);
}
