import type { Line, Paragraph } from './paragraph';
import { recordLine } from './printed';

/** pdfkit's internal single-line text writer, which text() ends in. */
interface Fragments {
  _fragment(text: string, x: number, y: number, options: { baseline: 'alphabetic'; textWidth: number; wordCount: number; features?: [] }): void;
}

/** Draws one laid-out line whose top edge is at `top`; highlights go under the text. */
export function drawLine(doc: PDFKit.PDFDocument, para: Paragraph, line: Line, left: number, top: number): void {
  for (const run of line.runs) {
    if (!run.style.highlight) continue;
    doc.rect(left + run.x - 0.5, top + 0.75, run.width + 1, para.lineHeight - 1.5).fill(run.style.highlight);
  }
  recordLine(doc, { text: line.text, x: left, y: top });
  const baseline = top + para.ascent;
  const pdf = doc as unknown as Fragments;
  let color = '';
  for (const run of line.runs) {
    doc.font(run.font).fontSize(run.style.size);
    // Setting a colour writes an operator and parses the hex again: only when it changes.
    if (run.style.color !== color) doc.fillColor(run.style.color);
    color = run.style.color;
    // The run is measured and placed already: pdfkit's text() would re-measure it twice more.
    pdf._fragment(run.text, left + run.x, baseline, {
      baseline: 'alphabetic',
      textWidth: run.width,
      wordCount: run.text.split(' ').length,
      features: run.shaped ? [] : undefined,
    });
    if (run.style.goTo) doc.goTo(left + run.x, top, run.width, para.lineHeight, run.style.goTo);
  }
}
