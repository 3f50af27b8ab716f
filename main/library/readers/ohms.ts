import { ArchiveReadError } from '../errors';
import { decodeEntities } from '../entities';
import { cleanName, languageCode, parseDate } from '../metadata';
import { TextBuilder } from '../passages';
import type { Passage, ReadResult } from '../types';
import { readCues } from './cues';
import { readPlainText } from './plainText';
import type { Reader } from './reader';
import { withSyncMarkers } from './ohmsSync';
import { readSafeXml } from './safeXml';

type Node = Record<string, unknown>;

interface IndexPoint {
  time?: number;
  title?: string;
  synopsis?: string;
  partial?: string;
  keywords: string[];
}

/** Text of an element however the parser shaped it (string, {#text}, array → first). */
function textOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'string' || typeof value === 'number') return decodeEntities(String(value)).trim() || undefined;
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return undefined;
}

function namesOf(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value]).map(textOf).filter((v): v is string => Boolean(v));
  return list.length ? list.map((n) => cleanName(n) ?? n).join('; ') : undefined;
}

function listOf(value: unknown): string[] {
  return (textOf(value) ?? '').split(';').map((k) => k.trim()).filter(Boolean);
}

function indexPoints(record: Node): IndexPoint[] {
  const index = record.index;
  const raw = index && typeof index === 'object' ? (index as Node).point : undefined;
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).map((p: Node) => {
    const title = textOf(p.title);
    const synopsis = textOf(p.synopsis);
    const time = Number(textOf(p.time));
    return {
      time: Number.isFinite(time) ? time : undefined,
      title,
      synopsis,
      partial: textOf(p.partial_transcript),
      keywords: [title, synopsis, ...listOf(p.keywords), ...listOf(p.subjects)].filter((k): k is string => Boolean(k)),
    };
  });
}

/** The passage an index segment starts in: by time where passages have times, else by its opening words. */
function passageFor(point: IndexPoint, text: string, passages: Passage[]): Passage | undefined {
  if (point.time !== undefined && passages.some((p) => p.time !== undefined)) {
    return passages.filter((p) => p.time !== undefined && p.time <= (point.time ?? 0)).at(-1) ?? passages[0];
  }
  const opening = point.partial?.replace(/\s+/g, ' ').slice(0, 40);
  const at = opening && opening.length >= 10 ? text.replace(/\s/g, ' ').indexOf(opening) : -1;
  return at < 0 ? undefined : passages.find((p) => p.start <= at && at < p.end);
}

function fromIndex(points: IndexPoint[], maxChars: number): ReadResult {
  const builder = new TextBuilder(maxChars);
  for (const point of points) {
    const body = [point.title, point.synopsis, point.partial].filter(Boolean).join('\n');
    builder.add(body, { time: point.time, keywords: point.keywords });
  }
  return builder.result({ title: '' });
}

function transcriptOf(record: Node, maxChars: number): ReadResult | undefined {
  const vtt = textOf(record.vtt_transcript);
  if (vtt && /-->/.test(vtt)) return readCues(vtt, maxChars);
  const transcript = textOf(record.transcript);
  if (!transcript || /^no transcript\.?$/i.test(transcript)) return undefined;
  const { builder } = readPlainText(withSyncMarkers(transcript.replace(/\r\n?/g, '\n'), textOf(record.sync)), maxChars);
  return builder.result({ title: '' });
}

/** OHMS XML (legacy 5.x and current 6.x): metadata, transcript (plain with sync, or VTT), index. */
export const readOhms: Reader = async (input) => {
  const { capBytes } = input;
  const { doc: parsed, notes } = await readSafeXml(input, 'OHMS');
  const doc = parsed as Node;
  const root = (doc.ROOT ?? doc.ohms ?? doc.root) as Node | undefined;
  const record = (Array.isArray(root?.record) ? root.record[0] : root?.record) as Node | undefined;
  if (!record) throw new ArchiveReadError('an XML file without an OHMS <record>');
  const points = indexPoints(record);
  let result = transcriptOf(record, capBytes);
  if (result) {
    for (const point of points) {
      const passage = passageFor(point, result.text, result.passages);
      if (passage && point.keywords.length) passage.keywords = [...(passage.keywords ?? []), ...point.keywords];
    }
  } else if (points.some((p) => p.keywords.length || p.partial)) {
    notes.push('no transcript: the text is built from the OHMS index (segment titles, synopses, first lines)');
    result = fromIndex(points, capBytes);
  } else {
    throw new ArchiveReadError('the OHMS record has no transcript and no index: nothing to read');
  }
  const date = record.date as Node | undefined;
  const meta = {
    title: textOf(record.title) ?? '',
    interviewee: namesOf(record.interviewee),
    interviewer: namesOf(record.interviewer),
    date: parseDate(typeof date?.['@_value'] === 'string' ? date['@_value'] : undefined) ?? parseDate(textOf(record.date_nonpreferred_format)),
    language: languageCode(textOf(record.language)),
    // The recording's address as OHMS keeps it (often a URL on the archive's server): its file name is looked for beside the XML.
    mediaRef: textOf(record.media_url) ?? textOf((record.mediafile as Node | undefined)?.media_url) ?? textOf(record.file_name),
  };
  return { result: { ...result, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v)), title: meta.title }, notes };
};
