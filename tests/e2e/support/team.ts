import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyArchive } from './host';
import { cli, type CliRun } from './cli';
import { startCouchServer, type CouchServer } from '../../support/couchServer';

export const passwordOf = (name: string) => `pw-${name}`;

/** The JSON a successful CLI run printed (the run's stderr in the failure message otherwise). */
export function json<T>(run: CliRun): T {
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

/** One pouchdb-server for a spec file; projects and archive copies made on it are removed after. */
export function teamServer() {
  let couch: CouchServer;
  let projects = 0;
  const archives: string[] = [];
  test.beforeAll(async () => {
    couch = await startCouchServer();
  });
  test.afterAll(async () => {
    await couch?.stop();
    for (const a of archives) rmSync(join(a, '..'), { recursive: true, force: true });
  });
  return {
    project: (...names: string[]) => couch.createProject(`project-${++projects}`, Object.fromEntries(names.map((n) => [n.toLowerCase(), passwordOf(n)]))),
    /** A researcher's own copy of the sample archive. */
    copy(): string {
      const archive = copyArchive();
      archives.push(archive);
      return archive;
    },
    /** `testimony sync --json` as `name`, the password in the environment as the README says. */
    sync: (archive: string, remote: string, name: string, extra: Parameters<typeof cli>[1] = {}) =>
      cli(['sync', archive, '--remote', remote, '--user', name.toLowerCase(), '--creator', name, '--json'], { ...extra, env: { TESTIMONY_SYNC_PASSWORD: passwordOf(name) } }),
  };
}

/** Ana and Ben both change the note of one annotation offline and sync: Ben's copy then has a conflict. */
export async function makeNoteConflict(team: ReturnType<typeof teamServer>, remote: string, ana: string, ben: string): Promise<string> {
  const [hit] = json<{ id: string }[]>(await cli(['search', ana, 'perimeter', '--json', '--limit', '1']));
  const { id } = json<{ id: string }>(await cli(['annotate', ana, '--interview', hit!.id, '--quote', 'outer perimeter', '--note', 'first', '--creator', 'Ana', '--json']));
  // The documented JSON, exactly.
  expect(json(await team.sync(ana, remote, 'Ana'))).toEqual({ pushed: 1, pulled: 0, conflicts: 0 });
  expect(json(await team.sync(ben, remote, 'Ben'))).toEqual({ pushed: 0, pulled: 1, conflicts: 0 });
  expect(json(await cli(['annotate', ana, '--id', id, '--note', 'Ana’s reading', '--json']))).toEqual({ id });
  expect(json(await cli(['annotate', ben, '--id', id, '--note', 'Ben’s reading', '--creator', 'Ben', '--json']))).toEqual({ id });
  json(await team.sync(ana, remote, 'Ana'));
  expect(json<{ conflicts: number }>(await team.sync(ben, remote, 'Ben')).conflicts).toBe(1);
  return id;
}
