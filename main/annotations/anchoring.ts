/**
 * Re-anchoring: finding an annotation's passage again after the interview text changed (a
 * corrected transcript, a re-exported file). The order follows the Web Annotation selectors we
 * store: the TextPositionSelector if the text there is still the quote; else the quote itself,
 * using its prefix/suffix and the old position to choose between repeats; else an approximate
 * match (approx-string-match, Myers' algorithm) with a confidence; else the annotation is an
 * orphan — kept, with its quote, for the researcher to re-attach.
 * Offsets are UTF-16 code units (JavaScript string indices), like everywhere in the engine.
 */
import search from 'approx-string-match';
import type { Anchor, Annotation, Target, TextPosition, TextQuote } from './model';

/** Characters of context kept on each side of a selection. */
export const CONTEXT_LENGTH = 32;

/** Don't cut a surrogate pair in two when taking context. */
function safeStart(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return i > 0 && code >= 0xdc00 && code <= 0xdfff ? i + 1 : i;
}

function safeEnd(text: string, i: number): number {
  const code = text.charCodeAt(i - 1);
  return i < text.length && code >= 0xd800 && code <= 0xdbff ? i - 1 : i;
}

export function describeSelection(text: string, start: number, end: number): { quote: TextQuote; position: TextPosition } {
  if (!(start >= 0 && end > start && end <= text.length)) throw new RangeError(`Selection ${start}-${end} is outside the text (length ${text.length}) or empty.`);
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(safeStart(text, Math.max(0, start - CONTEXT_LENGTH)), start),
      suffix: text.slice(end, safeEnd(text, Math.min(text.length, end + CONTEXT_LENGTH))),
    },
    position: { start, end },
  };
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well quote, context and position agree. */
  score: number;
  /** Edits between the quote and the matched text. */
  errors: number;
}

export interface MatchOptions {
  prefix?: string;
  suffix?: string;
  /** Where the quote is expected to start: breaks ties between repeats. */
  hint?: number;
  /**
   * Most edits allowed between the quote and a match. Default: min(32, length / 4, √length):
   * a quarter of a short quote (a corrected spelling), but fewer for long ones, whose tail being a
   * different sentence means the passage is gone, not moved.
   */
  maxErrors?: number;
}

/** Similarity (0..1) of `pattern` to its best approximate match in `window`. */
function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  const best = search(window, pattern, pattern.length).reduce((min, m) => Math.min(min, m.errors), pattern.length);
  return 1 - best / pattern.length;
}

// Weights as in Hypothesis' matchQuote: the quote matters most, then context, then position.
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;

/** The best place for `quote` in `text`, or null when nothing is close enough. */
export function matchQuote(text: string, quote: string, opts: MatchOptions = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let i = text.indexOf(quote); i >= 0 && exact.length < 10_000; i = text.indexOf(quote, i + 1)) {
    exact.push({ start: i, end: i + quote.length, errors: 0 });
  }
  const maxErrors = opts.maxErrors ?? Math.floor(Math.min(32, quote.length / 4, Math.sqrt(quote.length)));
  const candidates = exact.length > 0 ? exact : search(text, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const c of candidates) {
    const quoteSim = 1 - c.errors / quote.length;
    const prefixSim = opts.prefix ? similarity(text.slice(Math.max(0, c.start - opts.prefix.length), c.start), opts.prefix) : 1;
    const suffixSim = opts.suffix ? similarity(text.slice(c.end, c.end + opts.suffix.length), opts.suffix) : 1;
    const positionSim = opts.hint !== undefined ? 1 - Math.abs(c.start - opts.hint) / text.length : 1;
    const score = (W_QUOTE * quoteSim + W_PREFIX * prefixSim + W_SUFFIX * suffixSim + W_POSITION * positionSim) / (W_QUOTE + W_PREFIX + W_SUFFIX + W_POSITION);
    // Equal scores: prefer the match as long as the quote ("commodo vitae", not "commodo vit").
    const closerInLength = best !== null && score === best.score && Math.abs(c.end - c.start - quote.length) < Math.abs(best.end - best.start - quote.length);
    if (!best || score > best.score || closerInLength) best = { start: c.start, end: c.end, score, errors: c.errors };
  }
  return best;
}

/** Where `target` lands in `text` now. */
export function anchor(text: string, target: Pick<Target, 'quote' | 'position'>): Required<Anchor> | (Anchor & { status: 'orphan' }) {
  const { quote, position } = target;
  if (text.slice(position.start, position.end) === quote.exact && quote.exact.length > 0) {
    return { status: 'exact', confidence: 1, start: position.start, end: position.end };
  }
  const m = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint: position.start });
  if (!m) return { status: 'orphan', confidence: 0 };
  return { status: m.errors === 0 ? 'moved' : 'fuzzy', confidence: Math.round(m.score * 1000) / 1000, start: m.start, end: m.end };
}

/** The annotations of one interview with their `anchor` computed against its current text. */
export function anchorAnnotations(annotations: readonly Annotation[], text: string): Annotation[] {
  return annotations.map((a) => ({ ...a, anchor: anchor(text, a.target) }));
}
