/** The back of the dossier: endnotes with full citations, the appendix, and the index of names. */
import { colors, sizes, type DossierContext } from '../layout/context';
import type { Span } from '../text/style';
import type { StructElement } from '../layout/tags';
import { isolate } from '../text/isolate';
import { collectIndex, indexNames, pageRanges } from './name-index';

export function drawSources(ctx: DossierContext): void {
  const { flow, labels } = ctx;
  if (ctx.notes.length === 0) return;
  const { sect } = startPart(ctx, labels.sources, 'sources');
  const link = { size: sizes.small, color: colors.accent, weight: 'regular' as const };
  for (const note of ctx.notes) {
    const spans: Span[] = [
      ctx.text(`[${labels.num(note.n)}] `, sizes.small, colors.accent, 'bold'),
      ctx.text(`${ctx.citations.reference(note.citation, labels)} ${labels.citation.citedAt}: `, sizes.small),
    ];
    // Each excerpt citing the source: where in it, and the page it is printed on.
    note.uses.forEach(({ excerpt, citation }, i) => {
      const where = ctx.citations.locator(citation, labels);
      const text = `${where ? `${where} ` : ''}(${labels.excerpt}\u00A0${excerpt.number}, ${labels.page(excerpt.page ?? 0)})`;
      if (i > 0) spans.push(ctx.text(labels.fieldSeparator, sizes.small));
      spans.push({ text, style: { ...link, goTo: excerpt.dest } });
    });
    spans.push(ctx.text('.', sizes.small));
    const para = flow.layout(spans, 0, { hang: 18, direction: ctx.direction });
    flow.ensure(para.lineHeight * Math.min(2, para.lines.length));
    ctx.destination(`note-${note.n}`);
    flow.draw(para, { tag: ctx.tags.element('Note', sect) });
    flow.y += 3;
  }
}

export function drawNameIndex(ctx: DossierContext): void {
  const { flow, labels, pdf } = ctx;
  const entries = collectIndex(indexNames(ctx.doc), ctx.printed);
  if (entries.length === 0) return;
  // Each link opens the line where the name is first printed on that page.
  const dests = new Map<string, string>();
  for (const entry of entries) {
    for (const at of entry.pages) {
      const key = `${at.page}:${Math.round(at.y)}`;
      if (dests.has(key)) continue;
      pdf.switchToPage(at.page - 1);
      const dest = `name-${dests.size + 1}`;
      pdf.addNamedDestination(dest, 'XYZ', flow.box.left, at.y, null as unknown as number);
      dests.set(key, dest);
    }
  }
  const { sect } = startPart(ctx, labels.index, 'index');
  const collator = new Intl.Collator(ctx.doc.language ?? 'en', { sensitivity: 'base', numeric: true });
  const size = 9.5;
  for (const entry of [...entries].sort((a, b) => collator.compare(a.name, b.name))) {
    const spans: Span[] = [ctx.text(isolate(entry.name), size, colors.text, 'bold')];
    if (entry.aliases.length) spans.push(ctx.text(` (${entry.aliases.map(isolate).join(labels.listSeparator)})`, size, colors.grey));
    spans.push(ctx.text('  ', size));
    const destOf = (page: number): string | undefined => {
      const at = entry.pages.find((p) => p.page === page);
      return at && dests.get(`${at.page}:${Math.round(at.y)}`);
    };
    pageRanges(entry.pages.map((p) => p.page)).forEach(([a, b], i) => {
      if (i > 0) spans.push(ctx.text(labels.listSeparator, size, colors.grey));
      spans.push({ text: labels.num(a), style: { size, color: colors.accent, weight: 'regular', goTo: destOf(a) } });
      if (b !== a) {
        spans.push(ctx.text('–', size, colors.accent));
        spans.push({ text: labels.num(b), style: { size, color: colors.accent, weight: 'regular', goTo: destOf(b) } });
      }
    });
    flow.draw(flow.layout(spans, 0, { direction: ctx.direction, hang: 18 }), { tag: ctx.tags.element('P', sect) });
    flow.y += 1;
  }
}

export function drawAppendix(ctx: DossierContext): void {
  const { flow, labels, doc } = ctx;
  const interviews = doc.appendix ?? [];
  if (!doc.options.appendixInterviews || interviews.length === 0) return;
  const { sect, outline } = startPart(ctx, labels.appendix, 'appendix');
  interviews.forEach((interview, i) => {
    const dest = `appendix-${i + 1}`;
    if (i > 0) flow.y += 16;
    flow.ensure(80);
    ctx.destination(dest);
    ctx.bookmark(outline, interview.title, dest);
    ctx.toc.push({ title: interview.title, dest, page: ctx.pageNumber, level: 2 });
    ctx.heading(interview.title, 2, sect, 40);
    flow.draw(flow.layout([ctx.text(interview.meta, sizes.small, colors.grey)]), { tag: ctx.tags.element('P', sect) });
    flow.y += 8;
    for (const chunk of interview.text.split(/\n+/)) {
      if (!chunk.trim()) continue;
      flow.draw(flow.layout([ctx.text(chunk.trim(), 9.5)]), { tag: ctx.tags.element('P', sect) });
      flow.y += 4;
    }
  });
}

/** A back-matter part starts a page, with a heading, a bookmark and a contents entry. */
function startPart(ctx: DossierContext, title: string, dest: string): { sect: StructElement | undefined; outline: PDFKit.PDFOutline } {
  ctx.flow.newPage();
  ctx.destination(dest);
  const outline = ctx.bookmark(ctx.pdf.outline, title, dest);
  ctx.toc.push({ title, dest, page: ctx.pageNumber });
  const sect = ctx.tags.element('Sect', undefined, title);
  ctx.heading(title, 1, sect, 20);
  return { sect, outline };
}
