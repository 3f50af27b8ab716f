import { readTextFile } from '../readText';
import { readCues } from './cues';
import type { Reader } from './reader';

/** WebVTT (.vtt) and SubRip (.srt) subtitles share one cue reader. */
export const readSubtitles: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  return { result: readCues(text, capBytes), notes };
};
