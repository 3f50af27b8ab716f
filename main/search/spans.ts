/**
 * Finding what a query matched in a text: term occurrences and phrase occurrences (consecutive
 * words, stop words compared by spelling), as character spans of the original text.
 */
import { type StreamToken, tokenStream } from './analysis';
import type { PhraseWord } from './query';

export interface Span {
  start: number;
  end: number;
}

function phraseAt(tokens: StreamToken[], i: number, words: PhraseWord[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    const w = words[k];
    if (t === undefined || w === undefined) return false;
    if (w.term !== null ? t.term !== w.term : t.folded !== w.folded) return false;
  }
  return true;
}

/** Whether `text` contains the phrase. */
export function containsPhrase(text: string, words: PhraseWord[]): boolean {
  const tokens = tokenStream(text);
  for (let i = 0; i + words.length <= tokens.length; i++) if (phraseAt(tokens, i, words)) return true;
  return false;
}

/**
 * Spans of every phrase occurrence and of every term occurrence outside them, in text order.
 * `tokens` may be passed when the caller already has the text's token stream.
 */
export function matchSpans(text: string, terms: ReadonlySet<string>, phrases: PhraseWord[][], tokens = tokenStream(text)): Span[] {
  const spans: Span[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    const phrase = phrases.find((words) => phraseAt(tokens, i, words));
    if (phrase !== undefined) {
      const last = tokens[i + phrase.length - 1] ?? t;
      spans.push({ start: t.start, end: last.end });
      coveredUntil = last.end;
    } else if (t.start >= coveredUntil && t.term !== null && terms.has(t.term)) {
      spans.push({ start: t.start, end: t.end });
    }
  }
  return spans;
}
