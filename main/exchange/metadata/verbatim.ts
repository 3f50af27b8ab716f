/**
 * Text imported from another QDA tool is kept exactly as that tool had it: its codings count
 * characters in that text, and the plain-text reader would re-flow paragraphs and speaker
 * turns. Such files carry `"verbatim": true` in their sidecar; their text is the file's text,
 * cut into passages at blank lines without changing a character.
 */
import { createHash } from 'node:crypto';
import { countWords } from '../../library/wordCount';
import { readTextFile } from '../../library/readText';
import { speakerOf } from '../../library/readers/plainText';
import type { Interview, Passage } from '../../library/types';

export function verbatimPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  const block = /\S[\s\S]*?(?=\n[ \t]*\n|$)/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const body = m[0].trimEnd();
    const speaker = speakerOf(body.split('\n')[0] ?? '');
    passages.push({ start: m.index, end: m.index + body.length, ...(speaker ? { speaker } : {}) });
  }
  return passages;
}

export async function verbatimInterview(interview: Interview, absPath: string): Promise<Interview> {
  const { text: raw } = await readTextFile(absPath);
  const text = raw.replace(/^\uFEFF/, '');
  if (text === interview.text || !text.trim()) return interview;
  return { ...interview, text, passages: verbatimPassages(text), hash: createHash('sha256').update(text).digest('hex'), words: countWords(text) };
}
