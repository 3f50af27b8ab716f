import type { Line, Paragraph } from './paragraph';

/** Draws one laid-out line whose top edge is at `top`; highlights go under the text. */
export function drawLine(doc: PDFKit.PDFDocument, para: Paragraph, line: Line, left: number, top: number): void {
  for (const run of line.runs) {
    if (!run.style.highlight) continue;
    doc.rect(left + run.x - 0.5, top + 0.75, run.width + 1, para.lineHeight - 1.5).fill(run.style.highlight);
  }
  const baseline = top + para.ascent;
  for (const run of line.runs) {
    doc.font(run.font).fontSize(run.style.size).fillColor(run.style.color);
    const options: PDFKit.Mixins.TextOptions & { textWidth?: number } = { lineBreak: false, baseline: 'alphabetic', textWidth: run.width };
    if (run.shaped) options.features = [];
    doc.text(run.text, left + run.x, baseline, options);
    if (run.style.goTo) doc.goTo(left + run.x, top, run.width, para.lineHeight, run.style.goTo);
  }
}
