/**
 * How sure Testimony is that an entity is a real name of the kind shown: the strongest
 * evidence any interview gave for it (the alias list, a participant, a title, its own words, a
 * gazetteer, a tagger's guess, an unknown acronym), a little more for a name many passages or
 * several interviews repeat. The list shows the entities at or above a threshold the researcher
 * can move; DEFAULT_MIN_CONFIDENCE is where the evaluation set (eval/entities) keeps precision
 * at 0.9 or more.
 */
import { DEFAULT_MIN_CONFIDENCE } from '../../preload/contract/xref';

export { DEFAULT_MIN_CONFIDENCE };

/** Evidence `sure` (0–1) raised by repetition: +0.05 from 3 mentions, +0.05 more from 2 interviews. */
export function confidenceOf(sure: number, mentions: number, interviews: number): number {
  const repeated = (mentions >= 3 ? 0.05 : 0) + (interviews >= 2 ? 0.05 : 0);
  return Math.round(Math.min(1, sure + repeated) * 100) / 100;
}

export const isShown = (entity: { confidence?: number }, min = DEFAULT_MIN_CONFIDENCE): boolean => (entity.confidence ?? 1) >= min;
