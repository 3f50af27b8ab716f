/**
 * What each page says, recorded line by line as it is drawn. The name index is made from this,
 * not from the model, so it lists exactly the pages on which a reader sees a name: in a quote,
 * its context, a note, a heading, a claims table, an endnote or the appendix.
 */
export interface PrintedLine {
  text: string;
  /** Left edge and top of the line, for a link that opens the page where the name is. */
  x: number;
  y: number;
}

interface PageBuffer {
  page: unknown;
  _pageBuffer: unknown[];
  _pageBufferStart: number;
}

export class PrintedText {
  /** Off while drawing what an index leaves out: cover, contents, running heads, the index itself. */
  active = false;
  private readonly pages = new Map<number, PrintedLine[]>();

  record(page: number, line: PrintedLine): void {
    if (!this.active || !line.text.trim()) return;
    const lines = this.pages.get(page) ?? [];
    lines.push(line);
    this.pages.set(page, lines);
  }

  /** 0-based page indexes that have text, in order. */
  pageIndexes(): number[] {
    return [...this.pages.keys()].sort((a, b) => a - b);
  }

  lines(page: number): readonly PrintedLine[] {
    return this.pages.get(page) ?? [];
  }
}

const recorders = new WeakMap<PDFKit.PDFDocument, PrintedText>();

export function recordInto(doc: PDFKit.PDFDocument, printed: PrintedText): void {
  recorders.set(doc, printed);
}

/** Called by drawLine for every line it draws. */
export function recordLine(doc: PDFKit.PDFDocument, line: PrintedLine): void {
  const printed = recorders.get(doc);
  if (!printed?.active) return;
  // pdfkit keeps its buffered pages here; the page being drawn on is one of them.
  const buffer = doc as unknown as PageBuffer;
  const index = buffer._pageBuffer.lastIndexOf(buffer.page);
  if (index >= 0) printed.record(buffer._pageBufferStart + index, line);
}
