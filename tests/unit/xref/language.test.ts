import { describe, expect, it } from 'vitest';
import { languageOf, passageLanguages } from '../../../main/xref/language';

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
});
