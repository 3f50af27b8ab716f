/**
 * CSV (RFC 4180) and Markdown exports of annotations, for reading and for spreadsheets.
 * Notes are the researcher's own text and may hold anything: NUL, lone surrogates, bidi
 * overrides (U+202E), formula-looking text. CSV quotes every field and doubles quotes; a cell
 * that starts with = + - @ (or tab/CR) gets a leading ' so a spreadsheet shows it instead of
 * running it (OWASP "CSV injection"). Both formats replace NUL with ␀ and lone surrogates with
 * U+FFFD so the file stays valid UTF-8 text; Markdown wraps user text in a bidi isolate so an
 * override cannot spill into the rest of the line.
 */
import { codePath } from './codes';
import type { Passage } from '../library/types';
import { passageAt as passageIndex } from '../search/snippets';
import type { Annotation, Code } from './model';
import { wellFormed } from './w3c';

export interface InterviewInfo {
  title: string;
  passages: readonly Passage[];
}

export type InterviewLookup = (interviewId: string) => InterviewInfo | undefined;

export interface AnnotationRow {
  interview: string;
  passage: string;
  speaker: string;
  timecode: string;
  quote: string;
  note: string;
  codes: string;
  created: string;
  modified: string;
  id: string;
}

const COLUMNS: (keyof AnnotationRow)[] = ['interview', 'passage', 'speaker', 'timecode', 'quote', 'note', 'codes', 'created', 'modified', 'id'];

/** hh:mm:ss from seconds. */
export function formatTimecode(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The passage holding `offset`, with its index. */
export function passageAt(passages: readonly Passage[], offset: number): { index: number; passage: Passage } | undefined {
  const index = passageIndex(passages, offset);
  const passage = index === undefined ? undefined : passages[index];
  return index === undefined || !passage ? undefined : { index, passage };
}

function clean(s: string): string {
  return wellFormed(s).replace(/\0/g, '\u2400');
}

export function annotationRows(annotations: readonly Annotation[], lookup: InterviewLookup, codesById: ReadonlyMap<string, Code>): AnnotationRow[] {
  return annotations.map((a) => {
    const info = lookup(a.interviewId);
    const at = info ? passageAt(info.passages, a.anchor?.start ?? a.target.position.start) : undefined;
    return {
      interview: clean(info?.title ?? a.interviewId),
      passage: at ? String(at.index + 1) : '',
      speaker: clean(at?.passage.speaker ?? ''),
      timecode: at?.passage.time !== undefined ? formatTimecode(at.passage.time) : '',
      quote: clean(a.target.quote.exact),
      note: clean(a.note ?? ''),
      codes: clean(a.codes.map((id) => (codesById.has(id) ? codePath(id, codesById) : id)).join('; ')),
      created: a.created,
      modified: a.modified,
      id: a.id,
    };
  });
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180: CRLF line ends, every field quoted. A BOM so spreadsheet programs read UTF-8. */
export function exportCsv(annotations: readonly Annotation[], lookup: InterviewLookup, codesById: ReadonlyMap<string, Code>): string {
  const lines = [COLUMNS.map(csvField).join(',')];
  for (const row of annotationRows(annotations, lookup, codesById)) lines.push(COLUMNS.map((c) => csvField(row[c])).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** Markdown-escape text and keep any bidi override inside it (FSI … PDI). */
function md(text: string): string {
  const escaped = text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
  return /[\u202a-\u202e\u2066-\u2069]/.test(text) ? `\u2068${escaped}\u2069` : escaped;
}

function blockquote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${md(line)}`)
    .join('\n');
}

export function exportMarkdown(annotations: readonly Annotation[], lookup: InterviewLookup, codesById: ReadonlyMap<string, Code>): string {
  const rows = annotationRows(annotations, lookup, codesById);
  const out: string[] = ['# Annotations', ''];
  let current: string | undefined;
  for (const row of rows) {
    if (row.interview !== current) {
      current = row.interview;
      out.push(`## ${md(row.interview)}`, '');
    }
    const where = [row.passage && `passage ${row.passage}`, row.speaker && md(row.speaker), row.timecode].filter(Boolean).join(' · ');
    out.push(blockquote(row.quote), '');
    if (where) out.push(`*${where}*`, '');
    if (row.codes) out.push(`Codes: ${md(row.codes)}`, '');
    if (row.note) out.push(...row.note.split(/\r\n|\r|\n/).map(md), '');
    out.push('---', '');
  }
  return out.join('\n');
}
