import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { FONT_NAMES, LATIN_FONTS, fontData } from '../../../main/dossier/fonts';
import { TextMeasure } from '../../../main/dossier/text/measure';
import { layoutParagraph, type Paragraph } from '../../../main/dossier/text/paragraph';
import { gposKerning } from '../../../main/dossier/text/kerning';
import { useFastLatinLayout } from '../../../main/dossier/text/fast-latin';
import { style } from '../../../main/dossier/text/style';
import { PERSIAN_LONG, PERSIAN_MIXED } from './sample';

function newDoc(): PDFKit.PDFDocument {
  const doc = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  for (const name of FONT_NAMES) doc.registerFont(name, fontData(name));
  return doc;
}

const measure = new TextMeasure(newDoc());
const body = style(10, '#000');
const visual = (p: Paragraph, line = 0): string[] => (p.lines[line]?.runs ?? []).map((r) => r.text);

describe('paragraph layout', () => {
  it('breaks left-to-right text into lines that fit, keeping every word in order', () => {
    const text = 'The witnesses agree on the date but not on the number of people who arrived at the gate that night.';
    const p = layoutParagraph(measure, [{ text, style: body }], 150);
    expect(p.rtl).toBe(false);
    expect(p.lines.length).toBeGreaterThan(2);
    for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(150 + 1e-6);
    expect(p.lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ')).toBe(text);
  });

  it('cuts a word longer than the line (a file path) instead of overflowing', () => {
    const p = layoutParagraph(measure, [{ text: 'file: interviews/very-long-folder-name/another-long-folder/interview-recording-final.vtt', style: body }], 120);
    for (const line of p.lines) expect(line.width).toBeLessThanOrEqual(120 + 1e-6);
  });

  it('orders a mixed Persian line visually: Persian from the right, MKO and digits left to right', () => {
    const p = layoutParagraph(measure, [{ text: PERSIAN_MIXED, style: body }], 500);
    expect(p.rtl).toBe(true);
    expect(p.lines).toHaveLength(1);
    const runs = p.lines[0]?.runs ?? [];
    // Right-aligned: the last run ends at the right edge.
    const last = runs[runs.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(500, 3);
    // Runs are given left to right; the sentence's first word (سازمان) is in the rightmost run.
    expect(last?.text).toContain('سازمان');
    expect(runs[0]?.text).toContain('اشرف');
    const latin = runs.findIndex((r) => r.text === 'MKO');
    const digits = runs.findIndex((r) => /[۰-۹]/.test(r.text));
    expect(latin).toBeGreaterThan(digits);
    // fontkit reverses Arabic-script runs itself, so Persian digits are handed over reversed.
    expect(runs[digits]?.text).toBe('۸۰۲');
    // The parentheses belong to the right-to-left sentence and are mirrored: "(" is drawn just
    // left of MKO, and ")" ends the run right of it, which fontkit reverses so it comes first.
    const before = runs[latin - 1];
    const after = runs[latin + 1];
    expect(before?.text.endsWith('(')).toBe(true);
    expect(after?.text.endsWith(')')).toBe(true);
    expect(after?.shaped).toBe(true);
    expect(after?.text.startsWith('سازمان')).toBe(true);
  });

  it('wraps a long Persian paragraph into right-aligned lines in logical order', () => {
    const p = layoutParagraph(measure, [{ text: PERSIAN_LONG, style: body }], 220);
    expect(p.lines.length).toBeGreaterThanOrEqual(4);
    for (const line of p.lines) {
      const end = Math.max(...line.runs.map((r) => r.x + r.width));
      expect(end).toBeCloseTo(220, 3);
      expect(line.width).toBeLessThanOrEqual(220 + 1e-6);
    }
    // Each line holds the next words of the sentence: the first line starts the paragraph.
    expect(p.lines[0]?.runs.some((r) => r.text.includes('زمستان'))).toBe(true);
    expect(p.lines[p.lines.length - 1]?.runs.some((r) => r.text.includes('قدیمی'))).toBe(true);
  });

  it('hangs every line after the first by the given indent, on the start side', () => {
    const text = 'Interview 12; interviewee: Witness 12; 1999-03-02; ¶ 13, 00:07:24; file: interviews/w12.txt. cited on p. 6';
    const ltr = layoutParagraph(measure, [{ text, style: body }], 200, { hang: 18 });
    expect(ltr.lines.length).toBeGreaterThan(1);
    expect(ltr.lines[0]?.runs[0]?.x).toBe(0);
    for (const line of ltr.lines.slice(1)) {
      expect(line.runs[0]?.x).toBe(18);
      expect(18 + line.width).toBeLessThanOrEqual(200 + 1e-6);
    }
    const rtl = layoutParagraph(measure, [{ text: PERSIAN_LONG, style: body }], 220, { hang: 18 });
    const end = (i: number): number => Math.max(...(rtl.lines[i]?.runs ?? []).map((r) => r.x + r.width));
    expect(end(0)).toBeCloseTo(220, 3);
    expect(end(1)).toBeCloseTo(202, 3);
  });

  it('keeps a Latin paragraph with a Persian name left-to-right', () => {
    const p = layoutParagraph(measure, [{ text: 'The camp was called اشرف by the witnesses in 1986.', style: body }], 400);
    expect(p.rtl).toBe(false);
    expect(p.lines[0]?.runs[0]?.x).toBe(0);
    expect(visual(p).some((t) => t.includes('اشرف'))).toBe(true);
  });
});

describe('fast Latin layout', () => {
  it('reads the same pair kerning from GPOS as fontkit shaping produces', () => {
    const doc = newDoc();
    doc.font('latin-regular');
    const fk = (doc as unknown as { _font: { font: { glyphForCodePoint(c: number): { id: number; advanceWidth: number }; layout(t: string, f: object): { glyphs: Array<{ advanceWidth: number }>; positions: Array<{ xAdvance: number }> } } } })._font.font;
    const kern = gposKerning(fk as never);
    expect(kern).toBeDefined();
    let kerned = 0;
    for (const pair of ['To', 'AV', 'Ty', 'r.', 'Wa', 'LT', 'ab', 'on', '“A', 'P,']) {
      const [a, b] = Array.from(pair).map((ch) => fk.glyphForCodePoint(ch.codePointAt(0) ?? 0));
      const run = fk.layout(pair, { liga: false });
      const expected = (run.positions[0]?.xAdvance ?? 0) - (run.glyphs[0]?.advanceWidth ?? 0);
      const actual = kern?.(a?.id ?? 0, b?.id ?? 0);
      expect(actual, pair).toBeCloseTo(expected, 6);
      if (actual !== 0) kerned++;
    }
    expect(kerned).toBeGreaterThan(3);
  });

  it('measures words as pdfkit does without it (within kerning of ligatures only)', () => {
    const plain = newDoc();
    const fast = newDoc();
    for (const name of LATIN_FONTS) useFastLatinLayout(fast, name);
    for (const word of ['Testimony', 'AVATAR', 'Tory', 'naïve', 'Ελλάδα', 'Москва']) {
      plain.font('latin-regular').fontSize(10);
      fast.font('latin-regular').fontSize(10);
      expect(fast.widthOfString(word), word).toBeCloseTo(plain.widthOfString(word), 4);
    }
  });
});
