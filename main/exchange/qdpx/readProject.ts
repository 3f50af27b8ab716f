/**
 * A validated project.qde (and the package's text files) → an ExchangeProject, plus what
 * Testimony cannot hold, listed for the import report instead of being dropped silently.
 */
import { parseDate, languageCode } from '../../library/metadata';
import { ExchangeError } from '../errors';
import { codePointMap } from './codepoints';
import { childNamed, childrenNamed, namespaceOf, type XmlElement } from './dom';
import { normalGuid } from './guid';
import type { ExchangeCode, ExchangeLink, ExchangeMeta, ExchangeNote, ExchangeProject, ExchangeSelection, ExchangeSource } from './model';

export interface Skipped {
  what: string;
  why: string;
}

const g = (value: string | undefined): string => normalGuid(value ?? '') ?? (value ?? '').trim().toLowerCase();
const refs = (el: XmlElement, name = 'NoteRef'): string[] => childrenNamed(el, name).map((r) => g(r.attrs.targetGUID));
const bool = (v: string | undefined): boolean => v?.trim() === 'true' || v?.trim() === '1';

function expandColor(color: string | undefined): string | undefined {
  const c = color?.trim();
  if (!c) return undefined;
  return c.length === 4 ? `#${[...c.slice(1)].map((x) => x + x).join('')}`.toLowerCase() : c.toLowerCase();
}

export function readCodes(codesEl: XmlElement | undefined): ExchangeCode[] {
  const out: ExchangeCode[] = [];
  const walk = (el: XmlElement, parent?: string): void => {
    const guid = g(el.attrs.guid);
    const description = childNamed(el, 'Description')?.text.trim();
    out.push({ guid, name: el.attrs.name?.trim() || 'Unnamed code', codable: bool(el.attrs.isCodable), ...(parent ? { parentGuid: parent } : {}), ...(expandColor(el.attrs.color) ? { color: expandColor(el.attrs.color) } : {}), ...(description ? { description } : {}) });
    for (const child of childrenNamed(el, 'Code')) walk(child, guid);
  };
  for (const code of childrenNamed(codesEl ?? { name: '', attrs: {}, children: [], text: '' }, 'Code')) walk(code);
  return out;
}

const FIELD_OF: Record<string, keyof ExchangeMeta> = {
  title: 'title', interviewee: 'interviewee', narrator: 'interviewee', interviewer: 'interviewer', date: 'date', place: 'place', location: 'place',
  language: 'language', tags: 'tags', publisher: 'publisher', source: 'publisher', rights: 'rights', url: 'url',
};

function valueOf(vv: XmlElement): string | undefined {
  const value = vv.children.find((c) => c.name !== 'VariableRef');
  return value?.text.trim() || undefined;
}

/** Case and source variables → the interview metadata Testimony edits (unknown ones become free fields). */
function setVariable(meta: ExchangeMeta, name: string, value: string): void {
  const field = FIELD_OF[name.trim().toLowerCase()];
  if (field === 'tags') meta.tags = value.split(/[;,]/).map((t) => t.trim()).filter(Boolean);
  else if (field === 'date') meta.date = parseDate(value) ?? undefined;
  else if (field === 'language') meta.language = languageCode(value) ?? value;
  else if (field === 'extra' || field === undefined) meta.extra = { ...meta.extra, [name.trim()]: value };
  else meta[field] = value;
}

