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
      context: interview.text.slice(Math.max(0, start - 90), Math.min(interview.text.length, start + raw.length + 90)).replace(/\s+/g, ' ').trim(),
      ...(passage?.speaker ? { speaker: passage.speaker } : {}),
    });
    if (found.length >= limit) break;
  }
  return found;
}
