import type { Interview } from '../library/types';
import { passageAt } from '../search/snippets';
import { normaliseNumber } from './claims';

export interface NumberCandidate {
  value: string;
  start: number;
  end: number;
  /** The sentence-ish context around the number, to decide whether it is a claim. */
  context: string;
  speaker?: string;
}

// Digits in any of the scripts the archive uses, with thousands separators; years are skipped.
const NUMBER = /(?<![\p{L}\p{N}])(?:(?:about|around|some|nearly|almost|over|حدود)\s)?(?:[0-9۰-۹٠-٩]{1,3}(?:[,٬][0-9۰-۹٠-٩]{3})+|[0-9۰-۹٠-٩]+)(?:\.[0-9]+)?(?![\p{L}\p{N}])/giu;

/** Figures mentioned in an interview, offered to the researcher as candidate claims. */
export function numberCandidates(interview: Interview, limit = 200): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  for (const match of interview.text.matchAll(NUMBER)) {
    const raw = match[0].trim();
    const digits = normaliseNumber(raw);
    const start = (match.index ?? 0) + match[0].indexOf(raw);
    const year = /^(1[89]|20)\d\d$/.test(digits) || /^1[34]\d\d$/.test(digits);
    if (!digits || year) continue;
    const passage = interview.passages[passageAt(interview.passages, start) ?? -1];
    found.push({
      value: raw,
      start,
      end: start + raw.length,
      context: around(interview.text, start, start + raw.length),
      ...(passage?.speaker ? { speaker: passage.speaker } : {}),
    });
    if (found.length >= limit) break;
  }
  return found;
}

/** About 90 characters either side of a figure, without the words cut at the edges. */
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 90);
  const to = Math.min(text.length, end + 90);
  let context = text.slice(from, to);
  if (/\S/u.test(text[from - 1] ?? ' ')) context = context.replace(/^\S*\s+/u, '');
  if (/\S/u.test(text[to] ?? ' ')) context = context.replace(/\s+\S*$/u, '');
  return context.replace(/\s+/g, ' ').trim();
}
