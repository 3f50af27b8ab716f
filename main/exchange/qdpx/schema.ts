/**
 * The rules of the REFI-QDA schemas (Project-mrt2019.xsd and the codebook schema of spec §5.2)
 * that an import checks before it changes anything: which children each element may have and
 * in what order, required attributes and their types. Tests check that this agrees with a real
 * XSD validator (xmllint) on valid and invalid files.
 */
import type { XmlElement } from './dom';

type SimpleType = 'string' | 'guid' | 'int' | 'bool' | 'dateTime' | 'date' | 'decimal' | 'rgb' | 'direction' | 'variableType' | 'shape' | 'lineStyle';

interface Rule {
  attrs?: Record<string, SimpleType>;
  required?: string[];
  /** Children in sequence order: [name, min, max]; `choice` allows any order among them. */
  seq?: [string, number, number][];
  choice?: string[];
  /** Simple content of this type (no children). */
  text?: SimpleType;
}

const N = Infinity;
const USER_ATTRS: Record<string, SimpleType> = { creatingUser: 'guid', creationDateTime: 'dateTime', modifyingUser: 'guid', modifiedDateTime: 'dateTime' };
const ref: Rule = { attrs: { targetGUID: 'guid' }, required: ['targetGUID'] };
const selectionKids: [string, number, number][] = [['Description', 0, 1], ['Coding', 0, N], ['NoteRef', 0, N]];
const textSource: Rule = {
  attrs: { guid: 'guid', name: 'string', richTextPath: 'string', plainTextPath: 'string', ...USER_ATTRS }, required: ['guid'],
  seq: [['Description', 0, 1], ['PlainTextContent', 0, 1], ['PlainTextSelection', 0, N], ['Coding', 0, N], ['NoteRef', 0, N], ['VariableValue', 0, N]],
};
const pathAttrs: Record<string, SimpleType> = { guid: 'guid', name: 'string', path: 'string', currentPath: 'string', ...USER_ATTRS };
const box: Record<string, SimpleType> = { firstX: 'int', firstY: 'int', secondX: 'int', secondY: 'int' };
const media = (selection: string): Rule => ({
  attrs: pathAttrs, required: ['guid'],
  seq: [['Description', 0, 1], ['Transcript', 0, N], [selection, 0, N], ['Coding', 0, N], ['NoteRef', 0, N], ['VariableValue', 0, N]],
});
const span: Rule = { attrs: { guid: 'guid', name: 'string', begin: 'int', end: 'int', ...USER_ATTRS }, required: ['guid', 'begin', 'end'], seq: selectionKids };

