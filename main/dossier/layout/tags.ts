/** Structure elements for tagged PDFs (H1, H2, P, Sect, Table…), created in reading order. */
export interface StructElement {
  type: string;
  el: PDFKit.PDFStructureElement;
}

export class Tagger {
  private root: StructElement | undefined;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    readonly enabled: boolean,
  ) {}

  /** A new element under `parent`, or under the one Document element; undefined when untagged. */
  element(type: string, parent?: StructElement, title?: string): StructElement | undefined {
    if (!this.enabled) return undefined;
    if (!this.root) {
      const document = this.doc.struct('Document');
      this.doc.addStructure(document);
      this.root = { type: 'Document', el: document };
    }
    const el = this.doc.struct(type, title ? { title } : {});
    (parent ?? this.root).el.add(el);
    return { type, el };
  }

  /** Content may be added late (cross-references, contents), so elements end only here. */
  endAll(): void {
    this.root?.el.end();
  }
}
