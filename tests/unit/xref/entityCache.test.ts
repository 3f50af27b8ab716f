import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordOf, storedIn } from '../../../main/library/textStore';
import { Workspace } from '../../../main/workspace';
import type { Entity } from '../../../main/xref/entities';
import { runNamesJob, type NamesJob } from '../../../main/xref/namesJob';
import type { EntityDecision } from '../../../main/xref/store/ops';

const repo = resolve(__dirname, '..', '..', '..');
let base = '';
let job: NamesJob;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'testimony-entity-cache-'));
  const root = join(base, 'archive');
  cpSync(join(repo, 'archive'), root, { recursive: true, filter: (src) => !src.includes('.testimony') });
  // Opened twice: the second time the texts come from the catalog's text store, as the worker reads them.
  const first = await Workspace.open(root, { userDataDir: join(base, 'user') });
  await first.ready;
  await first.close();
  const ws = await Workspace.open(root, { userDataDir: join(base, 'user') });
  await ws.ready;
  const interviews = ws.list().map((s) => ws.interview(s.id));
  job = { dataDir: join(base, 'data'), textsDir: storedIn(interviews[0]!)!, records: interviews.map(recordOf), aliases: ws.xref.aliases.entries, decisions: new Map() };
  await ws.close();
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

const entitiesOf = (j: NamesJob): Entity[] => runNamesJob(j, () => undefined).flat();
/** Runs the job with the texts moved away: only a saved build can answer it. */
function withoutTexts<T>(run: () => T): T {
  renameSync(job.textsDir, `${job.textsDir}.away`);
  try {
    return run();
  } finally {
    renameSync(`${job.textsDir}.away`, job.textsDir);
  }
}

describe('the built entities, saved for a warm start', () => {
  it('are the same entities the next time, built without reading a text', () => {
    const built = entitiesOf(job);
    expect(built.length).toBeGreaterThan(10);
    expect(built.some((e) => e.mentions.some((m) => m.turn) && e.mentions.some((m) => m.passage === undefined || m.passage >= 0))).toBe(true);
    expect(withoutTexts(() => entitiesOf(job))).toEqual(built);
  });

  it('are built again when a decision, the alias list or a text changes', () => {
    const built = entitiesOf(job);
    const first = built[0]!;
    const rejected: EntityDecision = { id: first.id, status: 'rejected', aliases: [], modified: '2026-12-02T00:00:00.000Z' };
    const decided = entitiesOf({ ...job, decisions: new Map([[first.id, rejected]]) });
    expect(decided.map((e) => e.id)).not.toContain(first.id);
    expect(decided.length).toBe(built.length - 1);
    // Back to no decisions: that build is saved no more, so it is made again from the texts.
    expect(() => withoutTexts(() => entitiesOf(job))).toThrow();
    const aliases = [...job.aliases, { name: 'Zebulon Quartermaine', kind: 'person' as const, aliases: ['Quartermaine'] }];
    expect(() => withoutTexts(() => entitiesOf({ ...job, aliases }))).toThrow();
    const changed = job.records.map((r, i) => (i === 0 ? { ...r, hash: `${r.hash.slice(0, -1)}x` } : r));
    expect(() => withoutTexts(() => entitiesOf({ ...job, records: changed }))).toThrow();
  });
});
