import nlp from 'compromise';
import type { Interview } from '../library/types';
import type { EntityKind } from './aliases';

export interface Candidate {
  name: string;
  kind: EntityKind;
}

const ACRONYM = /\b[A-Z]{3,6}\b/g;
// Words compromise tags as names but that are not names a researcher follows.
const NOT_NAMES = new Set(['the', 'mr', 'mrs', 'ms', 'dr', 'q', 'a', 'us', 'turkish', 'iraqi', 'iranian', 'american', 'americans', 'kurdish', 'persian', 'english']);
const PREFIXES = /^(?:the |mr\.? |mrs\.? |dr\.? |city of |district of |province of |camp of )/i;

/** A name as compromise found it, without punctuation, possessives and titles. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[’']s$/u, '')
    .replace(/^[\s([{"“'‘]+|[\s)\]}"”'’.,;:!?–—-]+$/gu, '')
    .replace(PREFIXES, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function keep(name: string): boolean {
  // "Iraq, Turkey" or "Lena Haddad: Mr Karimi" are two names run together, not one.
  if (/[,:;]/.test(name)) return false;
  return name.length >= 2 && name.length <= 80 && !NOT_NAMES.has(name.toLowerCase()) && /\p{Lu}/u.test(name);
}

/**
 * People, places and organisations named in an interview: compromise's named-entity tags, the
 * interview's own interviewee and interviewer, and acronyms (MKO, UNHCR) as organisations.
 */
export function extractCandidates(interview: Interview): Candidate[] {
  const doc = nlp(interview.text);
  const found: Candidate[] = [];
  const add = (names: string[], kind: EntityKind) => {
    for (const raw of names) {
      const name = cleanName(raw);
      if (keep(name)) found.push({ name, kind });
    }
  };
  add(doc.people().out('array') as string[], 'person');
  add(doc.places().out('array') as string[], 'place');
  add(doc.organizations().out('array') as string[], 'organisation');
  // Capitalised speaker labels ("SARA LINDQVIST:") are not acronyms.
  const speakers = new Set(interview.passages.flatMap((p) => (p.speaker ?? '').toUpperCase().split(/\s+/)));
  add((interview.text.match(ACRONYM) ?? []).filter((a) => !speakers.has(a) && a !== 'NOTE' && a !== 'WEBVTT'), 'organisation');
  // The interview's own metadata is surer than tagging: it outvotes it on what kind a name is.
  const named = [interview.interviewee, interview.interviewer].filter((n): n is string => !!n);
  for (let vote = 0; vote < 3; vote++) add(named, 'person');
  return found;
}
