/** Gathers an ExchangeProject from an open archive: interviews, codebook, codings, notes, memos, links, saved searches. */
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import type { Workspace } from '../../workspace';
import type { Interview } from '../../library/types';
import { DefinitionStore } from '../../dossier/fromArchive/definitions';
import { ExchangeStateFile } from '../state';
import { guidFor, normalGuid } from './guid';
import type { ExchangeCode, ExchangeLink, ExchangeNote, ExchangeProject, ExchangeSource } from './model';

const LINK_DIRECTION = { supports: 'OneWay', contradicts: 'OneWay', 'same-event': 'Bidirectional', 'see-also': 'Associative' } as const;

function localUser(): { guid: string; name: string } {
  let name = 'Researcher';
  try {
    name = userInfo().username || name;
  } catch {
    // No user name on this system: the generic one will do.
  }
  return { guid: guidFor('user', name), name };
}

/** Testimony ids that are GUIDs already (imported codes, annotation uuids) are kept as they are. */
const guidOf = (kind: string, id: string): string => normalGuid(id) ?? guidFor(kind, id);

export function metaOf(i: Interview): ExchangeSource['meta'] {
  const { title, interviewee, interviewer, date, place, language, tags, publisher, rights, url, extra } = i;
  return { title, interviewee, interviewer, date, place, language, tags, publisher, rights, url, extra };
}

export async function projectFromWorkspace(ws: Workspace): Promise<ExchangeProject> {
  await ws.ready;
  const state = new ExchangeStateFile(ws.dataDir).read();
  const owner = localUser();
  const users = new Map([[owner.guid, owner], ...state.users.map((u) => [u.guid, u] as const)]);
  const creatorOf = (id: string): string | undefined => state.creators[id];
  const store = ws.annotations.store;
  const categories = new Set(state.categories);
  const codeGuid = new Map(store.listCodes().map((c) => [c.id, guidOf('code', c.id)]));
  const codes: ExchangeCode[] = store.listCodes().map((c) => ({
    guid: codeGuid.get(c.id)!, name: c.name, color: c.color, codable: !categories.has(c.id),
    ...(c.parentId ? { parentGuid: codeGuid.get(c.parentId) } : {}), ...(c.description ? { description: c.description } : {}),
  }));
  const notes: ExchangeNote[] = [];
  const addNote = (note: ExchangeNote): string => (notes.push(note), note.guid);
  const sources = new Map<string, ExchangeSource>();
  for (const interview of ws.list().map((s) => ws.interview(s.id))) {
    sources.set(interview.id, { guid: guidFor('interview', interview.id), name: interview.title, originalPath: interview.path, text: interview.text, selections: [], notes: [], meta: metaOf(interview) });
  }
  const selectionGuid = new Map<string, string>();
  for (const a of ws.annotations.list({})) {
    const source = sources.get(a.interviewId);
    if (!source || a.start === undefined || a.end === undefined || a.anchor.status === 'orphan') continue;
    const guid = guidOf('annotation', a.id);
    selectionGuid.set(a.id, guid);
    const coded = a.codes.filter((c) => codeGuid.has(c));
    // A note on a coded passage travels as a Note; on an uncoded one as the selection's Description, so it comes back as an annotation.
    const note = a.note && coded.length > 0 ? addNote({ guid: guidFor('note', a.id), title: `Note: ${a.quote.slice(0, 60)}`, text: a.note, creator: creatorOf(a.id), created: a.created }) : undefined;
    source.selections.push({
      guid, start: a.start, end: a.end, codes: coded.map((c) => codeGuid.get(c)!), notes: note ? [note] : [],
      ...(a.note && !note ? { description: a.note } : {}), creator: creatorOf(a.id), created: a.created, modified: a.modified,
    });
  }
  const projectNotes: string[] = [];
  const codeNotes = new Map<string, string[]>();
  for (const memo of store.listMemos()) {
    const guid = addNote({ guid: guidOf('memo', memo.id), title: memo.title || 'Memo', text: memo.body, creator: creatorOf(memo.id), created: memo.created });
    const at = memo.attachedTo;
    if (at.kind === 'project') projectNotes.push(guid);
    else if (at.kind === 'code') {
      const code = codeGuid.get(at.codeId);
      if (code) codeNotes.set(code, [...(codeNotes.get(code) ?? []), guid]);
    }
    else if (at.kind === 'interview') sources.get(at.interviewId)?.notes.push(guid);
    else sources.get(at.interviewId)?.selections.push({ guid: guidFor('memo-passage', memo.id), start: at.start, end: at.end, codes: [], notes: [guid], created: memo.created });
  }
  const links: ExchangeLink[] = ws.xref.store.links().flatMap((l) => {
    const from = selectionGuid.get(l.from);
    const to = selectionGuid.get(l.to);
    if (!from || !to) return [];
    const note = l.note ? [addNote({ guid: guidFor('link-note', l.id), title: `Link note (${l.type})`, text: l.note, created: l.created })] : [];
    return [{ guid: guidOf('link', l.id), name: l.type, direction: LINK_DIRECTION[l.type], from, to, notes: note }];
  });
  const sets = await savedSearchSets(ws, sources);
  for (const s of sources.values()) s.selections.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    name: basename(ws.root), origin: 'Testimony', created: new Date().toISOString(), users: [...users.values()], owner: owner.guid,
    codes, sources: [...sources.values()], notes, links, sets, projectNotes, codeNotes,
  };
}

/** Each saved search of a dossier becomes a set of the interviews it finds (REFI-QDA has no queries). */
async function savedSearchSets(ws: Workspace, sources: Map<string, ExchangeSource>): Promise<ExchangeProject['sets']> {
  const definitions = new DefinitionStore(ws.dataDir);
  const queries = new Set(definitions.list().flatMap((d) => definitions.get(d.id)?.sections ?? []).flatMap((s) => (s.source.kind === 'query' ? [s.source.query] : [])));
  const sets: ExchangeProject['sets'] = [];
  for (const query of queries) {
    const found = await ws.search(query, { limit: 1000, offset: 0, filters: {} });
    const members = found.hits.flatMap((h) => (sources.has(h.id) ? [sources.get(h.id)!.guid] : []));
    sets.push({ guid: guidFor('saved-search', query), name: `Saved search: ${query}`, description: `The interviews Testimony finds for the search “${query}”.`, sources: members, codes: [] });
  }
  return sets;
}
