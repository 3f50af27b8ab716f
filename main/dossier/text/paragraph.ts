/**
 * Paragraph layout: line breaking in logical order, then, for lines holding right-to-left text,
 * the Unicode bidi algorithm (bidi-js) to put each line's runs in visual order. pdfkit's own
 * wrapper lays words out left to right, which reverses Persian sentences, so every paragraph of
 * the dossier goes through here and is drawn run by run at computed positions.
 */
import bidiFactory from 'bidi-js';
import type { FontName } from '../fonts';
import type { TextMeasure } from './measure';
import type { Span, TextStyle } from './style';
import { prepare, tokenize, type Prepared, type Token } from './tokens';
import { stripControls } from './isolate';

export interface Run {
  text: string;
  font: FontName;
  style: TextStyle;
  /** Offset from the paragraph's left edge. */
  x: number;
  width: number;
  /** Lay the run out as one piece (right-to-left runs), not word by word. */
  shaped: boolean;
}

export interface Line {
  runs: Run[];
  width: number;
  /** What the line says, in logical order (what a reader copies; the name index reads it). */
  text: string;
}

export interface Paragraph {
  lines: Line[];
  rtl: boolean;
  lineHeight: number;
  /** Distance from a line's top to its baseline. */
  ascent: number;
  width: number;
}

export type Direction = 'ltr' | 'rtl' | 'auto';

export interface LayoutOptions {
  /** Base direction; 'auto' takes it from the first letter. */
  direction?: Direction;
  /** Line height as a multiple of the font size. */
  leading?: number;
  /** Hanging indent of every line after the first (notes, index entries). */
  hang?: number;
}

const bidi = bidiFactory();
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG = /[\p{L}]/u;
const UNSCRIPTED = /[\p{Script=Common}\p{Script=Inherited}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

export function layoutParagraph(measure: TextMeasure, spans: Span[], width: number, options: LayoutOptions = {}): Paragraph {
  const { direction = 'auto', leading = 1.4, hang = 0 } = options;
  const p = prepare(spans);
  const hasRtl = RTL.test(p.text);
  const rtl = direction === 'auto' ? firstStrongIsRtl(p.text) : direction === 'rtl';
  const size = Math.max(...p.styles.map((s) => s.size));
  const lineHeight = size * (hasRtl ? leading + 0.25 : leading);
  const ascent = lineHeight * 0.5 + size * 0.36;
  const ranges = breakLines(tokenize(p, measure, width - hang), width, hang);
  const levels = hasRtl ? bidi.getEmbeddingLevels(p.text, rtl ? 'rtl' : 'ltr') : undefined;
  const lines = ranges.map(([start, end, tokens], i) => {
    const runs = (levels ? visualRuns(p, measure, levels, start, end) : logicalRuns(p, tokens)).filter((run) => run.text !== '');
    const indent = i > 0 ? hang : 0;
    let x = 0;
    for (const run of runs) {
      run.x = x;
      x += run.width;
    }
    // Lines start at the start side: the left, or the right edge for right-to-left text.
    const offset = rtl ? width - indent - x : indent;
    for (const run of runs) run.x += offset;
    return { runs, width: x, text: stripControls(p.text.slice(start, end)).trimEnd() };
  });
  return { lines, rtl, lineHeight, ascent, width };
}

function firstStrongIsRtl(text: string): boolean {
  for (const ch of text) if (STRONG.test(ch)) return RTL.test(ch);
  return false;
}

/** Greedy breaking; returns [start, end, tokens] per line. Lines after the first are `hang` shorter. */
function breakLines(tokens: Token[], width: number, hang: number): Array<[number, number, Token[]]> {
  const lines: Array<[number, number, Token[]]> = [];
  let current: Token[] = [];
  let used = 0;
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) lines.push([first.start, last.end, current]);
    else lines.push([0, 0, []]);
    current = [];
    used = 0;
  };
  for (const token of tokens) {
    if (token.hardBreak) {
      flush();
      continue;
    }
    const room = lines.length > 0 ? width - hang : width;
    if (current.length > 0 && used + token.width - token.trailing > room) flush();
    current.push(token);
    used += token.width;
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}

/** Left-to-right lines: consecutive pieces with one font and style become one run. */
function logicalRuns(p: Prepared, tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let open: { start: number; end: number; font: FontName; span: number; width: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const style = p.styles[open.span] as TextStyle;
    runs.push({ text: stripControls(p.text.slice(open.start, open.end)), font: open.font, style, x: 0, width: open.width, shaped: false });
  };
  for (const token of tokens) {
    for (const piece of token.pieces) {
      if (open && open.font === piece.font && open.span === piece.span) {
        open.end = piece.end;
        open.width += piece.width;
      } else {
        close();
        open = { ...piece };
      }
    }
  }
  const lastToken = tokens[tokens.length - 1];
  if (open && lastToken) {
    open.width -= lastToken.trailing;
    open.end = open.start + p.text.slice(open.start, open.end).trimEnd().length;
  }
  close();
  return runs;
}

function visualRuns(p: Prepared, measure: TextMeasure, levels: ReturnType<typeof bidi.getEmbeddingLevels>, start: number, end: number): Run[] {
  let last = end;
  while (last > start && /\s/.test(p.text[last - 1] ?? '')) last--;
  if (last <= start) return [];
  const order: number[] = [];
  for (let i = start; i < last; i++) order.push(i);
  for (const [a, b] of bidi.getReorderSegments(p.text, levels, start, last - 1)) {
    if (a === undefined || b === undefined) continue;
    const flipped = order.slice(a - start, b - start + 1).reverse();
    order.splice(a - start, flipped.length, ...flipped);
  }
  const mirrored = bidi.getMirroredCharactersMap(p.text, levels.levels, start, last - 1);
  const level = (i: number): number => levels.levels[i] ?? 0;
  const runs: Run[] = [];
  let k = 0;
  while (k < order.length) {
    const first = order[k] as number;
    const odd = level(first) % 2 === 1;
    let lo = first;
    let hi = first;
    let m = k + 1;
    for (; m < order.length; m++) {
      const next = order[m] as number;
      const expected = odd ? lo - 1 : hi + 1;
      if (next !== expected || level(next) !== level(first) || p.spanOf[next] !== p.spanOf[first] || p.fontOf[next] !== p.fontOf[first]) break;
      if (odd) lo = next;
      else hi = next;
    }
    let logical = '';
    for (let i = lo; i <= hi; i++) logical += mirrored.get(i) ?? p.text[i];
    runs.push(drawableRun(measure, logical, odd, p.fontOf[first] as FontName, p.styles[p.spanOf[first] ?? 0] as TextStyle));
    k = m;
  }
  return runs;
}

/**
 * fontkit reverses any run whose first scripted character is right-to-left (Arabic letters and
 * Persian digits alike) and leaves others alone, so a run is handed over in whichever order
 * makes fontkit's result the visual order the bidi algorithm asked for.
 */
function drawableRun(measure: TextMeasure, withControls: string, rtl: boolean, font: FontName, style: TextStyle): Run {
  const logical = stripControls(withControls);
  const fontkitReverses = fontkitSeesRtl(logical);
  const text = fontkitReverses === rtl ? logical : Array.from(logical).reverse().join('');
  const shaped = fontkitReverses;
  return { text, font, style, x: 0, width: measure.width(font, text, style.size, shaped), shaped };
}

function fontkitSeesRtl(text: string): boolean {
  for (const ch of text) if (!UNSCRIPTED.test(ch)) return RTL_SCRIPT.test(ch);
  return false;
}
