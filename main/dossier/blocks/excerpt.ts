/**
 * An excerpt: its number and codes as small labels, the quote highlighted inside its grey
 * context with a rule beside it, the attribution and endnote number, the researcher's note,
 * and cross-references whose page numbers are filled in once every excerpt has a page.
 */
import type { ExcerptBlock, LinkType } from '../model';
import { colors, sizes, type DossierContext, type ExcerptRef } from '../layout/context';
import type { StructElement } from '../layout/tags';
import type { Span } from '../text/style';
import { drawLine } from '../text/draw';
import { drawLabels } from './labels-row';
import { isolate } from '../text/isolate';

const QUOTE_INDENT = 14;

export interface CrossRef {
  type: LinkType;
  reverse: boolean;
  target: string;
  note?: string;
}

export function drawExcerpt(ctx: DossierContext, block: ExcerptBlock, ref: ExcerptRef, refs: CrossRef[], parent: StructElement | undefined): void {
  const { flow, labels, doc } = ctx;
  const quote = ctx.flow.layout(quoteSpans(ctx, block, ref), QUOTE_INDENT);
  const labelTexts = [`${labels.excerpt} ${ref.number}`, ...(doc.options.includeCodes ? (block.codes ?? []) : [])];
  flow.ensure(16 + quote.lineHeight * Math.min(3, quote.lines.length));
  const tag = ctx.tags.element('Div', parent, `${labels.excerpt} ${ref.number}`);
  ctx.destination(ref.dest);
  ref.page = ctx.pageNumber;
  drawLabels(ctx, labelTexts, tag);
  const attribution = flow.layout([ctx.text(ctx.citations.attribution(block.citation, labels), sizes.small, colors.grey)], QUOTE_INDENT, { direction: ctx.direction });
  flow.draw(quote, {
    keepWithNext: 2 + attribution.lineHeight * attribution.lines.length,
    indent: QUOTE_INDENT,
    tag: ctx.tags.element('BlockQuote', tag),
    decorate: (top, height, rtl) => ctx.pdf.rect(flow.ruleX(rtl, 3, 2.5), top, 2.5, height).fill(colors.accent),
  });
  flow.y += 2;
  flow.draw(attribution, {
    indent: QUOTE_INDENT,
    tag: ctx.tags.element('P', tag),
  });
  if (doc.options.includeNotes && block.note) {
    flow.y += 3;
    // The label in the dossier's direction, the note isolated in its own (an English note in a Persian dossier).
    const note = flow.layout([ctx.text(`${labels.note}: `, 9.5, colors.text, 'bold'), ctx.text(isolate(block.note), 9.5, colors.text, 'italic')], QUOTE_INDENT, { direction: ctx.direction });
    flow.draw(note, { indent: QUOTE_INDENT, tag: ctx.tags.element('Note', tag) });
  }
  for (const link of refs) crossRefRow(ctx, link, tag);
  flow.y += 12;
}

function quoteSpans(ctx: DossierContext, block: ExcerptBlock, ref: ExcerptRef): Span[] {
  const spans: Span[] = [];
  // Context is printed as given: the builder marks a cut sentence with "…" itself.
  if (block.before) spans.push(ctx.text(`${block.before.trim()} `, sizes.body, colors.grey));
  spans.push({ text: block.quote.trim(), style: { size: sizes.body, color: colors.text, weight: 'regular', highlight: colors.highlight } });
  if (block.after) {
    const after = block.after.trim();
    // Punctuation that closes the quoted sentence sits against it, not after a space.
    spans.push(ctx.text(/^[.,;:!?)\]…،؛؟»”’]/u.test(after) ? after : ` ${after}`, sizes.body, colors.grey));
  }
  const { n } = ctx.cite(ref, block.citation);
  spans.push({ text: ` [${ctx.labels.num(n)}]`, style: { size: sizes.body, color: colors.accent, weight: 'regular', goTo: `note-${n}` } });
  return spans;
}

/**
 * A reference row is laid out now with a placeholder page number, to reserve its height, and
 * drawn at the end, when the target's page is known.
 */
function crossRefRow(ctx: DossierContext, link: CrossRef, parent: StructElement | undefined): void {
  const { flow } = ctx;
  const target = ctx.excerpts.get(link.target);
  const reserved = flow.layout(crossRefSpans(ctx, link, target, 9999), QUOTE_INDENT, { direction: ctx.direction });
  const height = reserved.lineHeight * reserved.lines.length;
  flow.ensure(height);
  const top = flow.y;
  const page = flow.page;
  const tag = ctx.tags.element(target ? 'Reference' : 'P', parent);
  flow.y += height;
  ctx.deferred.push({
    page,
    draw: () => {
      const para = flow.layout(crossRefSpans(ctx, link, target, target?.page ?? 0), QUOTE_INDENT, { direction: ctx.direction });
      const left = flow.box.left + (para.rtl ? 0 : QUOTE_INDENT);
      para.lines.forEach((line, i) => flow.marked(tag, () => drawLine(ctx.pdf, para, line, left, top + i * para.lineHeight)));
    },
  });
}

function crossRefSpans(ctx: DossierContext, link: CrossRef, target: ExcerptRef | undefined, page: number): Span[] {
  const { labels } = ctx;
  const verb = labels.link[link.type][link.reverse ? 1 : 0];
  const where = target ? `${labels.excerpt}\u00A0${target.number}${labels.listSeparator}${labels.page(page)}` : labels.notInDossier;
  const snippet = target ? ` “${isolate(shorten(target.quote, 60))}”` : '';
  return [
    ctx.text('› ', sizes.small, colors.accent, 'bold'),
    ctx.text(`${verb}: `, sizes.small, colors.text, 'bold'),
    { text: where, style: { size: sizes.small, color: colors.accent, weight: 'regular', goTo: target?.dest } },
    ctx.text(snippet + (link.note ? ` — ${isolate(link.note)}` : ''), sizes.small, colors.grey),
  ];
}

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
