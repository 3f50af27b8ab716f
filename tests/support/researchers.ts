/** Researchers for the team tests: each has an own copy of the archive, opened as a workspace. */
import { Workspace } from '../../main/workspace';
import { tempArchive, SMALL_ARCHIVE } from './tempArchive';
import { startCouchServer, type CouchServer } from './couchServer';

export interface Researcher {
  name: string;
  ws: Workspace;
  password: string;
  sync(): ReturnType<Workspace['sync']['sync']>;
  close(): Promise<void>;
}

export async function researcher(name: string, remote: string, password: string, files: Record<string, string> = SMALL_ARCHIVE): Promise<Researcher> {
  const copy = tempArchive(files);
  const ws = await Workspace.open(copy.root, { userDataDir: copy.userData });
  await ws.ready;
  ws.sync.configure({ remote, user: name.toLowerCase(), name });
  return {
    name,
    ws,
    password,
    sync: () => ws.sync.sync({ password }),
    close: async () => {
      await ws.close();
      copy.cleanup();
    },
  };
}

/** A new annotation on the first interview, on the first occurrence of `quote`. */
export async function annotate(r: Researcher, quote: string, note?: string, interview = 0) {
  const target = r.ws.list()[interview]!;
  const text = r.ws.interview(target.id).text;
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`no “${quote}” in ${target.path}`);
  return r.ws.annotations.add({ interviewId: target.id, start, end: start + quote.length, codes: [], ...(note ? { note } : {}) });
}

/**
 * One pouchdb-server for a test file, and a fresh project per `team(...)` call; every copy opened
 * is closed after each test. Names in `readers` may read the project but not write to it.
 */
export function couchTeam(hooks: { beforeAll(fn: () => Promise<void>): void; afterAll(fn: () => Promise<void>): void; afterEach(fn: () => Promise<void>): void }) {
  let couch: CouchServer | undefined;
  let open: Researcher[] = [];
  let count = 0;
  hooks.beforeAll(async () => {
    couch = await startCouchServer();
  });
  hooks.afterAll(async () => couch?.stop());
  hooks.afterEach(async () => {
    await Promise.all(open.map((r) => r.close()));
    open = [];
  });
  const passwordOf = (name: string) => `pw-${name}`;
  const accounts = (names: string[]) => Object.fromEntries(names.map((n) => [n.toLowerCase(), passwordOf(n)]));
  /** A project with these members (and readers); returns its address. */
  const project = (names: string[], readers: string[] = []) => couch!.createProject(`project-${++count}`, accounts(names), accounts(readers));
  const join = async (remote: string, name: string, files?: Record<string, string>): Promise<Researcher> => {
    const r = await researcher(name, remote, passwordOf(name), files);
    open.push(r);
    return r;
  };
  const team = async (...names: string[]): Promise<Researcher[]> => {
    const remote = await project(names);
    return Promise.all(names.map((n) => join(remote, n)));
  };
  return { server: () => couch!, project, join, team };
}

/** Ana makes an annotation both get; then each changes its note offline and syncs (Ana first). Returns it and Ben's sync. */
export async function editTwice(ana: Researcher, ben: Researcher, quote: string, notes: [string, string]) {
  const made = await annotate(ana, quote, 'first');
  await ana.sync();
  await ben.sync();
  await ana.ws.annotations.update({ id: made.id, note: notes[0] });
  await ben.ws.annotations.update({ id: made.id, note: notes[1] });
  await ana.sync();
  return { made, benSync: await ben.sync() };
}
