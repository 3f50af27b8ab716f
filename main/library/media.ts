import path from 'node:path';
import type { ArchiveProblem, Interview, InterviewMedia } from './types';

/** Recordings Testimony plays beside a transcript, by extension; the order is the preference when several share a name. */
const MEDIA_TYPES: Record<string, Omit<InterviewMedia, 'path'>> = {
  '.ogg': { kind: 'audio', type: 'audio/ogg' },
  '.opus': { kind: 'audio', type: 'audio/ogg; codecs=opus' },
  '.oga': { kind: 'audio', type: 'audio/ogg' },
  '.webm': { kind: 'video', type: 'video/webm' },
  '.wav': { kind: 'audio', type: 'audio/wav' },
  '.flac': { kind: 'audio', type: 'audio/flac' },
  '.mp3': { kind: 'audio', type: 'audio/mpeg' },
  '.m4a': { kind: 'audio', type: 'audio/mp4' },
  '.aac': { kind: 'audio', type: 'audio/aac' },
  '.mp4': { kind: 'video', type: 'video/mp4' },
  '.m4v': { kind: 'video', type: 'video/mp4' },
};
const PREFERENCE = Object.keys(MEDIA_TYPES);

/** The kind and MIME type of a recording, by its extension; undefined for other files. */
export function mediaTypeOf(filePath: string): Omit<InterviewMedia, 'path'> | undefined {
  return MEDIA_TYPES[path.extname(filePath).toLowerCase()];
}

const stem = (p: string): string => path.posix.basename(p, path.posix.extname(p)).normalize('NFC').toLowerCase();


/**
 * Where a reference written in a transcript points, relative to the archive: a relative path
 * from the transcript's folder, or (for a URL, an absolute path or a path leaving the archive,
 * as OHMS and ELAN write them on the machine that made them) the file name beside the transcript.
 */
function referenced(transcript: string, ref: string): string[] {
  const folder = path.posix.dirname(transcript);
  const cleaned = ref.trim().replace(/\\/g, '/');
  let name = cleaned;
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(cleaned)) name = decodeURIComponent(new URL(cleaned).pathname);
  } catch {
    return [];
  }
  const beside = path.posix.join(folder, path.posix.basename(name));
  const relative = path.posix.normalize(path.posix.join(folder, name));
  const safe = name === cleaned && !path.posix.isAbsolute(name) && !relative.startsWith('../') && relative !== '..';
  return safe ? [relative, beside] : [beside];
}

function pick(candidates: string[]): string | undefined {
  return [...candidates].sort((a, b) => PREFERENCE.indexOf(path.extname(a).toLowerCase()) - PREFERENCE.indexOf(path.extname(b).toLowerCase()))[0];
}

/** The archive's recordings by path and by folder, built once per read (lookups are then per folder). */
export interface MediaIndex {
  byPath: Map<string, string>;
  byFolder: Map<string, string[]>;
}

const key = (p: string): string => p.normalize('NFC').toLowerCase();

export function mediaIndex(media: readonly string[]): MediaIndex {
  const byFolder = new Map<string, string[]>();
  for (const m of media) byFolder.set(path.posix.dirname(m), [...(byFolder.get(path.posix.dirname(m)) ?? []), m]);
  return { byPath: new Map(media.map((m) => [key(m), m])), byFolder };
}

/** The recording of one interview among the archive's recordings, if any. */
export function findMedia(interview: Pick<Interview, 'path' | 'mediaRef'>, index: MediaIndex): string | undefined {
  const inFolder = index.byFolder.get(path.posix.dirname(interview.path)) ?? [];
  if (interview.mediaRef) {
    for (const candidate of referenced(interview.path, interview.mediaRef)) {
      const exact = index.byPath.get(key(candidate));
      if (exact) return exact;
      // Transcriber writes the recording's name without its extension: the whole name is the stem.
      const whole = key(path.posix.basename(candidate));
      const named = mediaTypeOf(candidate) ? undefined : pick(inFolder.filter((m) => stem(m) === whole));
      if (named) return named;
    }
  }
  return pick(inFolder.filter((m) => stem(m) === stem(interview.path)));
}

/**
 * Gives each interview its recording (or takes away one that is gone), in place, and returns the
 * interviews it changed, and the recordings no transcript claims (worth a word to the researcher).
 */
export function attachMedia(interviews: Interview[], media: readonly string[]): { changed: Interview[]; unclaimed: ArchiveProblem[] } {
  const claimed = new Set<string>();
  const changed: Interview[] = [];
  const index = mediaIndex(media);
  for (const interview of interviews) {
    const found = findMedia(interview, index);
    const next = found ? { path: found, ...mediaTypeOf(found)! } : undefined;
    if (found) claimed.add(found);
    if (JSON.stringify(next) === JSON.stringify(interview.media)) continue;
    if (next) interview.media = next;
    else delete interview.media;
    changed.push(interview);
  }
  const unclaimed = media.filter((m) => !claimed.has(m)).map((m): ArchiveProblem => ({
    path: m,
    reason: 'a recording without a transcript: give the transcript the same name (interview.vtt beside interview.ogg), or name the recording in it',
    severity: 'warning',
  }));
  return { changed, unclaimed };
}
