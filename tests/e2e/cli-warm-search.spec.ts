import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { callApi } from './support/dossier';
import { copyArchive, repo, serveArchive } from './support/host';

const cli = (archive: string, ...args: string[]): string =>
  execFileSync(process.execPath, [join(repo, 'out', 'main', 'cli.js'), ...args.slice(0, 1), archive, ...args.slice(1)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

interface Hit { id: string; path: string; score: number; snippets: Array<{ text: string; start: number; end: number }> }

const mtimes = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${join(e.parentPath, e.name)} ${statSync(join(e.parentPath, e.name)).mtimeMs}`).sort();

test('a warm CLI search answers the same hits as the browser host, and writes nothing', async () => {
  const archive = copyArchive();
  const cold = JSON.parse(cli(archive, 'index', '--json')) as { interviews: number };
  expect(cold.interviews).toBeGreaterThan(5);
  const data = join(archive, '.testimony');
  const before = mtimes(data);
  const queries = ['MEK', 'camp family', '"Camp Ashraf"', 'border*', 'مجاهدین'];
  const fromCli = queries.map((q) => JSON.parse(cli(archive, 'search', q, '--json')) as Hit[]);
  expect(JSON.parse(cli(archive, 'index', '--json'))).toMatchObject({ interviews: cold.interviews });
  // The warm runs read the catalog's metadata and the texts of the hits shown, and an index run
  // with nothing changed reads only the folder: no file is rewritten (the stores' saved-record hints included).
  expect(mtimes(data)).toEqual(before);
  const host = await serveArchive(archive);
  try {
    for (const [n, query] of queries.entries()) {
      const served = await callApi<{ hits: Hit[] }>(host, 'search.query', { query, limit: 20 });
      const shape = (hits: Hit[]) => hits.map((h) => ({ id: h.id, path: h.path, score: h.score, snippets: h.snippets.map(({ text, start, end }) => ({ text, start, end })) }));
      expect(fromCli[n]!.length, query).toBeGreaterThan(0);
      expect(shape(fromCli[n]!), query).toEqual(shape(served.hits));
    }
  } finally {
    await host.stop();
  }
});

test('a warm CLI search loads none of the packages its answer does not need (sync, PDF, readers, watcher, lock)', () => {
  const archive = copyArchive();
  cli(archive, 'index', '--json');
  // A preload that lists, at exit, every CommonJS file the process loaded from node_modules.
  const hook = join(archive, '..', 'list-loaded.cjs');
  writeFileSync(hook, "process.on('exit', () => process.stderr.write('\\n' + JSON.stringify(Object.keys(require.cache).filter((f) => f.includes('node_modules')))));\n");
  const run = spawnSync(process.execPath, ['--require', hook, join(repo, 'out', 'main', 'cli.js'), 'search', archive, 'camp', '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const loaded = JSON.parse(run.stderr.slice(run.stderr.lastIndexOf('\n') + 1)) as string[];
  expect(loaded.some((f) => f.includes('/node_modules/lunr/'))).toBe(true);
  // Nothing changed, so no format reader runs; a CLI does not watch; a search takes no lock on the annotations.
  for (const heavy of ['pouchdb', 'leveldown', 'pdfkit', 'chardet', 'iconv-lite', 'fast-xml-parser', 'yauzl', 'csv-parse', 'chokidar', 'proper-lockfile']) expect(loaded.filter((f) => f.includes(`/node_modules/${heavy}`)), heavy).toEqual([]);
});
