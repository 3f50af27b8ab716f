/** How a name is written once found: without punctuation, possessives and titles. */
import { NEVER_NAMES, PERSON_TITLES } from './gazetteerLists';

const PREFIXES = /^(?:the |city of |district of |province of |camp of )/i;

/** A name as found, without punctuation, possessives and a leading "the". */
export function cleanName(raw: string): string {
  return raw
    .replace(/[’']s?$/u, '')
    .replace(/^[\s([{"“'‘*_]+|[\s)\]}"”'’.,;:!?–—*_-]+$/gu, '')
    .replace(PREFIXES, '')
    .replace(/,?\s+(?:Jr|Sr|Jnr|Snr)\.?$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name's titles split off: "Uncle Rube" → { title: true, name: "Rube" }. */
export function splitTitle(name: string): { name: string; title: boolean } {
  const words = name.split(' ');
  let title = false;
  while (words.length > 1 && PERSON_TITLES.has((words[0] ?? '').toLowerCase().replace(/[.'’]$/u, ''))) {
    words.shift();
    title = true;
  }
  return { name: words.join(' '), title };
}

/** Whether a cleaned run can be a name at all. */
export function canBeName(name: string): boolean {
  // "Iraq, Turkey" or "Lena Haddad: Mr Karimi" are two names run together, not one.
  if (/[,:;]|--/.test(name) || name.length < 2 || name.length > 80) return false;
  if (!/[\p{Lu}\u0600-\u06FF]/u.test(name)) return false;
  const words = name.toLowerCase().split(' ');
  const first = words[0] ?? '';
  // "De", "Qué", "Mastuh": a word that is never a name, nor a run that starts ("Den Joe") or ends ("Joe Jr") with one;
  // "El Paso", "St. Louis" start with an article or an abbreviation of a place.
  if (NEVER_NAMES.has(first) && (words.length === 1 || !PLACE_ARTICLES.has(first))) return false;
  return !NEVER_NAMES.has(words[words.length - 1] ?? '');
}

const PLACE_ARTICLES = new Set(['el', 'la', 'los', 'las', 'de', 'st', 'st.', 'mt', 'mt.', 'ft', 'ft.', 'san']);
