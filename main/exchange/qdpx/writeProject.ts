/** An ExchangeProject as `project.qde` (urn:QDA-XML:project:1.0) and the plain-text sources beside it. */
import { codePointMap } from './codepoints';
import { guidFor } from './guid';
import type { ExchangeCode, ExchangeMeta, ExchangeProject, ExchangeSource } from './model';
import { el, serialize, xmlSafe, type XmlNode } from './xml';

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';

/** The case variables every interview carries, in this order (spec: Variables on Cases). */
export const VARIABLES = ['Title', 'Interviewee', 'Interviewer', 'Date', 'Place', 'Language', 'Tags', 'Publisher', 'Rights', 'URL'] as const;

function variableValues(meta: ExchangeMeta): [string, string][] {
  const fixed: [string, string | undefined][] = [
    ['Title', meta.title], ['Interviewee', meta.interviewee], ['Interviewer', meta.interviewer], ['Date', meta.date], ['Place', meta.place],
    ['Language', meta.language], ['Tags', meta.tags?.join('; ')], ['Publisher', meta.publisher], ['Rights', meta.rights], ['URL', meta.url],
  ];
  const extra = Object.entries(meta.extra ?? {});
  return [...fixed, ...extra].filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '');
}

function codeNode(code: ExchangeCode, children: Map<string | undefined, ExchangeCode[]>, notes: Map<string, string[]>): XmlNode {
  return el('Code', { guid: code.guid, name: code.name, isCodable: code.codable, color: code.color }, [
    code.description ? el('Description', {}, code.description) : undefined,
    ...(notes.get(code.guid) ?? []).map((n) => el('NoteRef', { targetGUID: n })),
    ...(children.get(code.guid) ?? []).map((c) => codeNode(c, children, notes)),
  ]);
}

export function codeTree(codes: ExchangeCode[], notes: Map<string, string[]> = new Map()): XmlNode[] {
  const known = new Set(codes.map((c) => c.guid));
  const children = new Map<string | undefined, ExchangeCode[]>();
  for (const code of codes) {
    const parent = code.parentGuid && known.has(code.parentGuid) ? code.parentGuid : undefined;
    children.set(parent, [...(children.get(parent) ?? []), code]);
  }
  return (children.get(undefined) ?? []).map((c) => codeNode(c, children, notes));
}

/** A selection's display name: its text, shortened like other tools do. */
function selectionName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

function sourceNode(source: ExchangeSource, owner: string, created: string): XmlNode {
  const points = codePointMap(source.text);
  return el('TextSource', {
    guid: source.guid, name: source.name, plainTextPath: `internal://${source.guid}.txt`, creatingUser: owner, creationDateTime: created,
  }, [
    ...source.selections.map((s) => el('PlainTextSelection', {
      guid: s.guid, name: selectionName(source.text.slice(s.start, s.end)), startPosition: points.toPoint(s.start), endPosition: points.toPoint(s.end),
      creatingUser: s.creator ?? owner, creationDateTime: s.created, modifyingUser: s.modified ? (s.creator ?? owner) : undefined, modifiedDateTime: s.modified,
    }, [
      s.description ? el('Description', {}, s.description) : undefined,
      ...s.codes.map((code) => el('Coding', { guid: guidFor('coding', `${s.guid}/${code}`), creatingUser: s.creator ?? owner, creationDateTime: s.created }, [el('CodeRef', { targetGUID: code })])),
      ...s.notes.map((n) => el('NoteRef', { targetGUID: n })),
    ])),
    ...source.notes.map((n) => el('NoteRef', { targetGUID: n })),
  ]);
}

/** The project's XML and its internal files (`sources/<guid>.txt`), ready to zip. */
export function writeProject(project: ExchangeProject): { xml: string; files: Map<string, string> } {
  const { owner, created } = project;
  const variableGuid = (name: string): string => guidFor('variable', name.toLowerCase());
  const used = [...new Set(project.sources.flatMap((s) => variableValues(s.meta).map(([name]) => name)))];
  const cases = project.sources.filter((s) => variableValues(s.meta).length > 0);
  const root = el('Project', { name: project.name, origin: project.origin, creatingUserGUID: owner, creationDateTime: created }, [
    project.users.length ? el('Users', {}, project.users.map((u) => el('User', { guid: u.guid, name: u.name }))) : undefined,
    project.codes.length ? el('CodeBook', {}, [el('Codes', {}, codeTree(project.codes, project.codeNotes))]) : undefined,
    used.length ? el('Variables', {}, used.map((name) => el('Variable', { guid: variableGuid(name), name, typeOfVariable: 'Text' }))) : undefined,
    cases.length ? el('Cases', {}, cases.map((s) => el('Case', { guid: guidFor('case', s.guid), name: s.meta.interviewee ?? s.name }, [
      ...variableValues(s.meta).map(([name, value]) => el('VariableValue', {}, [el('VariableRef', { targetGUID: variableGuid(name) }), el('TextValue', {}, value)])),
      el('SourceRef', { targetGUID: s.guid }),
    ]))) : undefined,
    project.sources.length ? el('Sources', {}, project.sources.map((s) => sourceNode(s, owner, created))) : undefined,
    project.notes.length ? el('Notes', {}, project.notes.map((n) => el('Note', {
      guid: n.guid, name: n.title, creatingUser: n.creator ?? owner, creationDateTime: n.created,
    }, [el('PlainTextContent', {}, n.text)]))) : undefined,
    project.links.length ? el('Links', {}, project.links.map((l) => el('Link', { guid: l.guid, name: l.name, direction: l.direction, originGUID: l.from, targetGUID: l.to }, l.notes.map((n) => el('NoteRef', { targetGUID: n }))))) : undefined,
    project.sets.length ? el('Sets', {}, project.sets.map((set) => el('Set', { guid: set.guid, name: set.name }, [
      set.description ? el('Description', {}, set.description) : undefined,
      ...set.codes.map((c) => el('MemberCode', { targetGUID: c })),
      ...set.sources.map((s) => el('MemberSource', { targetGUID: s })),
    ]))) : undefined,
    ...project.projectNotes.map((n) => el('NoteRef', { targetGUID: n })),
  ]);
  const files = new Map(project.sources.map((s) => [`sources/${s.guid}.txt`, xmlSafe(s.text)]));
  return { xml: serialize(root, { xmlns: PROJECT_NS }), files };
}
