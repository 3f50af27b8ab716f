/**
 * Who speaks in a cited passage, by name. Transcripts often mark turns with a label ("Q:",
 * "A:", "پرسش:", "پاسخ:"); a citation names the person instead, from the interview's metadata.
 * A shouted label ("SARA LINDQVIST:") is printed the way the metadata or the archive's names
 * write it.
 */
import type { Citation } from '../model';
import type { Interview } from '../../library/types';

const QUESTION = /^(?:q|ques|question|interviewer|int|پرسش|سؤال|سوال|س)$/iu;
const ANSWER = /^(?:a|ans|answer|interviewee|respondent|پاسخ|جواب|ج)$/iu;

const fold = (s: string): string => s.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** A turn label is a question or answer mark, never a name. */
export function turnRole(label: string): 'interviewer' | 'interviewee' | undefined {
  const bare = label.trim().replace(/[.:]+$/u, '');
  if (QUESTION.test(bare)) return 'interviewer';
  if (ANSWER.test(bare)) return 'interviewee';
  return undefined;
}

/**
 * The citation's speaker for a passage's label. `nameOf` finds how the archive writes a name
 * (an entity's name), when the metadata does not have it.
 */
export function speakerFields(interview: Interview, label: string | undefined, nameOf?: (label: string) => string | undefined): Pick<Citation, 'speaker' | 'role'> {
  if (!label?.trim()) return {};
  const role = turnRole(label);
  if (role) {
    const name = role === 'interviewer' ? interview.interviewer : interview.interviewee;
    return name ? { speaker: name } : { role };
  }
  for (const name of [interview.interviewee, interview.interviewer]) if (name && fold(name) === fold(label)) return { speaker: name };
  const shouted = label === label.toUpperCase() && label !== label.toLowerCase();
  return { speaker: (shouted ? nameOf?.(label) : undefined) ?? label };
}