export const PROJECT_RULES: Record<string, Rule> = {
  Project: {
    attrs: { name: 'string', origin: 'string', creatingUserGUID: 'guid', creationDateTime: 'dateTime', modifyingUserGUID: 'guid', modifiedDateTime: 'dateTime', basePath: 'string' },
    required: ['name'],
    seq: [['Users', 0, 1], ['CodeBook', 0, 1], ['Variables', 0, 1], ['Cases', 0, 1], ['Sources', 0, 1], ['Notes', 0, 1], ['Links', 0, 1], ['Sets', 0, 1], ['Graphs', 0, 1], ['Description', 0, 1], ['NoteRef', 0, N]],
  },
  Users: { seq: [['User', 1, N]] },
  User: { attrs: { guid: 'guid', name: 'string', id: 'string' }, required: ['guid'] },
  CodeBook: { seq: [['Codes', 1, 1]] },
  Codes: { seq: [['Code', 1, N]] },
  Code: { attrs: { guid: 'guid', name: 'string', isCodable: 'bool', color: 'rgb' }, required: ['guid', 'name', 'isCodable'], seq: [['Description', 0, 1], ['NoteRef', 0, N], ['Code', 0, N]] },
  Variables: { seq: [['Variable', 1, N]] },
  Variable: { attrs: { guid: 'guid', name: 'string', typeOfVariable: 'variableType' }, required: ['guid', 'name', 'typeOfVariable'], seq: [['Description', 0, 1]] },
  Cases: { seq: [['Case', 1, N]] },
  Case: { attrs: { guid: 'guid', name: 'string' }, required: ['guid'], seq: [['Description', 0, 1], ['CodeRef', 0, N], ['VariableValue', 0, N], ['SourceRef', 0, N], ['SelectionRef', 0, N]] },
  VariableValue: { seq: [['VariableRef', 1, 1]], choice: ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'] },
  TextValue: { text: 'string' }, BooleanValue: { text: 'bool' }, IntegerValue: { text: 'int' }, FloatValue: { text: 'decimal' }, DateValue: { text: 'date' }, DateTimeValue: { text: 'dateTime' },
  Sets: { seq: [['Set', 1, N]] },
  Set: { attrs: { guid: 'guid', name: 'string' }, required: ['guid', 'name'], seq: [['Description', 0, 1], ['MemberCode', 0, N], ['MemberSource', 0, N], ['MemberNote', 0, N]] },
  Sources: { choice: ['TextSource', 'PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] },
  TextSource: textSource, Note: textSource, Representation: textSource, TextDescription: textSource,
  PlainTextSelection: { attrs: { guid: 'guid', name: 'string', startPosition: 'int', endPosition: 'int', ...USER_ATTRS }, required: ['guid', 'startPosition', 'endPosition'], seq: selectionKids },
  PictureSource: { attrs: pathAttrs, required: ['guid'], seq: [['Description', 0, 1], ['TextDescription', 0, 1], ['PictureSelection', 0, N], ['Coding', 0, N], ['NoteRef', 0, N], ['VariableValue', 0, N]] },
  PictureSelection: { attrs: { guid: 'guid', name: 'string', ...box, ...USER_ATTRS }, required: ['guid', 'firstX', 'firstY', 'secondX', 'secondY'], seq: selectionKids },
  PDFSource: { attrs: pathAttrs, required: ['guid'], seq: [['Description', 0, 1], ['PDFSelection', 0, N], ['Representation', 0, 1], ['Coding', 0, N], ['NoteRef', 0, N], ['VariableValue', 0, N]] },
  PDFSelection: {
    attrs: { guid: 'guid', name: 'string', page: 'int', ...box, ...USER_ATTRS }, required: ['guid', 'page', 'firstX', 'firstY', 'secondX', 'secondY'],
    seq: [['Description', 0, 1], ['Representation', 0, 1], ['Coding', 0, N], ['NoteRef', 0, N]],
  },
  AudioSource: media('AudioSelection'), VideoSource: media('VideoSelection'), AudioSelection: span, VideoSelection: span,
  Transcript: { attrs: { guid: 'guid', name: 'string', richTextPath: 'string', plainTextPath: 'string', ...USER_ATTRS }, required: ['guid'], seq: [['Description', 0, 1], ['PlainTextContent', 0, 1], ['SyncPoint', 0, N], ['TranscriptSelection', 0, N], ['NoteRef', 0, N]] },
  SyncPoint: { attrs: { guid: 'guid', timeStamp: 'int', position: 'int' }, required: ['guid'] },
  TranscriptSelection: { attrs: { guid: 'guid', name: 'string', fromSyncPoint: 'guid', toSyncPoint: 'guid', ...USER_ATTRS }, required: ['guid'], seq: selectionKids },
  Coding: { attrs: { guid: 'guid', creatingUser: 'guid', creationDateTime: 'dateTime' }, required: ['guid'], seq: [['CodeRef', 1, 1], ['NoteRef', 0, N]] },
  Graphs: { seq: [['Graph', 1, N]] },
  Graph: { attrs: { guid: 'guid', name: 'string' }, required: ['guid'], seq: [['Vertex', 0, N], ['Edge', 0, N]] },
  Vertex: { attrs: { guid: 'guid', representedGUID: 'guid', name: 'string', ...box, shape: 'shape', color: 'rgb' }, required: ['guid', 'firstX', 'firstY'] },
  Edge: { attrs: { guid: 'guid', representedGUID: 'guid', name: 'string', sourceVertex: 'guid', targetVertex: 'guid', color: 'rgb', direction: 'direction', lineStyle: 'lineStyle' }, required: ['guid', 'sourceVertex', 'targetVertex'] },
  Notes: { seq: [['Note', 1, N]] },
  Links: { seq: [['Link', 1, N]] },
  Link: { attrs: { guid: 'guid', name: 'string', direction: 'direction', color: 'rgb', originGUID: 'guid', targetGUID: 'guid' }, required: ['guid'], seq: [['NoteRef', 0, N]] },
  Description: { text: 'string' }, PlainTextContent: { text: 'string' },
  NoteRef: ref, CodeRef: ref, SourceRef: ref, SelectionRef: ref, VariableRef: ref, MemberCode: ref, MemberSource: ref, MemberNote: ref,
};

/** The codebook schema (urn:QDA-XML:codebook:1.0): a root CodeBook with Codes and optional Sets, codes without notes. */
export const CODEBOOK_RULES: Record<string, Rule> = {
  ...PROJECT_RULES,
  CodeBook: { attrs: { origin: 'string' }, seq: [['Codes', 1, 1], ['Sets', 0, 1]] },
  Code: { attrs: { guid: 'guid', name: 'string', isCodable: 'bool', color: 'rgb' }, required: ['guid', 'name', 'isCodable'], seq: [['Description', 0, 1], ['Code', 0, N]] },
  Set: { attrs: { guid: 'guid', name: 'string' }, required: ['guid', 'name'], seq: [['Description', 0, 1], ['MemberCode', 0, N]] },
  // The codebook schema names a set's member by `guid`, where the project schema says `targetGUID`.
  MemberCode: { attrs: { guid: 'guid' }, required: ['guid'] },
};

const ws = (v: string): string => v.trim();
const PATTERNS: Record<SimpleType, (v: string) => boolean> = {
  string: () => true,
  guid: (v) => /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/.test(ws(v)),
  int: (v) => /^[+-]?\d+$/.test(ws(v)),
  bool: (v) => /^(true|false|1|0)$/.test(ws(v)),
  decimal: (v) => /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(ws(v)),
  date: (v) => /^-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(ws(v)),
  dateTime: (v) => /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(ws(v)),
  rgb: (v) => /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(ws(v)),
  direction: (v) => ['Associative', 'OneWay', 'Bidirectional'].includes(ws(v)),
  variableType: (v) => ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'].includes(ws(v)),
  shape: (v) => ['Person', 'Oval', 'Rectangle', 'RoundedRectangle', 'Star', 'LeftTriangle', 'RightTriangle', 'UpTriangle', 'DownTriangle', 'Note'].includes(ws(v)),
  lineStyle: (v) => ['dotted', 'dashed', 'solid'].includes(ws(v)),
};

function checkChildren(el: XmlElement, rule: Rule, where: string): string | undefined {
  if (rule.text) {
    if (el.children.length) return `${where} may hold only text, not <${el.children[0]!.name}>`;
    return PATTERNS[rule.text](el.text) ? undefined : `${where} holds “${el.text.slice(0, 40)}”, which is not a valid ${rule.text}`;
  }
  if (el.text.trim()) return `${where} holds text “${el.text.trim().slice(0, 40)}” where only elements belong`;
  const seq = rule.seq ?? [];
  const counts = new Map<string, number>();
  let at = 0;
  let choiceSeen = 0;
  for (const child of el.children) {
    const index = seq.findIndex(([name]) => name === child.name);
    if (index >= 0 && !(rule.choice && choiceSeen > 0)) {
      if (index < at) return `${where}: <${child.name}> is out of order`;
      at = index;
    } else if (rule.choice?.includes(child.name)) {
      choiceSeen += 1;
      // A choice after a sequence (VariableValue) allows one; a choice alone (Sources) any number.
      if (seq.length > 0 && choiceSeen > 1) return `${where} has more than one value`;
      continue;
    } else return `${where} may not contain <${child.name}>`;
    counts.set(child.name, (counts.get(child.name) ?? 0) + 1);
  }
  for (const [name, min, max] of seq) {
    const n = counts.get(name) ?? 0;
    if (n < min) return `${where} lacks <${name}>`;
    if (n > max) return `${where} has more than one <${name}>`;
  }
  return undefined;
}

/** The first way `root` breaks the schema, as “where: what”, or undefined when it follows it. */
export function schemaProblem(root: XmlElement, rules: Record<string, Rule>): string | undefined {
  const visit = (el: XmlElement, path: string): string | undefined => {
    const rule = rules[el.name];
    if (!rule) return `${path}: <${el.name}> is not a REFI-QDA element`;
    const where = `<${el.name}${el.attrs.guid ? ` guid="${el.attrs.guid}"` : el.attrs.name ? ` name="${el.attrs.name.slice(0, 40)}"` : ''}>`;
    for (const [key, value] of Object.entries(el.attrs)) {
      if (key === 'xmlns' || key.startsWith('xmlns:') || key.startsWith('xsi:')) continue;
      const type = rule.attrs?.[key];
      if (!type) return `${where} has an unknown attribute “${key}”`;
      if (!PATTERNS[type](value)) return `${where}: ${key}="${value.slice(0, 40)}" is not a valid ${type}`;
    }
    for (const key of rule.required ?? []) if (el.attrs[key] === undefined) return `${where} lacks the required attribute “${key}”`;
    const problem = checkChildren(el, rule, where);
    if (problem) return problem;
    for (const child of el.children) {
      const found = visit(child, `${path}/${child.name}`);
      if (found) return found;
    }
    return undefined;
  };
  return visit(root, root.name);
}
