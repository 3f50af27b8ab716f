import type { FontWeight } from '../fonts';

/** How a stretch of text looks; a paragraph is a list of spans with their own styles. */
export interface TextStyle {
  weight: FontWeight;
  size: number;
  /** Hex colour, e.g. '#222222'. */
  color: string;
  /** A tint painted behind the text (the highlighted quote). */
  highlight?: string;
  /** A named destination the text links to. */
  goTo?: string;
}

export interface Span {
  text: string;
  style: TextStyle;
}

export function style(size: number, color: string, weight: FontWeight = 'regular', extra: Partial<TextStyle> = {}): TextStyle {
  return { size, color, weight, ...extra };
}
