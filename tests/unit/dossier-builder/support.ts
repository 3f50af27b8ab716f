import { afterEach } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { tempArchive } from '../../support/tempArchive';
import type { EventName, EventPayload } from '../../../preload/api';

export const ARCHIVE = {
  'one.txt': 'Amir Kazemi interviewed by Lena Ortiz\n\nQ: Where did you stay?\n\nA: In Camp Ashraf, near Khalis, until 2008. The camp had a hospital and a prison.\n\nMarch 3, 2008\n',
  'two.md': '---\ntitle: A second interview\ninterviewee: Sara Nouri\ninterviewer: Lena Ortiz\ndate: 2009-05-01\n---\n\nSARA NOURI: We crossed the border at night. The police arrested seventy people near Van.\n\nLENA ORTIZ: What happened then?\n\nSARA NOURI: They sent us back to Camp Ashraf after two weeks.\n',
  'three.vtt': 'WEBVTT\n\n00:00:05.000 --> 00:00:09.000\n<v Ali Rezaei>We left the camp in March.\n\n00:01:10.000 --> 00:01:15.000\n<v Ali Rezaei>The border police stopped us at night near the river.\n',
};

export interface Opened {
  ws: Workspace;
  root: string;
  userData: string;
  events: { name: EventName; payload: unknown }[];
}

const open: { ws: Workspace; cleanup(): void }[] = [];
afterEach(async () => {
  for (const { ws, cleanup } of open.splice(0)) {
    await ws.close();
    cleanup();
  }
});

/** Opens a throwaway archive (closed and removed after the test). */
export async function openArchive(files: Record<string, string> = ARCHIVE): Promise<Opened> {
  const archive = tempArchive(files);
  const opened = await reopen(archive.root, archive.userData);
  open.push({ ws: opened.ws, cleanup: archive.cleanup });
  return opened;
}

/** Opens an archive folder without owning its cleanup (for reopen checks). */
export async function reopen(root: string, userData: string): Promise<Opened> {
  const events: Opened['events'] = [];
  const emit = <K extends EventName>(name: K, payload: EventPayload<K>): void => void events.push({ name, payload });
  const ws = await Workspace.open(root, { userDataDir: userData, emit });
  await ws.ready;
  return { ws, root, userData, events };
}

/** Adds an annotation on the first occurrence of `quote` in the interview at `path`. */
export async function annotate(ws: Workspace, path: string, quote: string, extra: { note?: string; codes?: string[] } = {}) {
  const interview = ws.list().find((i) => i.path === path);
  if (!interview) throw new Error(`no interview ${path}`);
  const start = ws.interview(interview.id).text.indexOf(quote);
  if (start < 0) throw new Error(`no “${quote}” in ${path}`);
  return ws.annotations.add({ interviewId: interview.id, start, end: start + quote.length, codes: extra.codes ?? [], ...(extra.note ? { note: extra.note } : {}) });
}
