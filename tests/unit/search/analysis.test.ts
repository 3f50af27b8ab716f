import { describe, expect, it } from 'vitest';
import { analyzeTerm, analyzeWithOffsets, foldWord } from '../../../main/search/analysis';

describe('analysis', () => {
  it('stems English words and drops stop words', () => {
    expect(analyzeWithOffsets('The miners were striking').map((t) => t.term)).toEqual(['miner', 'strike']);
    expect(analyzeTerm('families')).toBe(analyzeTerm('family'));
    expect(analyzeTerm("mother's")).toBe(analyzeTerm('mother'));
    expect(analyzeTerm('the')).toBeNull();
  });

  it('maps every term back to the exact characters of the original text', () => {
    const text = 'Zoë met O’Brien in Łódź, ۱۳۵۷.';
    for (const t of analyzeWithOffsets(text)) expect(analyzeTerm(text.slice(t.start, t.end))).toBe(t.term);
    expect(analyzeWithOffsets(text).map((t) => text.slice(t.start, t.end))).toEqual(['Zoë', 'met', 'O’Brien', 'Łódź', '۱۳۵۷']);
  });

  it('folds Arabic-form letters, diacritics and tatweel to one Persian spelling', () => {
    expect(foldWord('شركة')).toBe('شرکه');
    expect(foldWord('علي')).toBe(foldWord('علی'));
    expect(foldWord('إيران')).toBe('ایران');
    expect(foldWord('مُحَمَّد')).toBe('محمد');
    expect(foldWord('کـــتاب')).toBe('کتاب');
    expect(foldWord('مسؤول')).toBe('مسوول');
  });

  it('folds Persian and Arabic-Indic digits to ASCII, both ways equal', () => {
    expect(analyzeTerm('۲۰۸')).toBe('208');
    expect(analyzeTerm('٢٠٨')).toBe('208');
    expect(analyzeTerm('208')).toBe('208');
  });

  it('treats ZWNJ as a joiner inside one word and removes it', () => {
    const text = 'می‌خواهم بروم';
    const terms = analyzeWithOffsets(text);
    expect(terms.map((t) => t.term)).toEqual(['میخواهم', 'بروم']);
    expect(text.slice(terms[0]!.start, terms[0]!.end)).toBe('می‌خواهم');
    expect(analyzeTerm('میخواهم')).toBe(terms[0]!.term);
  });

  it('folds Latin accents so Lodz finds Łódź', () => {
    expect(analyzeTerm('Łódź')).toBe(analyzeTerm('lodz'));
    expect(analyzeTerm('Müller')).toBe(analyzeTerm('muller'));
  });
});
