/**
 * The language of a passage, from its own words: English capitalisation rules (and compromise)
 * apply only to English; Spanish gets its own rules (titles, gazetteers), Persian and Arabic
 * script get none (no capitals: their names come from the alias list and metadata). Bilingual
 * transcripts (the Idaho CSVs: a Spanish and an English paragraph per turn) are decided per
 * passage.
 */
import { passageAt } from '../search/snippets';

export type PassageLanguage = 'en' | 'es' | 'fa' | 'other';

const SPANISH = new Set(['que', 'de', 'la', 'el', 'y', 'en', 'los', 'las', 'se', 'no', 'por', 'con', 'una', 'un', 'es', 'para', 'pero', 'como', 'muy', 'yo', 'mi', 'su', 'lo', 'le', 'del', 'al', 'pues', 'porque', 'estaba', 'era', 'fue', 'sí', 'también', 'entonces', 'verdad', 'allí', 'aquí', 'cuando', 'qué', 'él', 'ella', 'todo', 'nada', 'usted', 'tenía', 'este', 'esta', 'eso', 'más']);
const ENGLISH = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'that', 'it', 'was', 'i', 'he', 'she', 'you', 'we', 'they', 'is', 'for', 'on', 'with', 'at', 'as', 'but', 'had', 'have', 'be', 'my', 'his', 'her', 'there', 'this', 'what', 'were', 'from', 'so', 'when', 'not', 'an', 'or', 'by', 'did', 'would', 'all', 'about', 'dey', 'dat', 'wuz']);

export function languageOf(text: string): PassageLanguage {
  let arabic = 0;
  let latin = 0;
  // By code unit: iterating a string by character allocates a string per character.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic > latin) return 'fa';
  let es = 0;
  let en = 0;
  for (const w of text.toLowerCase().matchAll(/[\p{L}]+/gu)) {
    if (SPANISH.has(w[0])) es++;
    if (ENGLISH.has(w[0])) en++;
  }
  if (es === 0 && en === 0) return latin > 0 ? 'en' : 'other';
  return es > en * 1.2 ? 'es' : 'en';
}

/** Whether a text has at least `n` words (counting stops there: a passage may be thousands of words). */
function hasWords(text: string, n: number): boolean {
  let seen = 0;
  for (const _word of text.matchAll(/\p{L}+/gu)) if (++seen >= n) return true;
  return false;
}

/** The language at each offset's passage: a lookup built once per interview. */
export function passageLanguages(text: string, passages: ReadonlyArray<{ start: number; end: number }>): (offset: number) => PassageLanguage {
  const spans = passages.length > 0 ? passages : [{ start: 0, end: text.length }];
  // The interview's own language, read only where a passage does not tell (most interviews never need it).
  let whole: PassageLanguage | undefined;
  const wholeLanguage = (): PassageLanguage => (whole ??= languageOf(text.slice(0, 20_000)));
  // A turn of a few words ("Sí.", "Okay.") says little: it takes the interview's language.
  const langs = spans.map((p) => {
    const slice = text.slice(p.start, p.end);
    return hasWords(slice, 6) ? languageOf(slice) : undefined;
  });
  return (offset) => {
    const at = passageAt(spans, offset);
    return (at === undefined ? undefined : langs[at]) ?? wholeLanguage();
  };
}
