import { readTextFile } from '../readText';
import type { Reader } from './reader';
import { readPlainText } from './plainText';

/** Plain-text transcripts: paragraphs, speaker turns, timecode lines, header metadata. */
export const readTxt: Reader = async ({ absPath, capBytes, root, noFollow }) => {
  const { text, notes } = await readTextFile(absPath, capBytes, root, noFollow);
  const { builder, meta } = readPlainText(text, capBytes);
  return { result: builder.result({ ...meta, title: meta.title ?? '' }), notes };
};
