/**
 * Importing a `.qdpx` into an open archive. Everything is read and checked first (package,
 * XML, schema, references); only then are files written, into a folder of the archive and
 * never over an existing file. Codes, codings, notes and memos become Testimony's; what it
 * cannot hold is listed in the report.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Workspace } from '../../workspace';
import { anchor, describeSelection } from '../../annotations/anchoring';
import { AnnotationSchema, type Annotation } from '../../annotations/model';
import { readInterview } from '../../library/readInterview';
import type { Interview } from '../../library/types';
import { ExchangeError } from '../errors';
import { writeEdits } from '../metadata/sidecar';
import { verbatimInterview } from '../metadata/verbatim';
import { ExchangeStateFile } from '../state';
import { parseXml } from './dom';
import { importCodes } from './importCodes';
import type { ExchangeMeta, ExchangeProject, ExchangeSource } from './model';
import { readProject, type Skipped } from './readProject';
import { PROJECT_RULES, schemaProblem } from './schema';
import { unzipChecked } from './zip';
import { importNotes } from './importNotes';

export interface ImportReport {
  sources: number;
  codes: number;
  codings: number;
  notes: number;
  skipped: Skipped[];
  /** The archive folder the interviews were written to. */
  folder: string;
}

const LINK_TYPES = ['supports', 'contradicts', 'same-event', 'see-also'] as const;

/** Reads and checks a .qdpx: the parsed project, or an ExchangeError saying what is wrong. Writes nothing. */
export async function readQdpx(data: Buffer): Promise<{ project: ExchangeProject; skipped: Skipped[] }> {
  const files = await unzipChecked(data, (name) => /^project\.qde$/i.test(name) || /^sources\/[^/]+$/i.test(name));
  const qde = [...files.keys()].find((k) => /^project\.qde$/i.test(k));
  if (!qde) throw new ExchangeError('This ZIP package has no project.qde, so it is not a REFI-QDA project.');
  const root = parseXml(files.get(qde)!.toString('utf8'), 'project.qde');
  const problem = schemaProblem(root, PROJECT_RULES);
  if (problem) throw new ExchangeError(`project.qde does not follow the REFI-QDA schema (${problem}). Nothing was imported.`);
  return readProject(root, files);
}

