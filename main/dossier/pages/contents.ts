/**
 * Contents. Its pages are reserved before the body is laid out (the number of entries is known
 * in advance, one line each) and filled at the end, so the dossier is laid out only once.
 */
import { colors, sizes, type DossierContext } from '../layout/context';
import { drawLine } from '../text/draw';
import { shorten } from '../blocks/excerpt';

const LINE = 18;
const HEADING = 48;

export interface ContentsPages {
  first: number;
  count: number;
}

export function reserveContents(ctx: DossierContext, entries: number): ContentsPages {
  const { flow } = ctx;
  const perPage = Math.floor((flow.bottom - flow.box.top - HEADING) / LINE);
  const count = Math.max(1, Math.ceil(entries / perPage));
  const first = flow.page + 1;
  for (let i = 0; i < count; i++) flow.newPage();
  return { first, count };
}

export function fillContents(ctx: DossierContext, pages: ContentsPages): void {
  const { flow, pdf, labels } = ctx;
  const tag = ctx.tags.element('TOC');
  let page = pages.first;
  pdf.switchToPage(page);
  flow.y = flow.box.top;
  ctx.destination('contents');
  const heading = flow.layout([ctx.text(labels.contents, sizes.h1, colors.text, 'bold')]);
  flow.marked(ctx.tags.element('H1', tag), () => heading.lines[0] && drawLine(pdf, heading, heading.lines[0], flow.box.left, flow.y));
  flow.y += HEADING;
  for (const entry of ctx.toc) {
    if (flow.y + LINE > flow.bottom) {
      page++;
      pdf.switchToPage(page);
      flow.y = flow.box.top;
    }
    const number = String(entry.page);
    const numberWidth = flow.measure.width('latin-regular', number, sizes.body);
    const indent = entry.level === 2 ? 16 : 0;
    const title = flow.layout([ctx.text(shorten(entry.title, 80), sizes.body, entry.level === 2 ? colors.grey : colors.text)], 40 + indent, 'ltr');
    const line = title.lines[0];
    const top = flow.y;
    const item = ctx.tags.element('TOCI', tag);
    flow.marked(item, () => {
      if (line) drawLine(pdf, title, line, flow.box.left + indent, top);
      pdf.font('latin-regular').fontSize(sizes.body).fillColor(colors.text);
      pdf.text(number, flow.box.left + flow.width - numberWidth, top + title.ascent, { lineBreak: false, baseline: 'alphabetic' });
    });
    const from = flow.box.left + indent + (line?.width ?? 0) + 6;
    const to = flow.box.left + flow.width - numberWidth - 6;
    if (to > from) {
      flow.artifact(() => pdf.moveTo(from, top + title.ascent).lineTo(to, top + title.ascent).lineWidth(0.6).dash(0.6, { space: 3 }).stroke(colors.faint).undash());
    }
    pdf.goTo(flow.box.left, top, flow.width, LINE, entry.dest);
    flow.y += LINE;
  }
}
