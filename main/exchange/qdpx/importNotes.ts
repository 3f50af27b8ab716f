/** REFI-QDA notes → Testimony memos: on the project, a code, an interview or a passage; a re-import adds no duplicates. */
import type { AnnotationStore } from '../../annotations/store/store';
import type { MemoAttachment } from '../../annotations/model';
import type { Interview } from '../../library/types';
import type { ExchangeProject, ExchangeSource } from './model';

interface NoteContext {
  placed: Map<string, { source: ExchangeSource; interview: Interview }>;
  passageMemos: { interviewId: string; start: number; end: number; notes: string[]; creator?: string }[];
  /** Notes already used as annotation or link notes. */
  used: Set<string>;
  codeId: Map<string, string>;
  creators: Record<string, string>;
}

/** Adds the memos; returns how many were added. */
export async function importNotes(store: AnnotationStore, project: ExchangeProject, ctx: NoteContext): Promise<number> {
  const notes = new Map(project.notes.map((n) => [n.guid, n]));
  const wanted: { guid: string; attachedTo: MemoAttachment }[] = [];
  const attach = (guids: string[], attachedTo: MemoAttachment): void => {
    for (const guid of guids) {
      if (!notes.has(guid) || ctx.used.has(guid)) continue;
      ctx.used.add(guid);
      wanted.push({ guid, attachedTo });
    }
  };
  for (const memo of ctx.passageMemos) attach(memo.notes, { kind: 'passage', interviewId: memo.interviewId, start: memo.start, end: memo.end });
  for (const { source, interview } of ctx.placed.values()) attach(source.notes, { kind: 'interview', interviewId: interview.id });
  for (const [guid, noteGuids] of project.codeNotes) {
    const codeId = ctx.codeId.get(guid);
    if (codeId) attach(noteGuids, { kind: 'code', codeId });
  }
  attach(project.projectNotes, { kind: 'project' });
  // Notes nobody refers to are still the researcher's words: they become project memos.
  attach([...notes.keys()], { kind: 'project' });
  const existing = new Set(store.listMemos().map((m) => JSON.stringify([m.title, m.body, m.attachedTo])));
  let added = 0;
  for (const { guid, attachedTo } of wanted) {
    const note = notes.get(guid)!;
    const title = note.title.slice(0, 1000);
    if (existing.has(JSON.stringify([title, note.text, attachedTo]))) continue;
    const memo = await store.addMemo({ title, body: note.text, attachedTo });
    if (note.creator) ctx.creators[memo.id] = note.creator;
    added += 1;
  }
  return added;
}
