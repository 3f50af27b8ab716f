/** The shapes every reader produces and every other part of the engine consumes. */

export type InterviewFormat = 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'vtt' | 'srt' | 'ohms' | 'csv' | 'textgrid' | 'eaf' | 'trs' | 'otr';

/** A span of an interview's text: a paragraph, a speaker turn or a timecoded segment. */
export interface Passage {
  /** Character offset of the first character in `Interview.text`. */
  start: number;
  /** Character offset just past the last character in `Interview.text`. */
  end: number;
  speaker?: string;
  /** Seconds from the start of the recording, where the source has timecodes. */
  time?: number;
  /** Seconds where the passage ends in the recording, where the source says (cues, intervals). */
  endTime?: number;
  /** Extra words the source attaches to the passage (OHMS index keywords, synopsis, CSV tags). */
  keywords?: string[];
}

export interface InterviewMeta {
  title: string;
  interviewee?: string;
  interviewer?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) where known. */
  date?: string;
  place?: string;
  /** BCP 47 primary language subtag, e.g. "en", "fa". */
  language?: string;
}

/** Metadata only a researcher or a catalogue gives (main/exchange/metadata), never a reader. */
export interface InterviewExtras {
  /** The researcher's or the catalogue's words for the interview. */
  tags?: string[];
  /** Source or publisher (a newspaper, an archive, a collection). */
  publisher?: string;
  rights?: string;
  /** Where the interview is found online or in an archive (URL or shelf mark). */
  url?: string;
  /** Free fields: name → value. */
  extra?: Record<string, string>;
}

export interface Interview extends InterviewMeta, InterviewExtras {
  /** Stable across runs: derived from the path relative to the archive. */
  id: string;
  /** Path relative to the archive folder, with forward slashes. */
  path: string;
  format: InterviewFormat;
  text: string;
  passages: Passage[];
  /** sha256 of `text`, hex: annotations remember which text they were made on. */
  hash: string;
  /** Number of words in `text`. */
  words: number;
  /**
   * Set when metadata from a sidecar or catalogue (main/exchange/metadata) was applied: a digest
   * of it, so caches keyed by the text hash also notice a metadata edit (see `contentKey`).
   */
  metaKey?: string;
  /** The recording the file itself names, as written (resolved into `media`). */
  mediaRef?: string;
  /** The interview's recording in the archive, where one was found (main/library/media.ts). */
  media?: InterviewMedia;
}

/** A recording that belongs to an interview: served only from inside the archive. */
export interface InterviewMedia {
  /** Path relative to the archive folder, with forward slashes. */
  path: string;
  kind: 'audio' | 'video';
  /** MIME type by extension, e.g. "audio/ogg". */
  type: string;
}

/** What caches of derived data (search fields, names) must be keyed by: the text and any edited metadata. */
export function contentKey(interview: Pick<Interview, 'hash' | 'metaKey'>): string {
  return interview.metaKey ? `${interview.hash}+${interview.metaKey}` : interview.hash;
}

/** A file that could not be read: reported once, skipped, never fatal. */
export interface ArchiveProblem {
  path: string;
  reason: string;
  /**
   * 'warning' when the file was still read, with a caveat the researcher should know
   * (truncated, encoding guessed); absent or 'error' when it was skipped.
   */
  severity?: 'error' | 'warning';
}

/** What a reader returns before the library adds id, path, hash and word count. */
export interface ReadResult extends InterviewMeta, Pick<InterviewExtras, 'tags'> {
  text: string;
  passages: Passage[];
  /** The recording the file names (OHMS media URL, ELAN media descriptor, a `media:` field), as written. */
  mediaRef?: string;
}
