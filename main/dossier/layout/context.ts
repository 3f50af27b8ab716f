/** What every part of the layout shares while one dossier is drawn. */
import type { Citation, DossierDocument } from '../model';
import type { Labels } from '../labels';
import { defaultCitationStyle, type CitationStyle } from '../citations';
import { style, type Span, type TextStyle } from '../text/style';
import type { Flow } from './flow';
import type { StructElement, Tagger } from './tags';
import { PrintedText, recordInto } from '../text/printed';

export const colors = {
  text: '#1d1d1f',
  grey: '#6e6e73',
  faint: '#a1a1a6',
  accent: '#2b4c7e',
  highlight: '#fff0b3',
  labelBg: '#e8eef6',
  rule: '#c7c7cc',
  conflict: '#b3261e',
  conflictBg: '#fbe9e7',
  headerBg: '#eef1f5',
};

export const sizes = { body: 10.5, small: 8.5, tiny: 7.5, h1: 18, h2: 12.5, title: 26 };

export interface ExcerptRef {
  id: string;
  /** "3.2": section 3, second excerpt. */
  number: string;
  dest: string;
  quote: string;
  /** 1-based page where the excerpt starts, once drawn. */
  page?: number;
}

/** One endnote per source; every excerpt quoting that source cites it. */
export interface Note {
  n: number;
  /** The first citation of the source (the reference is written from it). */
  citation: Citation;
  uses: Array<{ excerpt: ExcerptRef; citation: Citation }>;
}

export class DossierContext {
  readonly excerpts = new Map<string, ExcerptRef>();
  readonly notes: Note[] = [];
  private readonly notesBySource = new Map<string, Note>();
  /** Every line drawn where the index looks for names. */
  readonly printed = new PrintedText();
  /** Drawing that needs page numbers known only at the end (cross-references). */
  readonly deferred: Array<{ page: number; draw: () => void }> = [];
  /** Contents entries: title, destination, page, structure. */
  readonly toc: Array<{ title: string; dest: string; page: number; level?: number }> = [];

  constructor(
    readonly doc: DossierDocument,
    readonly pdf: PDFKit.PDFDocument,
    readonly flow: Flow,
    readonly tags: Tagger,
    readonly labels: Labels,
    readonly citations: CitationStyle = defaultCitationStyle,
  ) {
    recordInto(pdf, this.printed);
  }

  /** The endnote of an excerpt's source: the same note for every excerpt from one interview. */
  cite(excerpt: ExcerptRef, citation: Citation): Note {
    const key = this.citations.sourceKey(citation);
    let note = this.notesBySource.get(key);
    if (!note) {
      note = { n: this.notes.length + 1, citation, uses: [] };
      this.notes.push(note);
      this.notesBySource.set(key, note);
    }
    note.uses.push({ excerpt, citation });
    return note;
  }

  get rtl(): boolean {
    return this.doc.language === 'fa';
  }

  /** The direction of the dossier's own lines (labels, citations, the index). */
  get direction(): 'rtl' | 'ltr' {
    return this.rtl ? 'rtl' : 'ltr';
  }

  /** 1-based number of the page being filled. */
  get pageNumber(): number {
    return this.flow.page + 1;
  }

  text(text: string, size = sizes.body, color = colors.text, weight: TextStyle['weight'] = 'regular'): Span {
    return { text, style: style(size, color, weight) };
  }

  /** A heading kept with what follows it: it moves to the next page rather than end one. */
  heading(text: string, level: 1 | 2, parent: StructElement | undefined, keepWith: number): void {
    const size = level === 1 ? sizes.h1 : sizes.h2;
    // In the dossier's direction: "۲. Javad Firuzmand" starts at the right in a Persian dossier.
    const para = this.flow.layout([this.text(text, size, level === 1 ? colors.text : colors.accent, 'bold')], 0, { leading: 1.3, direction: this.direction });
    const height = para.lineHeight * para.lines.length;
    this.flow.ensure(height + keepWith);
    this.flow.draw(para, { tag: this.tags.element(level === 1 ? 'H1' : 'H2', parent) });
    this.flow.y += level === 1 ? 8 : 4;
  }

  /** A bookmark that opens the named destination (pdfkit's own points at a page's corner). */
  bookmark(parent: PDFKit.PDFOutline, title: string, dest: string): PDFKit.PDFOutline {
    const item = parent.addItem(title);
    (item as unknown as { outlineData: Record<string, unknown> }).outlineData.Dest = new String(dest);
    return item;
  }

  /** Adds a named destination at the cursor. */
  destination(name: string): void {
    this.pdf.addNamedDestination(name, 'XYZ', this.flow.box.left, this.flow.y, null as unknown as number);
  }
}
