/**
 * renderDossier: the dossier model in, a PDF out. One layout pass: the contents pages are
 * reserved up front and filled at the end, cross-references and running headers are drawn
 * last on the buffered pages, when every page number is known.
 */
import { reverseArabicLigatureMappings } from './text/ligatureText';
import PDFDocument from 'pdfkit';
import { writeFile, rename } from 'node:fs/promises';
import { FONT_NAMES, LATIN_FONTS, fontData, type FontName } from './fonts';
import { useFastLatinLayout } from './text/fast-latin';
import { labelsFor } from './labels';
import { DossierDocumentSchema, type Citation, type DossierDocument } from './model';
import { defaultCitationStyle } from './citations';
import { cslCitationStyle } from './csl/cslCitationStyle';
import { DossierContext } from './layout/context';
import { Flow, type PageBox } from './layout/flow';
import { Tagger } from './layout/tags';
import { drawCover } from './pages/cover';
import { fillContents, reserveContents } from './pages/contents';
import { drawAppendix, drawNameIndex, drawSources } from './pages/back-matter';
import { drawChrome } from './pages/chrome';
import { crossReferences, drawSection, numberExcerpts } from './sections';

export interface RenderOptions {
  /** Called with 0…1 as the layout advances. */
  onProgress?: (fraction: number) => void;
  /** Aborting rejects the promise with an AbortError between blocks. */
  signal?: AbortSignal;
  /** Font files to use instead of the ones from node_modules (a packaged host's copies). */
  fonts?: Partial<Record<FontName, string>>;
}

export interface RenderResult {
  pdf: Buffer;
  pages: number;
  excerpts: number;
}

const PAPER: Record<DossierDocument['paper'], [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
/** Blocks between yields to the event loop, so an abort can arrive during a long export. */
const YIELD_EVERY = 25;

export async function renderDossier(input: DossierDocument, options: RenderOptions = {}): Promise<RenderResult> {
  const doc = DossierDocumentSchema.parse(input);
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const [width, height] = PAPER[doc.paper];
  const pdf = createPdf(doc, width, height, options.fonts);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });
  const box: PageBox = { width, height, top: 72, bottom: 64, left: 64, right: 64 };
  const flow = new Flow(pdf, box, doc.options.tagged);
  const style = doc.citationStyle ?? 'testimony';
  const citations = style === 'testimony' ? defaultCitationStyle : cslCitationStyle(style, doc.language, collectCitations(doc));
  const ctx = new DossierContext(doc, pdf, flow, new Tagger(pdf, doc.options.tagged), labelsFor(doc.language), citations);

  numberExcerpts(ctx);
  const refs = crossReferences(doc);
  const interviews = new Set([...collectCitations(doc)].map((c) => c.file)).size;
  drawCover(ctx, ctx.excerpts.size, interviews);
  const contents = reserveContents(ctx, contentsEntries(doc, ctx.excerpts.size));

  const totalBlocks = Math.max(1, doc.sections.reduce((n, s) => n + s.blocks.length, 0));
  let done = 0;
  const onBlock = async (): Promise<void> => {
    done++;
    if (done % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    throwIfAborted(signal);
    onProgress?.((0.9 * done) / totalBlocks);
  };
  try {
    ctx.printed.active = true;
    for (let i = 0; i < doc.sections.length; i++) await drawSection(ctx, i, refs, onBlock);
    drawSources(ctx);
    drawAppendix(ctx);
    throwIfAborted(signal);
    for (const item of ctx.deferred) {
      pdf.switchToPage(item.page);
      item.draw();
    }
    // The index comes last: it lists the pages of everything before it, appendix included.
    ctx.printed.active = false;
    drawNameIndex(ctx);
    fillContents(ctx, contents);
    drawChrome(ctx);
  } catch (error) {
    pdf.end();
    throw error;
  }
  const pages = pdf.bufferedPageRange().count;
  ctx.tags.endAll();
  // pdfkit keeps its embedded fonts here (internal, like the fast text path in text/draw.ts).
  reverseArabicLigatureMappings((pdf as unknown as { _fontFamilies: Record<string, unknown> })._fontFamilies);
  pdf.end();
  await finished;
  onProgress?.(1);
  return { pdf: Buffer.concat(chunks), pages, excerpts: ctx.excerpts.size };
}

/** Renders to a file, written beside it first and renamed, so a failed export leaves nothing. */
export async function renderDossierToFile(input: DossierDocument, path: string, options: RenderOptions = {}): Promise<Omit<RenderResult, 'pdf'>> {
  const { pdf, pages, excerpts } = await renderDossier(input, options);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, pdf);
  await rename(temp, path);
  return { pages, excerpts };
}

function createPdf(doc: DossierDocument, width: number, height: number, fonts: RenderOptions['fonts']): PDFKit.PDFDocument {
  const { tagged, pdfa } = doc.options;
  const subset = pdfa ? (tagged ? 'PDF/A-2a' : 'PDF/A-1b') : undefined;
  const pdf = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    pdfVersion: pdfa && !tagged ? '1.4' : '1.7',
    tagged,
    lang: doc.language ?? 'en',
    displayTitle: true,
    subset,
    // No default font: pdfkit would load Helvetica, and a default equal to a registered font
    // defeats pdfkit's font cache (every font switch re-parses the TTF).
    font: null as unknown as string,
    info: {
      Title: doc.title,
      ...(doc.author.trim() ? { Author: doc.author.trim() } : {}),
      Subject: doc.purpose ?? doc.title,
      Keywords: [...new Set(doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'excerpt' ? (b.codes ?? []) : []))))].join(', '),
      CreationDate: new Date(doc.date),
      Creator: 'Testimony',
    },
  });
  for (const name of FONT_NAMES) pdf.registerFont(name, fontData(name, fonts));
  for (const name of LATIN_FONTS) useFastLatinLayout(pdf, name);
  return pdf;
}

function contentsEntries(doc: DossierDocument, excerpts: number): number {
  const entities = (doc.names?.length ?? 0) > 0 || doc.sections.some((s) => s.blocks.some((b) => b.kind === 'excerpt' && (b.entities?.length ?? 0) > 0));
  const appendix = doc.options.appendixInterviews && (doc.appendix?.length ?? 0) > 0 ? 1 + (doc.appendix?.length ?? 0) : 0;
  return doc.sections.length + (excerpts > 0 ? 1 : 0) + (entities ? 1 : 0) + appendix;
}

function* collectCitations(doc: DossierDocument): Generator<Citation> {
  for (const s of doc.sections) for (const b of s.blocks) if (b.kind === 'excerpt') yield b.citation;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('The dossier export was cancelled.', 'AbortError');
}
