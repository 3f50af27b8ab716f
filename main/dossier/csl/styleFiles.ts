/**
 * The CSL styles and locales shipped with the app (scripts/csl-styles.mjs writes them to out/csl
 * at build time). Found by walking up from this module, so the same code finds them from the
 * sources (tests), from out/main (CLI, HTTP host) and from inside the packaged asar.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let dir: string | undefined;

function cslDir(): string {
  if (dir) return dir;
  let at = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    for (const candidate of [join(at, 'csl'), join(at, 'out', 'csl')]) {
      if (existsSync(join(candidate, 'locales-en-US.json'))) return (dir = candidate);
    }
    at = dirname(at);
  }
  throw new Error('The citation styles are missing (out/csl): run `npm run build`.');
}

const loaded = new Map<string, unknown>();

/** A style ("apa") or a locale ("locales-en-US") in citeproc-js's element form, read once. */
export function cslData(name: string): unknown {
  let data = loaded.get(name);
  if (data === undefined) {
    data = JSON.parse(readFileSync(join(cslDir(), `${name}.json`), 'utf8')) as unknown;
    loaded.set(name, data);
  }
  return data;
}
