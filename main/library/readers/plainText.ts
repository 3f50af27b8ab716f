import { cleanName, languageCode, parseDate } from '../metadata';
import { TextBuilder } from '../passages';
import type { InterviewMeta } from '../types';

/** Header keys seen in real transcripts ("INTERVIEWEE:", "Date:", "Heading in source:" …). */
const headerKeys: Record<string, keyof InterviewMeta | 'heading' | 'other'> = {
  title: 'title',
  interviewee: 'interviewee',
  narrator: 'interviewee',
  interviewer: 'interviewer',
  interviewers: 'interviewer',
  date: 'date',
  place: 'place',
  location: 'place',
  language: 'language',
  'heading in source': 'heading',
  collection: 'other',
  source: 'other',
  'source page': 'other',
  transcriber: 'other',
  duration: 'other',
  rights: 'other',
  subject: 'other',
  note: 'other',
  notes: 'other',
};
const headerLine = /^[ \t]*([A-Za-z][A-Za-z ]{1,20}?)[ \t]*:[ \t]*(.*)$/;
/** "NAME:", "Name Surname:", "Q:" or an uncased script's short label ("پرسش:") opening a line. */
const speakerStart = new RegExp(
  String.raw`^[ \t]*((?:[A-Z][A-Z.'’-]*(?:[ \t][A-Z][A-Z.'’-]*){0,3})|(?:[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+){0,2})|(?:\p{Lo}[\p{Lo}\p{M}\u200c]*(?:[ \t]\p{Lo}[\p{Lo}\p{M}\u200c]*){0,2}))[ \t]*:[ \t]+(?=\S)`,
  'u',
);
const timecodeLine = /^[ \t]*[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,:]\d+)?)[\])]?[ \t]*$/;
/** "[00:01:02] …" or "(01:02) …", as transcription services stamp a paragraph. */
const leadingTimecode = /^[ \t]*[[(]((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)[\])][ \t]*/;
/** A speaker line with its stamp and nothing else: "Speaker 1 (00:05):" (Rev), "Laura Bennett  0:07" (Otter). */
const stampedSpeakerLine = /^[ \t]*(\p{L}[\p{L}\p{M}.'’-]*(?:[ \t]\p{L}[\p{L}\p{M}.'’-]*){0,3}(?:[ \t]\d{1,2})?)[ \t]+[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)[\])]?[ \t]*:?[ \t]*$/u;
const interviewedBy = /^(.{2,120}?)\s+interviewed\s+by\s+(.{2,120})$/i;
/** A personal name: capitalised words, initials and a nickname ("W.C. Parson Allen", "A.G. (Sandy) Fraser"). */
const name = String.raw`(?:[A-Z][A-Za-z'’-]*\.?(?:[A-Z]\.)*\s+(?:\([A-Z][a-z'’-]+\)\s+)?){0,5}[A-Z][a-z'’-]+`;
const interviewWith = new RegExp(String.raw`\b[Ii]nterview(?:ed)?\s+with\s+(?:"[^"]*"\s+)?(${name})`);
/** Web-page furniture after the interview (the seed ends with one): not testimony, not indexed. */
const footerStart = /^[ \t]*(Related posts|Related articles|Share this:?|Leave a (?:comment|reply))[ \t]*$/im;
/** The words every footer line holds, found without the line anchors (which made the engine try each character as a line start): most texts have none. */
const footerWords = /related (?:posts|articles)|share this|leave a (?:comment|reply)/i;