/** A file name for a source: its name without a document extension, made safe on every system. */
function safeName(name: string): string {
  const base = name.replace(/\.(txt|docx?|pdf|rtf|odt)$/i, '').normalize('NFC').replace(/[\p{Cc}<>:"/\\|?*]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '');
  return (base.slice(0, 120) || 'source').replace(/^(con|prn|aux|nul|com\d|lpt\d)$/i, '$1 source');
}

/** The file for a source: an existing file with exactly this text is reused (a re-import), any other is never overwritten. */
function placeFor(dir: string, name: string, text: string, taken: Set<string>): { abs: string; exists: boolean } {
  for (let n = 1; ; n++) {
    const abs = path.join(dir, `${safeName(name)}${n > 1 ? ` (${n})` : ''}.txt`);
    if (taken.has(abs)) continue;
    taken.add(abs);
    if (!existsSync(abs)) return { abs, exists: false };
    if (statSync(abs).isFile() && readFileSync(abs, 'utf8') === text) return { abs, exists: true };
  }
}

/** The project's variables are the whole truth about a source: names the reader would guess from the text are cleared. */
const CLEARED = { interviewee: '', interviewer: '', date: '', place: '' };

function metaFields(meta: ExchangeMeta): Parameters<typeof writeEdits>[1] {
  const { title, interviewee, interviewer, date, place, language, tags, publisher, rights, url, extra } = meta;
  return Object.fromEntries(Object.entries({ title, interviewee, interviewer, date, place, language, tags, publisher, rights, url, extra }).filter(([, v]) => v !== undefined));
}

const isoOr = (value: string | undefined, fallback: string): string => (value && !Number.isNaN(Date.parse(value)) && /[Zz]|[+-]\d{2}:\d{2}$/.test(value) ? new Date(value).toISOString() : fallback);

export async function importQdpx(ws: Workspace, data: Buffer, options: { folder?: string } = {}): Promise<ImportReport> {
  const { project, skipped } = await readQdpx(data);
  if (ws.annotations.store.readOnly) throw new ExchangeError('This archive is open read-only (another window holds it), so nothing can be imported into it.');
  await ws.ready;
  const folder = options.folder ?? path.posix.join('imported', safeName(project.name));
  const dir = path.join(ws.root, ...folder.split('/'));
  mkdirSync(dir, { recursive: true });
  const now = new Date().toISOString();
  const placed = new Map<string, { source: ExchangeSource; interview: Interview }>();
  const taken = new Set<string>();
  for (const source of project.sources) {
    const { abs, exists } = placeFor(dir, source.name, source.text, taken);
    if (!exists) writeFileSync(abs, source.text, { encoding: 'utf8', flag: 'wx' });
    const fields = metaFields({ ...CLEARED, title: source.meta.title ?? source.name, ...source.meta });
    writeEdits(abs, fields, { verbatim: true });
    const rel = path.relative(ws.root, abs).split(path.sep).join('/');
    const info = statSync(abs);
    try {
      const read = await readInterview({ path: rel, absPath: abs, size: info.size, mtimeMs: info.mtimeMs, format: 'txt' });
      placed.set(source.guid, { source, interview: await verbatimInterview(read, abs) });
    } catch (error) {
      skipped.push({ what: `“${source.name}”`, why: `it was written to ${rel} but could not be read back (${error instanceof Error ? error.message : 'unreadable'})` });
    }
  }
  const { idOf: codeId, categories } = await importCodes(ws.annotations.store, project.codes);
  const notesByGuid = new Map(project.notes.map((n) => [n.guid, n]));
  const used = new Set<string>();
  const annotations: Annotation[] = [];
  const creators: Record<string, string> = {};
  const selectionIds = new Map<string, string>();
  const passageMemos: { interviewId: string; start: number; end: number; notes: string[]; creator?: string }[] = [];
  let codings = 0;
  for (const { source, interview } of placed.values()) {
    for (const sel of source.selections) {
      const target = describeSelection(source.text, sel.start, sel.end);
      const spot = interview.text === source.text ? { start: sel.start, end: sel.end } : anchor(interview.text, target);
      if (spot.start === undefined || spot.end === undefined) {
        skipped.push({ what: `the selection “${target.quote.exact.slice(0, 60)}” in “${source.name}”`, why: 'it could not be found in the text as Testimony reads it' });
        continue;
      }
      const codes = sel.codes.flatMap((c) => {
        const id = codeId.get(c);
        if (!id) skipped.push({ what: `a coding in “${source.name}”`, why: `it refers to a code (${c}) that the codebook lacks` });
        return id ? [id] : [];
      });
      if (codes.length === 0 && !sel.description && sel.notes.length > 0) {
        passageMemos.push({ interviewId: interview.id, start: spot.start, end: spot.end, notes: sel.notes, creator: sel.creator });
        continue;
      }
      const noteText = [sel.description, ...sel.notes.map((n) => (used.add(n), notesByGuid.get(n)?.text))].filter((t): t is string => !!t?.trim()).join('\n\n');
      const id = AnnotationSchema.shape.id.safeParse(sel.guid).success ? sel.guid : randomUUID();
      const at = describeSelection(interview.text, spot.start, spot.end);
      annotations.push({
        id, interviewId: interview.id, target: { textHash: interview.hash, ...at }, codes: [...new Set(codes)], created: isoOr(sel.created, now), modified: isoOr(sel.modified ?? sel.created, now),
        ...(noteText ? { note: noteText } : {}),
      });
      selectionIds.set(sel.guid, id);
      if (sel.creator) creators[id] = sel.creator;
      codings += new Set(codes).size;
    }
  }
  await ws.annotations.store.importAnnotations(keepBesideOurs(ws, annotations, selectionIds, creators), { mode: 'merge' });
  for (const link of project.links) {
    const from = selectionIds.get(link.from);
    const to = selectionIds.get(link.to);
    if (!from || !to) {
      skipped.push({ what: `the link “${link.name || link.guid}”`, why: 'it joins things other than two imported selections (codes, sources or notes), which Testimony does not link' });
      continue;
    }
    const known = (LINK_TYPES as readonly string[]).includes(link.name) ? (link.name as (typeof LINK_TYPES)[number]) : undefined;
    if (ws.xref.store.links(from).some((l) => l.to === to && l.from === from)) continue;
    const note = [known ? undefined : link.name && `Imported link “${link.name}”`, ...link.notes.map((n) => (used.add(n), notesByGuid.get(n)?.text))].filter(Boolean).join('\n\n');
    ws.xref.store.addLink({ from, to, type: known ?? 'see-also', ...(note ? { note } : {}) });
  }
  // After the links, so a note that belongs to a link does not also become a memo.
  const memoCount = await importNotes(ws.annotations.store, project, { placed, passageMemos, used, codeId, creators });
  new ExchangeStateFile(ws.dataDir).merge({ users: project.users, creators, categories: categories });
  await ws.rescan();
  ws.annotations.changed();
  return { sources: placed.size, codes: project.codes.length, codings, notes: annotations.filter((a) => a.note).length + memoCount, skipped, folder };
}

const sameContent = (a: Annotation, b: Annotation): boolean =>
  JSON.stringify([a.interviewId, a.target, a.note ?? null, [...a.codes].sort()]) === JSON.stringify([b.interviewId, b.target, b.note ?? null, [...b.codes].sort()]);

/**
 * A selection whose GUID is already an annotation here is left out when it says the same (a
 * second import of one project), and imported beside it under a new id when it differs (a
 * colleague's later edit): an import never overwrites a researcher's annotation, so it never
 * needs the mass-change confirmation either. Returns what to store.
 */
function keepBesideOurs(ws: Workspace, annotations: Annotation[], selectionIds: Map<string, string>, creators: Record<string, string>): Annotation[] {
  const renamed = new Map<string, string>();
  const toStore: Annotation[] = [];
  for (const a of annotations) {
    const mine = ws.annotations.store.getAnnotation(a.id);
    if (mine && sameContent(mine, a)) continue;
    toStore.push(a);
    if (!mine) continue;
    const fresh = randomUUID();
    renamed.set(a.id, fresh);
    const creator = creators[a.id];
    if (creator) {
      creators[fresh] = creator;
      delete creators[a.id];
    }
    a.id = fresh;
  }
  for (const [guid, id] of selectionIds) selectionIds.set(guid, renamed.get(id) ?? id);
  return toStore;
}
