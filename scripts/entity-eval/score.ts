/** Scores found mentions against hand labels: precision, recall and kind accuracy per kind. */

export type LabelKind = 'person' | 'place' | 'organisation' | 'technology';
export const LABEL_KINDS: readonly LabelKind[] = ['person', 'place', 'organisation', 'technology'];
const CODES: Record<string, LabelKind> = { p: 'person', l: 'place', o: 'organisation', t: 'technology' };

export interface Span {
  start: number;
  end: number;
  kind: string;
  text?: string;
}

export interface LabelFile {
  path: string;
  format: string;
  language: string;
  /** The labelled text ends with this quote; absent: the whole text. */
  to?: string;
  participants: { interviewee?: string; interviewer?: string };
  mentions: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A quote as a pattern: whole words, any whitespace between its words. */
const quotePattern = (quote: string): RegExp => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${quote.trim().split(/\s+/u).map(escape).join('\\s+')}(?![\\p{L}\\p{M}\\p{N}])`, 'gu');

/** The labels as spans of the text, found in order; throws on a label the text does not hold there. */
export function locateLabels(text: string, file: LabelFile): { gold: Span[]; end: number } {
  let end = text.length;
  if (file.to) {
    const at = text.indexOf(file.to);
    if (at < 0) throw new Error(`${file.path}: the window's end "${file.to}" is not in the text`);
    end = at + file.to.length;
  }
  const gold: Span[] = [];
  let cursor = 0;
  for (const label of file.mentions) {
    const kind = CODES[label.slice(0, 1)];
    const quote = label.slice(2);
    if (!kind || label[1] !== ':') throw new Error(`${file.path}: "${label}" is not kind:text`);
    const pattern = quotePattern(quote);
    pattern.lastIndex = cursor;
    const m = pattern.exec(text);
    if (!m || m.index >= end) throw new Error(`${file.path}: "${quote}" is not in the labelled text after offset ${cursor}`);
    gold.push({ start: m.index, end: m.index + m[0].length, kind, text: quote });
    cursor = m.index + m[0].length;
  }
  return { gold, end };
}

export interface Tally {
  /** Found mentions of the kind that match a labelled mention of the kind. */
  truePositives: number;
  found: number;
  labelled: number;
}

export interface Score {
  perKind: Record<LabelKind, Tally>;
  /** Found mentions that overlap a labelled one, whatever their kinds. */
  matched: number;
  sameKind: number;
  falsePositives: Span[];
  misses: Span[];
}

export function emptyScore(): Score {
  const tally = (): Tally => ({ truePositives: 0, found: 0, labelled: 0 });
  return { perKind: { person: tally(), place: tally(), organisation: tally(), technology: tally() }, matched: 0, sameKind: 0, falsePositives: [], misses: [] };
}

/** Adds one text's comparison to `score`: each found span pairs with at most one overlapping label. */
export function compare(gold: readonly Span[], found: readonly Span[], score: Score): void {
  const used = new Set<number>();
  for (const g of gold) if (g.kind in score.perKind) score.perKind[g.kind as LabelKind].labelled++;
  for (const f of found) {
    if (f.kind in score.perKind) score.perKind[f.kind as LabelKind].found++;
    const k = gold.findIndex((g, i) => !used.has(i) && g.start < f.end && f.start < g.end);
    if (k < 0) {
      score.falsePositives.push(f);
      continue;
    }
    used.add(k);
    score.matched++;
    if (gold[k]!.kind === f.kind) {
      score.sameKind++;
      if (f.kind in score.perKind) score.perKind[f.kind as LabelKind].truePositives++;
    }
  }
  gold.forEach((g, i) => {
    if (!used.has(i)) score.misses.push(g);
  });
}

export const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));
