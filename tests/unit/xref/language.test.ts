import { describe, expect, it } from 'vitest';
import { languageOf, LISTED_WORDS, passageLanguages } from '../../../main/xref/language';
import { randomPieces } from '../../support/randomPieces';

describe('passage languages', () => {
  it('reads each passage by its own words, a short one by the whole text (Spanish here)', () => {
    const text = 'Sí. Yo estaba en la casa de mi madre, pero no. And then the war came to the town and we left. Okay. سلام به همه دوستان ما در ایران و عراق';
    const passages = [
      { start: 0, end: 3 },
      { start: 4, end: 43 },
      { start: 44, end: 92 },
      { start: 93, end: 98 },
      { start: 99, end: text.length },
    ];
    const at = passageLanguages(text, passages);
    expect(passages.map((p) => at(p.start))).toEqual(['es', 'es', 'en', 'es', 'fa']);
    expect(languageOf('Ωμέγα άλφα βήτα γάμμα δέλτα έψιλον')).toBe('other');
    expect(languageOf('𝐓𝐡𝐞 the 𝐚𝐧𝐝 que')).toBe('en');
  });

  it('decides as the regex definition does, on 3,000 random strings of words and edge pieces', () => {
    // The definition the one-pass loop must keep: Arabic against Latin code units, then the listed words among the matches of \p{L}+ in the lower-cased text.
    const byRegex = (text: string): string => {
      const arabic = [...text].reduce((n, ch) => n + (/[\u0600-\u06ff]/.test(ch) ? 1 : 0), 0);
      const latin = (text.match(/[A-Za-z\u00c0-\u024f]/g) ?? []).length;
      if (arabic > latin) return 'fa';
      const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
      const es = words.filter((w) => LISTED_WORDS.es.has(w)).length;
      const en = words.filter((w) => LISTED_WORDS.en.has(w)).length;
      if (es === 0 && en === 0) return latin > 0 ? 'en' : 'other';
      return es > en * 1.2 ? 'es' : 'en';
    };
    const pieces = [' ', ' ', 'que', 'de', 'la', 'El', 'y', 'sí', 'También', 'MÁS', 'the', 'The', 'and', 'of', 'a', 'I', 'in', 'no', 'casa', 'town', 'ایران', 'و', '𝐓𝐡𝐞', 'é', '.', '\u0301', '\ud800', 'Ωμέγα', 'x', 'İ', 'İstanbul', 'İde'];
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomPieces(pieces, seed, 1 + (seed % 40));
      expect(languageOf(text), `seed ${seed}: ${JSON.stringify(text)}`).toBe(byRegex(text));
    }
  });
});
