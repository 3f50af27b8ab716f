#!/usr/bin/env node
// `npm run bench -- loop [--docs N] [--runs R] [--modes cold,names] [--skip-sample] [--cpu-prof DIR]`: how long the browser host's event loop pauses while
// names are found. It spawns `node out/main/serve.js` (needs the build) with TESTIMONY_LOOP_PROBE
// set (main/loopProbe.ts logs every pause of 20 ms or more), on a copy of the sample archive plus
// ../shared/data/interviews and on a generated archive of N interviews (default 1,000), each:
// - cold: nothing indexed, so the index is built, then the names found;
// - names: already indexed, only the name cache deleted, so only the names are found.
// Each pause is split into this thread's CPU time and its time waiting for a core (Linux schedstat).
// Phases: start (spawn to the first search answered), names (until a call that waits for the
// names, entities.ofInterview, answers), list (entities.list answered); a pause counts in the phase it
// began in. A benchmark: it prints, never fails.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const repo = resolve(import.meta.dirname, '..');
const shared = resolve(repo, '..', 'shared');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const docs = Number(option('--docs', '1000'));
const runs = Number(option('--runs', '1'));
const modes = option('--modes', 'cold,names').split(',');
/** With `--cpu-prof DIR`, each host writes a V8 CPU profile there (main thread and workers). */
const profileDir = option('--cpu-prof', '');
const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(profileDir)] : [];
const serveJs = join(repo, 'out', 'main', 'serve.js');
const cliJs = join(repo, 'out', 'main', 'cli.js');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The archives measured: a function that fills a fresh folder with each. */
function sources() {
  const list = [];
  const interviews = join(shared, 'data', 'interviews');
  if (!args.includes('--skip-sample')) list.push({
    name: existsSync(interviews) ? 'sample + shared interviews' : 'sample archive',
    fill: (dir) => {
      cpSync(join(repo, 'archive'), dir, { recursive: true, filter: (p) => !p.includes('.testimony') });
      if (existsSync(interviews)) cpSync(interviews, join(dir, 'shared-interviews'), { recursive: true });
    },
  });
  const generator = join(shared, 'bench', 'gen-corpus.mjs');
  if (docs > 0 && existsSync(generator)) {
    // Generated once per size (as ../shared/bench/as-a-user.sh does), then copied for each run.
    const corpus = join(tmpdir(), `testimony-loop-probe-${docs}`);
    list.push({
      name: `${docs.toLocaleString('en')} generated interviews`,
      fill: (dir) => {
        if (!existsSync(join(corpus, '.done'))) {
          rmSync(corpus, { recursive: true, force: true });
          execFileSync(process.execPath, [generator, '--docs', String(docs), '--seed', '3', '--out', corpus], { stdio: 'ignore' });
          writeFileSync(join(corpus, '.done'), '');
        }
        cpSync(corpus, dir, { recursive: true, filter: (p) => !p.includes('.testimony') && !p.endsWith('.done') });
      },
    });
  }
  return list;
}

async function call(base, token, name, input) {
  const response = await fetch(`${base}/api/call/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, Origin: base, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
    signal: AbortSignal.timeout(600_000),
  });
  const reply = await response.json();
  if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
  return reply.value;
}

/** One host from spawn to the names: the probe's pauses, sorted into phases. */
async function measure(archive, user, probe) {
  const spawned = Date.now();
  const child = spawn(process.execPath, [...nodeArgs, serveJs, archive], { env: { ...process.env, TESTIMONY_USER_DATA: user, TESTIMONY_LOOP_PROBE: probe }, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const url = new URL(await new Promise((found, fail) => {
      createInterface({ input: child.stdout }).once('line', found);
      child.once('exit', (code) => fail(new Error(`serve exited with ${code}`)));
    }));
    const base = url.origin;
    const token = url.searchParams.get('token');
    while ((await call(base, token, 'search.query', { query: 'camp family' }).catch(() => ({ hits: [] }))).hits.length === 0) await new Promise((r) => setTimeout(r, 50));
    const answered = Date.now();
    const [first] = await call(base, token, 'interviews.list', {});
    const interviewsListed = Date.now() - answered;
    await call(base, token, 'entities.ofInterview', { id: first.id });
    const named = Date.now();
    const entities = (await call(base, token, 'entities.list', {})).length;
    const listed = Date.now();
    const pauses = existsSync(probe) ? readFileSync(probe, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    // A pause belongs to the phase it began in (the probe logs when it ended): the first answer's own
    // computation ends just after the client has it, but it is start-up work, not the names'.
    const phase = (from, to) => pauses.filter((p) => p.at - p.ms > from && p.at - p.ms <= to);
    return { entities, answered, interviewsListed, times: { start: answered - spawned, names: named - answered, list: listed - named }, phases: { start: phase(0, answered), names: phase(answered, named), list: phase(named, listed) } };
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

const describe = (pauses) => {
  if (pauses.length === 0) return 'no pause >= 20 ms';
  const max = pauses.reduce((a, b) => (b.ms > a.ms ? b : a));
  const long = pauses.filter((p) => p.ms >= 50);
  const sum = (key) => long.reduce((n, p) => n + p[key], 0);
  return `max ${max.ms} ms (${max.cpuMs} ms CPU, ${max.waitMs} ms waiting for a core); ${long.length} >= 50 ms` + (long.length ? ` (${sum('ms')} ms: ${sum('cpuMs')} ms CPU, ${sum('waitMs')} ms waiting for a core)` : '');
};

if (!existsSync(serveJs) || !existsSync(cliJs)) {
  console.log('bench loop: build first (npm run build)');
  process.exit(0);
}
for (const source of sources()) {
  for (const mode of modes) {
    for (let run = 1; run <= runs; run++) {
      const base = mkdtempSync(join(tmpdir(), 'testimony-loop-'));
      try {
        const archive = join(base, 'archive');
        source.fill(archive);
        if (mode === 'names') {
          execFileSync(process.execPath, [cliJs, 'index', archive, '--json'], { stdio: 'ignore', env: { ...process.env, TESTIMONY_USER_DATA: join(base, 'user') } });
          rmSync(join(archive, '.testimony', 'cache', 'xref'), { recursive: true, force: true });
        }
        const before = load();
        const r = await measure(archive, join(base, 'user'), join(base, 'probe.ndjson'));
        console.log(`${source.name}, ${mode}, run ${run} (load ${before} → ${load()}); ${r.entities} entities`);
        for (const name of ['start', 'names', 'list']) console.log(`  ${name.padEnd(5)} ${String(r.times[name]).padStart(6)} ms: ${describe(r.phases[name])}`);
        const worst = [...r.phases.names].filter((p) => p.ms >= 50).sort((a, b) => b.ms - a.ms).slice(0, 5).map((p) => `${p.ms}/${p.cpuMs}/${p.waitMs} at +${p.at - r.answered - p.ms}`);
        if (worst.length) console.log(`  longest pauses while names are found (ms / CPU ms / waiting for a core ms, at ms since the phase began; interviews.list answered at +${r.interviewsListed}): ${worst.join(', ')}`);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    }
  }
}
