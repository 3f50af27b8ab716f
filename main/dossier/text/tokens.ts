/**
 * Cuts a paragraph into measured tokens (a word with its trailing spaces) and pieces (the parts
 * of a token that share one font and one style), in logical order.
 */
import { fontFor, isArabicScript, type FontName } from '../fonts';
import type { TextMeasure } from './measure';
import type { Span, TextStyle } from './style';

export interface Piece {
  start: number;
  end: number;
  font: FontName;
  span: number;
  width: number;
}

export interface Token {
  start: number;
  end: number;
  pieces: Piece[];
  width: number;
  /** Width of the trailing spaces, which do not count when a line is full. */
  trailing: number;
  hardBreak: boolean;
}

export interface Prepared {
  text: string;
  spanOf: Uint16Array;
  fontOf: FontName[];
  styles: TextStyle[];
}

const LETTER = /\p{L}/u;
/** Spaces a line may break at: not the no-break spaces that hold "p. 12" together. */
const BREAKABLE = /[ \t\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]/;

/** Letters pick their script's font; spaces, digits and punctuation follow the letter before. */
export function prepare(spans: Span[]): Prepared {
  const text = spans.map((s) => s.text).join('');
  const spanOf = new Uint16Array(text.length);
  let at = 0;
  spans.forEach((s, i) => {
    spanOf.fill(i, at, at + s.text.length);
    at += s.text.length;
  });
  const scripts: Array<'latin' | 'arabic' | undefined> = [];
  let last: 'latin' | 'arabic' | undefined;
  for (const ch of text) {
    const script = isArabicScript(ch) ? 'arabic' : LETTER.test(ch) ? 'latin' : undefined;
    if (script) last = script;
    for (let k = 0; k < ch.length; k++) scripts.push(script ?? last);
  }
  const firstStrong = scripts.find((s) => s !== undefined) ?? 'latin';
  const fontOf = scripts.map((s, i) => fontFor(s ?? firstStrong, spans[spanOf[i] ?? 0]?.style.weight ?? 'regular'));
  return { text, spanOf, fontOf, styles: spans.map((s) => s.style) };
}

export function tokenize(p: Prepared, measure: TextMeasure, maxWidth: number): Token[] {
  const { text } = p;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\n') {
      tokens.push({ start: i, end: i + 1, pieces: [], width: 0, trailing: 0, hardBreak: true });
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== '\n' && !BREAKABLE.test(text[j] ?? '')) j++;
    const wordEnd = j;
    while (j < text.length && BREAKABLE.test(text[j] ?? '')) j++;
    const token = measureToken(p, measure, i, j, wordEnd);
    if (token.width - token.trailing > maxWidth && wordEnd - i > 1) tokens.push(...splitLong(p, measure, i, j, wordEnd, maxWidth));
    else tokens.push(token);
    i = j;
  }
  return tokens;
}

function measureToken(p: Prepared, measure: TextMeasure, start: number, end: number, wordEnd: number): Token {
  const pieces: Piece[] = [];
  let from = start;
  for (let k = start + 1; k <= end; k++) {
    if (k === end || p.spanOf[k] !== p.spanOf[from] || p.fontOf[k] !== p.fontOf[from]) {
      const font = p.fontOf[from] as FontName;
      const span = p.spanOf[from] ?? 0;
      const size = p.styles[span]?.size ?? 10;
      pieces.push({ start: from, end: k, font, span, width: measure.width(font, p.text.slice(from, k), size) });
      from = k;
    }
  }
  const width = pieces.reduce((sum, piece) => sum + piece.width, 0);
  const lastPiece = pieces[pieces.length - 1];
  const trailing =
    end > wordEnd && lastPiece
      ? measure.width(lastPiece.font, p.text.slice(wordEnd, end), p.styles[lastPiece.span]?.size ?? 10)
      : 0;
  return { start, end, pieces, width, trailing, hardBreak: false };
}

/** A word wider than the line (a long file path, say) is cut where it fills the line. */
function splitLong(p: Prepared, measure: TextMeasure, start: number, end: number, wordEnd: number, maxWidth: number): Token[] {
  const out: Token[] = [];
  let from = start;
  while (from < wordEnd) {
    let to = from + 1;
    while (to < wordEnd && measureToken(p, measure, from, to + 1, to + 1).width <= maxWidth) to++;
    const last = to >= wordEnd;
    out.push(measureToken(p, measure, from, last ? end : to, last ? wordEnd : to));
    from = to;
  }
  return out;
}
