/**
 * What kind a name is, from evidence that needs no tagger: a title before it (person), the
 * words it is made of (Bell Labs, Perry County, San Mateo), the shipped gazetteers of places,
 * organisations and technologies. Returns how sure the evidence is; undefined leaves the name
 * to compromise (English only) or drops it.
 */
import type { EntityKind } from './aliases';
import { ORGANISATION_ACRONYMS, ORGANISATION_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS, TECHNOLOGIES } from './gazetteerLists';
import { placeSureness } from './gazetteer';
import { nameKey } from './names';

export interface Verdict {
  kind: EntityKind;
  /** 0–1: how sure the evidence is. */
  sure: number;
}

/** Sureness of evidence read off a name's own words or a list it is on. */
export const SURE = { participant: 1, listed: 0.95, title: 0.9, words: 0.85, tagger: 0.6, taggerOneWord: 0.5, acronym: 0.4 } as const;

export function evidenceFor(name: string, titled: boolean): Verdict | undefined {
  const words = nameKey(name);
  const joined = words.join(' ');
  if (words.length === 0) return undefined;
  if (TECHNOLOGIES.has(joined) || TECHNOLOGIES.has(name.toLowerCase())) return { kind: 'technology', sure: SURE.listed };
  if (titled) return { kind: 'person', sure: SURE.title };
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length === 1 && ORGANISATION_ACRONYMS.has(first)) return { kind: 'organisation', sure: SURE.listed };
  if (words.length > 1 && words.some((w) => ORGANISATION_WORDS.has(w))) return { kind: 'organisation', sure: SURE.words };
  if (words.length > 1 && (PLACE_LAST_WORDS.has(last) || PLACE_FIRST_WORDS.has(first))) return { kind: 'place', sure: SURE.words };
  const place = placeSureness(name);
  if (place > 0) return { kind: 'place', sure: Math.min(SURE.listed, place) };
  return undefined;
}
