/**
 * Width measurement with a cache. pdfkit measures by shaping the string with fontkit, which is
 * the costliest part of laying out a large dossier; words repeat a lot, so each (font, string)
 * pair is shaped once and its width at size 1 remembered (widths scale linearly with size).
 */
import type { FontName } from '../fonts';
import { stripControls } from './isolate';

export class TextMeasure {
  private readonly cache = new Map<string, Map<string, number>>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  /** `shaped` lays the string out as one run (needed for right-to-left text), as drawing does. */
  width(font: FontName, text: string, size: number, shaped = false): number {
    const table = shaped ? `${font}:shaped` : font;
    let widths = this.cache.get(table);
    if (!widths) {
      widths = new Map();
      this.cache.set(table, widths);
    }
    let unit = widths.get(text);
    if (unit === undefined) {
      this.doc.font(font).fontSize(1000);
      unit = this.doc.widthOfString(stripControls(text), shaped ? { features: [] } : {}) / 1000;
      widths.set(text, unit);
    }
    return unit * size;
  }
}
