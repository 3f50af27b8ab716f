/**
 * `testimony sync` and `testimony conflicts` as whole processes against a CouchDB-compatible
 * server (pouchdb-server on 127.0.0.1): exact JSON, a sync killed with SIGKILL halfway and run
 * again, and 10,000 annotations in one sync (its time is printed for the README, never asserted).
 */
import { expect, test } from '@playwright/test';
import { cli, seedAnnotations } from './support/cli';
import { json, makeNoteConflict, teamServer } from './support/team';

const team = teamServer();
const { project, copy, sync } = team;

const count = async (archive: string) => (JSON.parse((await cli(['annotations', archive, '--format', 'w3c'])).stdout) as { total: number }).total;

test('sync and conflicts print exactly the documented JSON; creators reach the W3C export', async () => {
  test.setTimeout(180_000);
  const remote = await project('Ana', 'Ben');
  const [ana, ben] = [copy(), copy()];
  const id = await makeNoteConflict(team, remote, ana, ben);
  const conflicts = json<{ id: string; kind: string; versions: { rev: string; creator: string; modified: string; record: { note?: string } | null }[] }[]>(await cli(['conflicts', ben, '--json']));
  expect(conflicts).toHaveLength(1);
  expect(Object.keys(conflicts[0]!).sort()).toEqual(['id', 'kind', 'versions']);
  expect(conflicts[0]).toMatchObject({ id, kind: 'annotation' });
  for (const v of conflicts[0]!.versions) expect(Object.keys(v).sort()).toEqual(['creator', 'modified', 'record', 'rev']);
  expect(conflicts[0]!.versions.map((v) => [v.creator, v.record?.note]).sort()).toEqual([['Ana', 'Ana’s reading'], ['Ben', 'Ben’s reading']]);

  const w3c = JSON.parse((await cli(['annotations', ben, '--format', 'w3c'])).stdout) as { first: { items: { creator?: { name: string }; modified?: string }[] } };
  expect(w3c.first.items[0]).toMatchObject({ creator: { type: 'Person', name: 'Ana' } });
  expect(w3c.first.items[0]?.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('the CLI refuses a plain-http remote elsewhere, and a wrong password, in one clear line', async () => {
  const archive = copy();
  const plain = await cli(['sync', archive, '--remote', 'http://couch.example.org/p', '--creator', 'Ana', '--json']);
  expect(plain.code).not.toBe(0);
  expect(plain.stdout).toBe('');
  expect(plain.stderr).toMatch(/must start with https:\/\//);
  const remote = await project('Ana');
  const wrong = await cli(['sync', archive, '--remote', remote, '--user', 'ana', '--creator', 'Ana', '--json'], { env: { TESTIMONY_SYNC_PASSWORD: 'nope' } });
  expect(wrong.code).not.toBe(0);
  expect(wrong.stderr).toMatch(/refused the name or password/);
});

test('a sync killed with SIGKILL halfway, twice, completes when run again and loses nothing', async () => {
  test.setTimeout(300_000);
  const remote = await project('Ana', 'Ben');
  const [ana, ben] = [copy(), copy()];
  await seedAnnotations(ana, 2000, 'Ana');
  // Killed while sharing into the replica and pushing, then again after the push, while pulling.
  for (const moment of [/Sharing your changes/, /receiving teammates/]) {
    const killed = await sync(ana, remote, 'Ana', { onStderr: (text, child) => void (moment.test(text) && child.kill('SIGKILL')) });
    expect(killed.code).toBeNull();
    expect(killed.stdout).toBe('');
  }
  const done = json<{ pushed: number; conflicts: number }>(await sync(ana, remote, 'Ana'));
  expect(done.conflicts).toBe(0);
  expect(json<{ pulled: number }>(await sync(ben, remote, 'Ben')).pulled).toBe(2000);
  expect(await count(ana)).toBe(2000);
  expect(await count(ben)).toBe(2000);
  expect(json(await sync(ana, remote, 'Ana'))).toEqual({ pushed: 0, pulled: 0, conflicts: 0 });
});

test('10,000 annotations in one sync (times printed for the README)', async () => {
  test.setTimeout(600_000);
  const remote = await project('Ana', 'Ben');
  const [ana, ben] = [copy(), copy()];
  await seedAnnotations(ana, 10_000, 'Ana');
  let started = Date.now();
  expect(json<{ pushed: number }>(await sync(ana, remote, 'Ana')).pushed).toBe(10_000);
  const pushMs = Date.now() - started;
  started = Date.now();
  expect(json<{ pulled: number }>(await sync(ben, remote, 'Ben')).pulled).toBe(10_000);
  const pullMs = Date.now() - started;
  expect(await count(ben)).toBe(10_000);
  console.log(`10,000 annotations: first sync (share + push) ${pushMs} ms, teammate's first sync (pull + apply) ${pullMs} ms`);
});
