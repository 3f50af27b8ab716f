/**
 * A faster layout for plain Latin words. pdfkit shapes every distinct word with fontkit's full
 * OpenType engine (about a quarter of a millisecond each with Noto Sans, whose GSUB/GPOS cover
 * many scripts); in a 200-page dossier with a real vocabulary that was most of the export time.
 * Latin, Greek and Cyrillic letters without combining marks need no shaping: their glyphs come
 * straight from the cmap, and only pair kerning matters, which is read from the font's GPOS
 * table (text/kerning.ts; it matches fontkit's result for every pair of common characters).
 * Anything else (marks, Arabic, features asked for) takes pdfkit's own path. This replaces
 * methods on the font instances of one document only.
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

type Run = { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };

interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  layoutRun(text: string, features?: unknown): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): Run;
}

/** Characters laid out one glyph each: Basic Latin to Cyrillic, general punctuation, no marks. */
const SIMPLE = /^[\u0020-\u007E\u00A0-\u02AF\u0370-\u03FF\u0400-\u04FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;

/**
 * Replaces both entry points: `layout` (a whole run, which pdfkit would otherwise cut into
 * words and concatenate) and `layoutRun` (one word, when pdfkit cuts a mixed run itself).
 */
export function useFastLatinLayout(pdf: PDFKit.PDFDocument, fontName: string): void {
  pdf.font(fontName);
  const font = (pdf as unknown as { _font: EmbeddedFont })._font;
  const fk = font.font;
  const kern = gposKerning(fk as unknown as Parameters<typeof gposKerning>[0]);
  if (!kern) return;
  const glyphOf = new Map<number, Glyph | null>();
  const glyphFor = (cp: number): Glyph | null => {
    let glyph = glyphOf.get(cp);
    if (glyph === undefined) {
      glyph = fk.hasGlyphForCodePoint(cp) ? fk.glyphForCodePoint(cp) : null;
      glyphOf.set(cp, glyph);
    }
    return glyph;
  };
  /** The run laid out glyph by glyph with pair kerning, or undefined when it needs shaping. */
  const fast = (text: string): Run | undefined => {
    if (!SIMPLE.test(text)) return undefined;
    const glyphs: Glyph[] = [];
    for (const ch of text) {
      const glyph = glyphFor(ch.codePointAt(0) ?? 0);
      if (!glyph) return undefined;
      glyphs.push(glyph);
    }
    const positions: Position[] = [];
    let advanceWidth = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i] as Glyph;
      const next = glyphs[i + 1];
      const xAdvance = (glyph.advanceWidth + (next ? kern(glyph.id, next.id) : 0)) * font.scale;
      positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth * font.scale });
      advanceWidth += xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  };
  const layoutRun = font.layoutRun.bind(font);
  const layout = font.layout.bind(font);
  font.layoutRun = (text, features) => (features ? undefined : fast(text)) ?? layoutRun(text, features);
  font.layout = (text, features, onlyWidth) => (features ? undefined : fast(text)) ?? layout(text, features, onlyWidth);
}
