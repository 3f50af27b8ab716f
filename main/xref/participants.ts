/**
 * The people who take part in an interview: its interviewee and interviewer (metadata), its
 * speakers (speaker labels, cue voices, CSV columns) and the people a byline or header names
 * ("X interviewed by Y", "Interview with X", "Interviewer: X", "The interviewer is X"). They are
 * always people, whatever a tagger would say, in every format.
 */
import type { Interview } from '../library/types';
import { PERSON_TITLES } from './gazetteerLists';

/** Speaker labels that name a role, not a person. */
const ROLES = /^(?:q|a|qu?|ans|question|answer|interviewer|interviewee|narrator|speaker(?: \d+)?|unknown(?: speaker)?|unidentified(?: speaker)?|voice|male|female|man|woman|both|all|audience|moderator|host|translator|interpreter|name of interviewee|name of interviewer|pregunta|respuesta|entrevistador|entrevistada?|پرسش|پاسخ|سوال|جواب|appendix|note|notes)$/iu;

const BYLINE = [
  /^[ \t]*(?:[\p{Lu}][\p{L}.'’-]*\.?[ \t]+){0,1}(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})[ \t]+interviewed by[ \t]+(\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,4})/gmu,
  /\b[Ii]nterview(?:ed)? (?:with|of) (?:the )?(?:[\p{Lu}][\p{L}]*\.? )?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,4})/gu,
  /\b(?:[Ii]nterviewed by|[Tt]he interviewer is|[Ii]nterviewer:|[Ii]nterviewee:|[Nn]arrator:) ?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’-]*)){1,4})/gu,
];

/** A name without its titles and trailing punctuation: "Sgt. Marcus Hale" → "Marcus Hale". */
export function withoutTitles(name: string): string {
  const words = name.replace(/[\s,.;:]+$/u, '').split(/\s+/u);
  while (words.length > 1 && PERSON_TITLES.has((words[0] ?? '').toLowerCase().replace(/\.$/u, ''))) words.shift();
  return words.join(' ');
}

function looksLikeName(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  // "MSM", "Q": initials are not names a researcher follows.
  if (letters.length < 2 || (letters.length <= 3 && letters === letters.toUpperCase() && !/\s/u.test(name))) return false;
  return !ROLES.test(name.trim()) && !/['’]s (?:wife|husband|son|daughter|mother|father)$/iu.test(name);
}

/** The participants' names, as written (titles dropped), most certain first. */
export function participantNames(interview: Interview): string[] {
  const names: string[] = [];
  const push = (raw: string | undefined): void => {
    if (!raw) return;
    const name = withoutTitles(raw.trim());
    if (looksLikeName(name) && !names.includes(name)) names.push(name);
  };
  push(interview.interviewee);
  push(interview.interviewer);
  for (const p of interview.passages) push(p.speaker);
  const head = `${interview.title}\n${interview.text.slice(0, 3000)}`;
  for (const pattern of BYLINE) for (const m of head.matchAll(pattern)) for (const g of m.slice(1)) push(g?.replace(/[ \t]+(?:taking|on|in|at|for|and)$/u, ''));
  return names;
}
