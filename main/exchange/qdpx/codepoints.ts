/**
 * REFI-QDA counts text positions in Unicode code points from 0 (spec §10.2); the engine counts
 * UTF-16 code units (JavaScript string indices). They differ after any character outside the
 * Basic Multilingual Plane (emoji, some CJK, historic scripts), so every position crossing the
 * border goes through here.
 */

/** Code points before UTF-16 offset `offset` in `text`. */
export function toCodePoint(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const code = text.charCodeAt(i);
    // The second half of a surrogate pair does not start a new code point.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1)))) points++;
  }
  return points;
}

/** The UTF-16 offset of code point number `point` in `text` (its length when past the end). */
export function fromCodePoint(text: string, point: number): number {
  let seen = 0;
  let i = 0;
  while (i < text.length && seen < point) {
    i += isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    seen++;
  }
  return i;
}

/** A converter for many positions in one text, without rescanning from the start each time. */
export function codePointMap(text: string): { toPoint(offset: number): number; toOffset(point: number): number } {
  if (!/[\ud800-\udfff]/.test(text)) return { toPoint: (o) => Math.min(o, text.length), toOffset: (p) => Math.min(p, text.length) };
  return { toPoint: (o) => toCodePoint(text, o), toOffset: (p) => fromCodePoint(text, p) };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
