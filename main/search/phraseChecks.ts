/**
 * Whether an interview's text holds a phrase, remembered by the text's hash: a text without the
 * phrase is scanned to its end (about 0.1 ms per 30 KB), and paging through a phrase's hits or
 * asking for it again checks the same candidates again. A changed text has a new hash, so an
 * answer remembered here is never stale.
 */
import type { Interview } from '../library/types';
import type { PhraseWord } from './query';
import { containsPhrase } from './spans';

/** Answers kept (text hash × phrase): a few MB, enough for a dozen phrases over 5,000 candidates each. */
const LIMIT = 65_536;
const known = new Map<string, boolean>();

// The id and word count too: a test's or a reader's made-up hash then cannot stand for another text.
const keyOf = (i: Interview, words: PhraseWord[]): string =>
  `${i.id}\u0000${i.hash}\u0000${i.words}\u0000${words.map((w) => w.term ?? `=${w.folded}`).join('\u0000')}`;

export function textHoldsPhrase(interview: Interview, words: PhraseWord[]): boolean {
  const key = keyOf(interview, words);
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  const holds = containsPhrase(interview.text, words);
  // Oldest first: a Map keeps insertion order.
  if (known.size >= LIMIT) known.delete(known.keys().next().value ?? key);
  known.set(key, holds);
  return holds;
}
