/** Structure elements for tagged PDFs (H1, H2, P, Sect, Table…), created in reading order. */
export interface StructElement {
  type: string;
  el: PDFKit.PDFStructureElement;
}

export class Tagger {
  private readonly roots: StructElement[] = [];

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly enabled: boolean,
  ) {}

  /** A new element under `parent`, or at the top of the tree; undefined when untagged. */
  element(type: string, parent?: StructElement, title?: string): StructElement | undefined {
    if (!this.enabled) return undefined;
    const el = this.doc.struct(type, title ? { title } : {});
    const elem = { type, el };
    if (parent) parent.el.add(el);
    else {
      this.doc.addStructure(el);
      this.roots.push(elem);
    }
    return elem;
  }

  /** Content may be added late (cross-references, contents), so elements end only here. */
  endAll(): void {
    for (const root of this.roots) root.el.end();
  }
}
