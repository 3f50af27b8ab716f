/** The back of the dossier: endnotes with full citations, and the index of names. */
import { fullCitation } from '../labels';
import { colors, sizes, type DossierContext } from '../layout/context';
import type { Span } from '../text/style';
import type { StructElement } from '../layout/tags';

export function drawSources(ctx: DossierContext): void {
  const { flow, labels } = ctx;
  if (ctx.notes.length === 0) return;
  const { sect } = startPart(ctx, labels.sources, 'sources');
  for (const note of ctx.notes) {
    const spans: Span[] = [
      ctx.text(`[${note.n}] `, sizes.small, colors.accent, 'bold'),
      ctx.text(`${fullCitation(note.citation, labels)} `, sizes.small),
      {
        text: `${labels.citedOn} ${labels.page(note.excerpt.page ?? 0)} (${labels.excerpt}\u00A0${note.excerpt.number})`,
        style: { size: sizes.small, color: colors.accent, weight: 'regular', goTo: note.excerpt.dest },
      },
    ];
    const para = flow.layout(spans, 0, { hang: 18 });
    flow.ensure(para.lineHeight * Math.min(2, para.lines.length));
    ctx.destination(`note-${note.n}`);
    flow.draw(para, { tag: ctx.tags.element('Note', sect) });
    flow.y += 3;
  }
}

export function drawNameIndex(ctx: DossierContext): void {
  const { flow, labels } = ctx;
  if (ctx.entities.size === 0) return;
  const { sect } = startPart(ctx, labels.index, 'index');
  const collator = new Intl.Collator(ctx.doc.language ?? 'en', { sensitivity: 'base', numeric: true });
  const names = [...ctx.entities.keys()].sort(collator.compare);
  for (const name of names) {
    const pages = [...(ctx.entities.get(name) ?? new Map<number, string>()).entries()].sort((a, b) => a[0] - b[0]);
    const spans: Span[] = [ctx.text(`${name}  `, 9.5, colors.text, 'bold')];
    pages.forEach(([page, dest], i) => {
      if (i > 0) spans.push(ctx.text(', ', 9.5, colors.grey));
      spans.push({ text: String(page), style: { size: 9.5, color: colors.accent, weight: 'regular', goTo: dest } });
    });
    flow.draw(flow.layout(spans, 0, { direction: ctx.rtl ? 'rtl' : 'ltr', hang: 18 }), { tag: ctx.tags.element('P', sect) });
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
