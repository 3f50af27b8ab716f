/**
 * The flow: a cursor moving down the pages, adding a page when the next piece does not fit, and
 * (for tagged PDFs) marking what it draws as structure content or as an artifact.
 */
import { TextMeasure } from '../text/measure';
import { drawLine } from '../text/draw';
import { layoutParagraph, type LayoutOptions, type Paragraph } from '../text/paragraph';
import type { Span } from '../text/style';
import type { StructElement } from './tags';

export interface PageBox {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface DrawOptions {
  /** Extra indent on the side where lines start (the right for right-to-left paragraphs). */
  indent?: number;
  /** Called for each line after it is placed, e.g. to draw a rule beside a quote. */
  decorate?: (top: number, height: number, rtl: boolean) => void;
  /** Structure element that owns the text (tagged PDFs). */
  tag?: StructElement;
  /** Height of what must follow on the same page as the last lines (a quote's attribution). */
  keepWithNext?: number;
}

export class Flow {
  readonly measure: TextMeasure;
  y: number;
  /** 0-based index of the page being filled. */
  page = -1;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly box: PageBox,
    readonly tagged: boolean,
  ) {
    this.measure = new TextMeasure(doc);
    this.y = box.top;
  }

  get width(): number {
    return this.box.width - this.box.left - this.box.right;
  }

  get bottom(): number {
    return this.box.height - this.box.bottom;
  }

  /** x of a rule beside the text block: in the left margin, or the right one for RTL text. */
  ruleX(rtl: boolean, gap: number, thickness: number): number {
    return rtl ? this.box.left + this.width - gap - thickness : this.box.left + gap;
  }

  newPage(): void {
    this.doc.addPage();
    this.page++;
    this.y = this.box.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.page < 0 || this.y + height > this.bottom) this.newPage();
  }

  layout(spans: Span[], indent = 0, options: LayoutOptions = {}): Paragraph {
    return layoutParagraph(this.measure, spans, this.width - indent, options);
  }

  /**
   * Draws a paragraph, breaking between lines where the page ends, never leaving a single
   * first or last line of a paragraph alone on a page when it has three lines or more, and
   * carrying the last two lines over when what must follow them would not fit.
   */
  draw(para: Paragraph, options: DrawOptions = {}): void {
    const left = this.box.left + (para.rtl ? 0 : (options.indent ?? 0));
    const n = para.lines.length;
    const h = para.lineHeight;
    const keep = options.keepWithNext ?? 0;
    this.ensure(h * Math.min(n, 2) + (n <= 2 ? keep : 0));
    para.lines.forEach((line, i) => {
      const remaining = n - i;
      const fits = Math.floor((this.bottom - this.y) / h + 1e-6);
      const tailFits = remaining > 2 || this.y + remaining * h + keep <= this.bottom + 1e-6;
      if (fits < 1 || (i > 0 && (!tailFits || (remaining === 2 && fits === 1 && n >= 3)))) this.newPage();
      const top = this.y;
      this.marked(options.tag, () => drawLine(this.doc, para, line, left, top));
      if (options.decorate) this.artifact(() => options.decorate?.(top, h, para.rtl));
      this.y += h;
    });
  }

  /** Draws content that belongs to a structure element (or plain content when untagged). */
  marked(tag: StructElement | undefined, draw: () => void): void {
    if (!this.tagged || !tag) {
      draw();
      return;
    }
    const content = this.doc.markStructureContent(tag.type);
    draw();
    this.doc.endMarkedContent();
    tag.el.add(content);
  }

  /** Decoration (rules, tints, running headers) that a screen reader should skip. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (!this.tagged) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    this.doc.endMarkedContent();
  }
}
