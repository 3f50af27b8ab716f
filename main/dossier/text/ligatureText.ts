/**
 * Copying and searching Persian in the PDF. A viewer extracts a right-to-left line by reversing
 * its glyphs, and a ligature glyph (lam-alef: «لا») maps to several characters in the font's
 * ToUnicode table; the viewer reverses those too, so «حالا» came out «حاال». Arabic-script
 * ligatures only ever appear in right-to-left runs, so their mapping is stored reversed before
 * the fonts are written, and extraction then yields the logical order.
 */
const ARABIC_SCRIPT = /^[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]$/u;

interface FontWithUnicode {
  unicode?: number[][];
}

export function reverseArabicLigatureMappings(fonts: Record<string, unknown>): number {
  let changed = 0;
  // One font is registered under several keys (its alias and its PostScript name): visit it once.
  for (const font of new Set(Object.values(fonts) as FontWithUnicode[])) {
    if (!Array.isArray(font.unicode)) continue;
    font.unicode = font.unicode.map((codePoints) => {
      const isLigature = codePoints.length > 1 && codePoints.every((c) => ARABIC_SCRIPT.test(String.fromCodePoint(c)));
      if (!isLigature) return codePoints;
      changed++;
      return [...codePoints].reverse();
    });
  }
  return changed;
}
