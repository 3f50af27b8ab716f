/**
 * What one file may cost to read. Sized from the data: the largest real interview here is a
 * few hundred KB of text, and these allow about 100 times that, so no real interview is refused,
 * while each hostile shape measured in issue 16 stops at a guard before its parser runs.
 */
export const READ_LIMITS = {
  /** Wall clock per file; the file's worker is ended when it runs over. */
  timeMs: 30_000,
  /** V8 heap per file worker (ArrayBuffers are outside it: the guards below cover those). */
  heapMb: 512,
  /** Unpacked size of a .docx's word/document.xml (mammoth took 29 s and 710 MB for 20 MB of XML, under load). */
  docxXmlBytes: 16 * 1024 * 1024,
  /** Decoded size of one PDF flate stream that pdf.js may read (images are not decoded for text). */
  pdfStreamBytes: 64 * 1024 * 1024,
  /** Decoded size of all of a PDF's non-image flate streams together. */
  pdfTotalStreamBytes: 256 * 1024 * 1024,
  /** Nesting of Markdown lists and quotes before marked's lexer (its cost grows with depth³). */
  markdownDepth: 32,
  /** One CSV row (a transcript row is a paragraph or two). */
  csvRowBytes: 1024 * 1024,
} as const;

/** Longest term indexed or searched, in UTF-16 units: a 10 MB "word" would otherwise be one term. */
export const MAX_TERM_LENGTH = 64;