/** Seconds from "hh:mm:ss", "mm:ss" or "hh:mm:ss:ff" (frames ignored) / "hh:mm:ss.mmm". */
export function secondsOf(timecode: string): number | undefined {
  const [clock, fraction] = timecode.split(/[.,]/);
  const fields = (clock ?? '').split(':').map(Number);
  if (fields.some((n) => !Number.isFinite(n))) return undefined;
  const [h, m, s] = fields.length >= 3 ? fields : [0, fields[0] ?? 0, fields[1] ?? 0];
  const seconds = (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0) + (fraction ? Number(`0.${fraction}`) : 0);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** The speaker opening a line ("SCHNEIDER:  Okay", "Q: …", "Aho:\tI …"), if any. */
export function speakerOf(line: string): string | undefined {
  const name = speakerStart.exec(line)?.[1]?.trim();
  return name && !headerKeys[name.toLowerCase()] ? name : undefined;
}

function cutFooter(text: string): string {
  if (!footerWords.test(text)) return text;
  const match = footerStart.exec(text);
  return match && match.index > text.length * 0.5 ? text.slice(0, match.index) : text;
}

interface Guessed extends Partial<InterviewMeta> {
  heading?: string;
  other?: string;
}

function readHeaderLine(line: string, guessed: Guessed): boolean {
  const match = headerLine.exec(line);
  const key = match?.[1] ? headerKeys[match[1].trim().toLowerCase()] : undefined;
  const value = match?.[2]?.trim();
  if (!key) return false;
  if (value && guessed[key] === undefined) guessed[key] = value;
  return true;
}

/**
 * `lead` is the first line after the header: "Interview with Stu Feldman, 9-20-89" names the
 * interviewee, and is the better title, where the header's title is a shouted name
 * ("STU FELDMAN 9-20-89") or none ("M:").
 */
function metaFrom(guessed: Guessed, firstLine: string, lead: string, lastBlock: string): Partial<InterviewMeta> {
  const byLine = interviewedBy.exec(firstLine.trim());
  const heading = guessed.heading ?? guessed.title ?? firstLine;
  const title = guessed.title && /\p{L}.*\p{L}.*\p{L}/u.test(guessed.title.replace(/:$/, '')) ? guessed.title : undefined;
  const leadTitle = interviewWith.test(lead) ? lead.replace(/:$/, '') : undefined;
  const shouted = title !== undefined && !/\p{Ll}/u.test(title);
  const meta: Partial<InterviewMeta> = {
    title: (shouted ? leadTitle : undefined) ?? title ?? leadTitle ?? (byLine ? firstLine.trim() : undefined),
    interviewee: cleanName(guessed.interviewee) ?? cleanName(byLine?.[1]) ?? cleanName(interviewWith.exec(heading)?.[1]) ?? cleanName(interviewWith.exec(lead)?.[1]),
    interviewer: cleanName(guessed.interviewer) ?? cleanName(byLine?.[2]) ?? cleanName(new RegExp(String.raw`interviewed by (${name})`, 'i').exec(heading)?.[1]),
    date: parseDate(guessed.date) ?? trailingDate(lastBlock),
    place: guessed.place,
    language: languageCode(guessed.language),
  };
  return meta;
}

/** A date closing the last paragraph ("… against Iran.  January 26, 2008"). */
function trailingDate(block: string): string | undefined {
  const tail = /(?:^|[.!?"”]\s+|\n)([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d{4}-\d{2}-\d{2})\s*$/.exec(block);
  return parseDate(tail?.[1]);
}

/**
 * Plain transcript text → passages: paragraphs split at blank lines and at lines that open a
 * speaker turn ("NAME:", "Q:"); timecodes ("[00:01:02]", "(01:02)", "Speaker 1 (00:05):") become
 * the next passage's time;
 * "Key: value" header lines and an "X interviewed by Y" first line become metadata.
 */
export function readPlainText(raw: string, maxChars: number): { builder: TextBuilder; meta: Partial<InterviewMeta> } {
  const text = cutFooter(raw);
  const builder = new TextBuilder(maxChars);
  const guessed: Guessed = {};
  const lines = text.split('\n');
  const firstLine = lines.find((l) => l.trim()) ?? '';
  let current: string[] = [];
  let speaker: string | undefined;
  let currentSpeaker: string | undefined;
  let time: number | undefined;
  let currentTime: number | undefined;
  let lastBlock = '';
  let leadLine: string | undefined;
  const flush = (): void => {
    const body = current.join('\n');
    if (body.trim()) {
      builder.add(body, { speaker: currentSpeaker, time: currentTime });
      lastBlock = body;
      currentTime = undefined;
    }
    current = [];
  };
  lines.forEach((line, index) => {
    if (!line.trim()) return flush();
    const stamped = stampedSpeakerLine.exec(line);
    if (stamped?.[1] && stamped[2] && !headerKeys[stamped[1].toLowerCase()]) {
      flush();
      speaker = stamped[1];
      time = secondsOf(stamped[2]);
      return;
    }
    const code = timecodeLine.exec(line)?.[1];
    if (code !== undefined) {
      flush();
      time = secondsOf(code);
      return;
    }
    const lead = leadingTimecode.exec(line);
    if (lead?.[1]) {
      flush();
      time = secondsOf(lead[1]);
      line = line.slice(lead[0].length);
    }
    const isHeader = index < 60 && readHeaderLine(line, guessed);
    // Only a heading-like line: a first sentence that mentions "an interview with" someone is testimony.
    if (!isHeader && leadLine === undefined) leadLine = line.trim().length <= 120 && !speakerOf(line) ? line.trim() : '';
    const turn = isHeader ? undefined : speakerOf(line);
    if (turn) {
      flush();
      speaker = turn;
    }
    if (current.length === 0) {
      // Header lines and editorial notes ("[BREAK IN THE TAPE]") are nobody's words.
      currentSpeaker = isHeader || /^\s*\[[^\]]*\]\s*$/.test(line) ? undefined : speaker;
      currentTime = time;
      time = undefined;
    }
    current.push(line);
  });
  flush();
  return { builder, meta: metaFrom(guessed, firstLine, leadLine ?? '', lastBlock) };
}
