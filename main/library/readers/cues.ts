import { decodeEntities } from '../entities';
import { cleanName, languageCode, parseDate } from '../metadata';
import { TextBuilder } from '../passages';
import type { InterviewMeta, ReadResult } from '../types';
import { secondsOf, speakerOf } from './plainText';

const timing = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;
type NoteKey = keyof InterviewMeta | 'media';
const noteKeys: Record<string, NoteKey> = {
  title: 'title', interviewee: 'interviewee', narrator: 'interviewee', interviewer: 'interviewer',
  date: 'date', place: 'place', location: 'place', language: 'language', media: 'media', recording: 'media',
};

interface Cue {
  time?: number;
  speaker?: string;
  text: string;
}

/** Cue payload → plain text: voice spans give the speaker, other tags go, entities decode. */
function cueText(payload: string): Cue {
  const speaker = voice.exec(payload)?.[1]?.trim();
  const text = decodeEntities(
    payload
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^>]*>/g, '')
      .split('\n')
      .map((l) => l.trim())
      .join('\n'),
  ).trim();
  return { speaker, text };
}

function readNote(lines: string[], meta: Partial<Record<NoteKey, string>>): void {
  for (const line of lines) {
    const match = /^(?:NOTE\s+)?([A-Za-z ]{2,20}):\s*(.+)$/.exec(line.trim());
    const key = match?.[1] ? noteKeys[match[1].trim().toLowerCase()] : undefined;
    if (key && match?.[2] && meta[key] === undefined) meta[key] = match[2].trim();
  }
}

/**
 * WebVTT and SubRip: one passage per cue with its start time; `<v Name>` or a "NAME:" opening
 * gives the speaker, and cues without one continue the previous speaker's turn.
 * NOTE blocks with "Title:", "Interviewee:", "Media:" … lines give metadata.
 */
export function readCues(text: string, maxChars: number): ReadResult {
  const builder = new TextBuilder(maxChars);
  const found: Partial<Record<NoteKey, string>> = {};
  let speaker: string | undefined;
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((l, i) => i > 0 || l.trim());
    const first = lines[0]?.trim() ?? '';
    if (first.startsWith('WEBVTT') || first.startsWith('NOTE')) {
      readNote(lines, found);
      continue;
    }
    if (first === 'STYLE' || first === 'REGION') continue;
    const timingIndex = lines.findIndex((l) => timing.test(l));
    if (timingIndex < 0 || timingIndex > 1) continue;
    const [, start, end] = timing.exec(lines[timingIndex] ?? '') ?? [];
    const cue = cueText(lines.slice(timingIndex + 1).join('\n'));
    const named = cue.speaker ?? speakerOf(cue.text);
    speaker = named ?? speaker;
    const time = start ? secondsOf(start.replace(',', '.')) : undefined;
    const endTime = end ? secondsOf(end.replace(',', '.')) : undefined;
    if (!builder.add(cue.text, { speaker, time, endTime })) break;
  }
  return builder.result({
    title: found.title ?? '',
    interviewee: cleanName(found.interviewee),
    interviewer: cleanName(found.interviewer),
    date: parseDate(found.date),
    place: found.place,
    language: languageCode(found.language),
    mediaRef: found.media,
  });
}
