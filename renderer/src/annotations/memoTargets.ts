import type { Code, Memo, MemoTarget } from '../../../preload/api';
import { codePath } from './useCodes';

/** Where a memo's passage starts, so it can be opened in the reader. */
export function passageStart(memo: Memo): { interviewId: string; start: number } | undefined {
  const t = memo.attachedTo;
  return t.kind === 'passage' ? { interviewId: t.interviewId, start: t.start } : undefined;
}

/** What a memo is about, as a heading: "The project", "Code: Places/Arbil", "Interview: …". */
export function describeTarget(target: MemoTarget, titles: ReadonlyMap<string, string>, codes: ReadonlyMap<string, Code>): string {
  if (target.kind === 'project') return 'The project';
  if (target.kind === 'code') {
    const code = codes.get(target.codeId);
    return `Code: ${code ? codePath(code, codes) : 'a deleted code'}`;
  }
  const title = titles.get(target.interviewId) ?? target.interviewId;
  return target.kind === 'interview' ? `Interview: ${title}` : `Passage in ${title}`;
}

/** The quoted passage of a passage memo, shortened for a list. */
export function passageQuote(memo: Memo, text: string): string | undefined {
  const t = memo.attachedTo;
  if (t.kind !== 'passage') return undefined;
  const quote = text.slice(t.start, t.end);
  return `On “${quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}”`;
}
