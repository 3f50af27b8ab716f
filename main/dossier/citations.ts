/**
 * How the dossier writes its citations: the attribution under a quote, and the endnotes, one per
 * source however often it is cited. Everything the layout prints about a source comes through a
 * CitationStyle, so another style (CSL, for instance) can replace the default one whole.
 * Values are bidi-isolated: a Persian title keeps its own direction inside an English line.
 */
import type { Labels } from './labels';
import type { Citation } from './model';
import { isolate } from './text/isolate';

export interface CitationStyle {
  /** The line under a quote: who speaks, in which interview, where. */
  attribution(c: Citation, labels: Labels): string;
  /** An endnote's reference to the source as a whole (interview, people, date, file). */
  reference(c: Citation, labels: Labels): string;
  /** Where in the source the quote is ("¶ 12, 00:12:34"); empty when unknown. */
  locator(c: Citation, labels: Labels): string;
  /** Citations with the same key share one endnote. */
  sourceKey(c: Citation): string;
}

/** 754 → "00:12:34". */
export function timecode(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** The person speaking: a name, or the role when the transcript gives only a turn label. */
export function speakerOf(c: Citation, labels: Labels): string | undefined {
  if (c.speaker) return c.speaker;
  if (c.role) return c.role === 'interviewer' ? (c.interviewer ?? labels.citation.interviewer) : (c.interviewee ?? labels.citation.interviewee);
  return c.interviewee;
}

/** The timecode of a citation, naming the recording it is a place in: "00:00:19 (clinic.ogg)". */
export function timeLocator(c: Citation, labels: Labels): string | undefined {
  if (c.time === undefined) return undefined;
  const time = labels.num(timecode(c.time));
  return c.media ? `${time} ${isolate(`(${c.media.split('/').pop() ?? c.media})`)}` : time;
}

/** The recording's place in an endnote, after the file: "recording: clinic.ogg". */
export function recordingField(c: Citation, labels: Labels): string | undefined {
  return c.media ? `${labels.citation.recording}: ${isolate(c.media)}` : undefined;
}

export const defaultCitationStyle: CitationStyle = {
  locator(c, labels) {
    const parts: string[] = [];
    if (c.passage !== undefined) parts.push(`${labels.citation.passage}\u00A0${labels.num(c.passage)}`);
    const time = timeLocator(c, labels);
    if (time) parts.push(time);
    return parts.join(labels.listSeparator);
  },
  attribution(c, labels) {
    const who = speakerOf(c, labels);
    return `— ${[who, c.interviewTitle].filter((v): v is string => Boolean(v)).map(isolate).concat(this.locator(c, labels) || []).join(labels.listSeparator)}`;
  },
  reference(c, labels) {
    const l = labels.citation;
    const parts = [isolate(c.interviewTitle)];
    if (c.interviewee) parts.push(`${l.interviewee}: ${isolate(c.interviewee)}`);
    if (c.interviewer) parts.push(`${l.interviewer}: ${isolate(c.interviewer)}`);
    if (c.date) parts.push(isolate(c.date));
    parts.push(`${l.file}: ${isolate(c.file)}`);
    const recording = recordingField(c, labels);
    if (recording) parts.push(recording);
    return `${parts.join(labels.fieldSeparator)}.`;
  },
  sourceKey(c) {
    return JSON.stringify([c.file, c.interviewTitle, c.interviewee ?? '', c.interviewer ?? '', c.date ?? '']);
  },
};