export function readProject(root: XmlElement, files: ReadonlyMap<string, Buffer>): { project: ExchangeProject; skipped: Skipped[] } {
  if (root.name !== 'Project') throw new ExchangeError(`project.qde starts with <${root.name}>, not <Project>: it is not a REFI-QDA project.`);
  if (namespaceOf(root) !== 'urn:QDA-XML:project:1.0') throw new ExchangeError('project.qde is not in the REFI-QDA namespace (urn:QDA-XML:project:1.0).');
  const skipped: Skipped[] = [];
  const skip = (what: string, why: string): void => void skipped.push({ what, why });
  const internal = (path: string | undefined, what: string): string | undefined => {
    const m = /^internal:\/\/(.+)$/i.exec(path?.trim() ?? '');
    if (!m?.[1]) {
      if (path) skip(what, `its file is outside the package (${path.slice(0, 120)}); only files inside a .qdpx are imported`);
      return undefined;
    }
    const wanted = `sources/${m[1]}`.toLowerCase();
    const found = [...files.keys()].find((k) => k.toLowerCase() === wanted);
    if (!found) return skip(what, `the package lacks its file sources/${m[1]}`), undefined;
    return files.get(found)!.toString('utf8').replace(/^\uFEFF/, '');
  };
  const users = childrenNamed(childNamed(root, 'Users') ?? root, 'User').map((u) => ({ guid: g(u.attrs.guid), name: u.attrs.name?.trim() || u.attrs.id?.trim() || 'Unnamed user' }));
  const codesEl = childNamed(childNamed(root, 'CodeBook') ?? root, 'Codes');
  const codes = readCodes(codesEl);
  const codeNotes = new Map<string, string[]>();
  const walkNotes = (el: XmlElement): void => {
    if (el.name === 'Code') codeNotes.set(g(el.attrs.guid), refs(el));
    el.children.forEach(walkNotes);
  };
  if (codesEl) walkNotes(codesEl);
  const variables = new Map(childrenNamed(childNamed(root, 'Variables') ?? root, 'Variable').map((v) => [g(v.attrs.guid), v.attrs.name ?? '']));
  const applyValues = (meta: ExchangeMeta, el: XmlElement): void => {
    for (const vv of childrenNamed(el, 'VariableValue')) {
      const name = variables.get(g(childNamed(vv, 'VariableRef')?.attrs.targetGUID));
      const value = valueOf(vv);
      if (name && value) setVariable(meta, name, value);
    }
  };
  const caseMeta = new Map<string, ExchangeMeta>();
  for (const c of childrenNamed(childNamed(root, 'Cases') ?? root, 'Case')) {
    for (const source of refs(c, 'SourceRef')) {
      const meta = caseMeta.get(source) ?? {};
      applyValues(meta, c);
      caseMeta.set(source, meta);
    }
  }
  const sources: ExchangeSource[] = [];
  const readText = (el: XmlElement, name: string, meta: ExchangeMeta, notes: string[]): void => {
    const text = childNamed(el, 'PlainTextContent')?.text ?? internal(el.attrs.plainTextPath, `the text of “${name}”`);
    if (text === undefined) return;
    if (!text.trim()) return skip(`“${name}”`, 'its text is empty');
    const points = codePointMap(text);
    const selections: ExchangeSelection[] = childrenNamed(el, 'PlainTextSelection').flatMap((s) => {
      const start = points.toOffset(Number(s.attrs.startPosition));
      const end = points.toOffset(Number(s.attrs.endPosition));
      if (!(end > start) || Number(s.attrs.startPosition) < 0) return skip(`a selection in “${name}” (${s.attrs.startPosition}–${s.attrs.endPosition})`, 'it is empty or runs backwards'), [];
      const description = childNamed(s, 'Description')?.text.trim();
      return [{
        guid: g(s.attrs.guid), start, end, codes: childrenNamed(s, 'Coding').map((c) => g(childNamed(c, 'CodeRef')?.attrs.targetGUID)),
        notes: [...refs(s), ...childrenNamed(s, 'Coding').flatMap((c) => refs(c))], ...(description ? { description } : {}),
        creator: s.attrs.creatingUser ? g(s.attrs.creatingUser) : undefined, created: s.attrs.creationDateTime, modified: s.attrs.modifiedDateTime,
      }];
    });
    if (childrenNamed(el, 'Coding').length) skip(`${childrenNamed(el, 'Coding').length} coding(s) of the whole of “${name}”`, 'Testimony codes passages, not whole interviews');
    applyValues(meta, el);
    sources.push({ guid: g(el.attrs.guid), name, text, selections, notes: [...notes, ...refs(el)], meta });
  };
  for (const el of (childNamed(root, 'Sources') ?? { children: [] as XmlElement[] }).children) {
    const name = el.attrs.name?.trim() || el.attrs.guid || 'Unnamed source';
    const meta = { ...caseMeta.get(g(el.attrs.guid)) };
    if (el.name === 'TextSource') {
      if (el.attrs.richTextPath) skip(`the formatted copy of “${name}”`, 'Testimony keeps the plain text of a source; its DOCX copy was not kept');
      readText(el, name, meta, []);
    } else if (el.name === 'PDFSource') {
      const pdfSelections = childrenNamed(el, 'PDFSelection').length;
      if (pdfSelections) skip(`${pdfSelections} region selection(s) in the PDF “${name}”`, 'Testimony cannot hold areas of a PDF page');
      const representation = childNamed(el, 'Representation');
      if (representation) readText(representation, name, meta, refs(el));
      else skip(`the PDF “${name}”`, 'it has no plain-text representation, and Testimony reads text');
    } else {
      const kind = { PictureSource: 'picture', AudioSource: 'audio recording', VideoSource: 'video' }[el.name] ?? el.name;
      const selections = el.children.filter((c) => c.name.endsWith('Selection')).length;
      skip(`the ${kind} “${name}”${selections ? ` and its ${selections} selection(s)` : ''}`, `Testimony does not hold ${kind === 'picture' ? 'pictures' : 'audio or video'} yet`);
    }
  }
  const notes: ExchangeNote[] = childrenNamed(childNamed(root, 'Notes') ?? root, 'Note').flatMap((n) => {
    const text = childNamed(n, 'PlainTextContent')?.text ?? internal(n.attrs.plainTextPath, `the note “${n.attrs.name ?? n.attrs.guid}”`);
    return text === undefined ? [] : [{ guid: g(n.attrs.guid), title: n.attrs.name?.trim() || 'Note', text, creator: n.attrs.creatingUser ? g(n.attrs.creatingUser) : undefined, created: n.attrs.creationDateTime }];
  });
  const links: ExchangeLink[] = childrenNamed(childNamed(root, 'Links') ?? root, 'Link').map((l) => ({
    guid: g(l.attrs.guid), name: l.attrs.name?.trim() ?? '', direction: (l.attrs.direction as ExchangeLink['direction'] | undefined) ?? 'Associative',
    from: g(l.attrs.originGUID), to: g(l.attrs.targetGUID), notes: refs(l),
  }));
  for (const set of childrenNamed(childNamed(root, 'Sets') ?? root, 'Set')) {
    skip(`the set “${set.attrs.name}” (${set.children.filter((c) => c.name.startsWith('Member')).length} members)`, 'Testimony has no sets; search or codes group interviews instead');
  }
  const graphs = childrenNamed(childNamed(root, 'Graphs') ?? root, 'Graph').length;
  if (graphs) skip(`${graphs} graph(s)`, 'Testimony draws its own graph of names and does not keep drawn graphs');
  return {
    project: {
      name: root.attrs.name ?? 'Imported project', origin: root.attrs.origin ?? '', created: root.attrs.creationDateTime ?? '', users, owner: g(root.attrs.creatingUserGUID),
      codes, sources, notes, links, sets: [], projectNotes: refs(root), codeNotes,
    },
    skipped,
  };
}
