/**
 * Whether a field of an interview that is read from its stored body (the text, or the passages'
 * keywords) holds a phrase, remembered by the text's hash: a text without the phrase is scanned to
 * its end (about 0.1 ms per 30 KB), and paging through a phrase's hits or asking for it again
 * checks the same candidates again. A changed text has a new hash, so an answer remembered here
 * is never stale. The keywords are remembered too: a candidate whose keywords hold the phrase's
 * words is checked there after its text, and without the answer kept the body was read again
 * each time ("the war" read 32 bodies for keywords on asking a second time).
 */
import type { Interview } from '../library/types';
import { fieldText, TEXT_FIELD } from './fields';
import type { PhraseWord } from './query';
import { containsPhrase } from './spans';

/** Answers kept (text hash × phrase): a few MB, enough for a dozen phrases over 5,000 candidates each. */
const LIMIT = 65_536;
const known = new Map<string, boolean>();

// The id and word count too: a test's or a reader's made-up hash then cannot stand for another text.
const keyOf = (i: Interview, field: number, words: PhraseWord[]): string =>
  `${i.id}\u0000${i.hash}\u0000${i.words}\u0000${field}\u0000${words.map((w) => w.term ?? `=${w.folded}`).join('\u0000')}`;

/** Whether field `field` (by its number in FIELDS) holds the phrase; the text unless told. */
export function storedFieldHoldsPhrase(interview: Interview, words: PhraseWord[], field = TEXT_FIELD): boolean {
  const key = keyOf(interview, field, words);
  const remembered = known.get(key);
  if (remembered !== undefined) return remembered;
  const holds = containsPhrase(fieldText(interview, field), words);
  // Oldest first: a Map keeps insertion order.
  if (known.size >= LIMIT) known.delete(known.keys().next().value ?? key);
  known.set(key, holds);
  return holds;
}
