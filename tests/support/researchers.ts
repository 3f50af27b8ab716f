/** Researchers for the team tests: each has an own copy of the archive, opened as a workspace. */
import { Workspace } from '../../main/workspace';
import { tempArchive, SMALL_ARCHIVE } from './tempArchive';

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
