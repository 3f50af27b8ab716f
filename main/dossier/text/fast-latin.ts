/**
 * A faster layout for plain Latin words. pdfkit shapes every distinct word with fontkit's full
 * OpenType engine (about a quarter of a millisecond each with Noto Sans, whose GSUB/GPOS cover
 * many scripts); in a 200-page dossier with a real vocabulary that was most of the export time.
 * Latin, Greek and Cyrillic letters without combining marks need no shaping: their glyphs come
 * straight from the cmap, and only pair kerning matters, which is read from the font's GPOS
 * table (text/kerning.ts; it matches fontkit's result for every pair of common characters).
 * Anything else (marks, Arabic, features asked for) takes pdfkit's own path. This replaces
 * `layoutRun` on the font instances of one document only.
 */

import { gposKerning } from './kerning';

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

interface FontkitFont {
  glyphForCodePoint(cp: number): Glyph;
  hasGlyphForCodePoint(cp: number): boolean;
}

interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
}

/** Characters laid out one glyph each: Basic Latin to Cyrillic, general punctuation, no marks. */
const SIMPLE = /^[\u0020-\u007E\u00A0-\u02AF\u0370-\u03FF\u0400-\u04FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

export function useFastLatinLayout(pdf: PDFKit.PDFDocument, fontName: string): void {
  pdf.font(fontName);
  const font = (pdf as unknown as { _font: EmbeddedFont })._font;
  const original = font.layoutRun.bind(font);
  const fk = font.font;
  const kern = gposKerning(fk as unknown as Parameters<typeof gposKerning>[0]);
  if (!kern) return;
  font.layoutRun = (text, features) => {
    if (features || !SIMPLE.test(text)) return original(text, features);
    const chars = Array.from(text);
    if (chars.some((ch) => !fk.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))) return original(text, features);
    const glyphs: Glyph[] = [];
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (const ch of chars) glyphs.push(fk.glyphForCodePoint(ch.codePointAt(0) ?? 0));
    glyphs.forEach((glyph, i) => {
      const next = glyphs[i + 1];
      const xAdvance = (glyph.advanceWidth + (next ? kern(glyph.id, next.id) : 0)) * font.scale;
      positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth * font.scale });
      advanceWidth += xAdvance;
    });
    return { glyphs, positions, advanceWidth };
  };
}
