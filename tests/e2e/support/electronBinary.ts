import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './host';

/**
 * Where the Electron binary is, without `require('electron')` (which tries to download it when
 * missing). ELECTRON_PATH overrides; otherwise the path the electron package's installer records.
 */
export function electronBinary(): { path: string } | { missing: string } {
  const override = process.env.ELECTRON_PATH;
  if (override) return existsSync(override) ? { path: override } : { missing: `ELECTRON_PATH=${override} does not exist` };
  const pkg = join(repo, 'node_modules', 'electron');
  const recorded = join(pkg, 'path.txt');
  if (!existsSync(recorded)) {
    return { missing: 'the Electron binary is not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 because GitHub, where it is downloaded from, is unreachable here); set ELECTRON_PATH or install electron normally to run this suite' };
  }
  const binary = join(pkg, 'dist', readFileSync(recorded, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is missing` };
}
