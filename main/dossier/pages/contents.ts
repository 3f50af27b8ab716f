/**
 * Contents. Its pages are reserved before the body is laid out (the number of entries is known
 * in advance, one line each) and filled at the end, so the dossier is laid out only once.
 */
import { colors, sizes, type DossierContext } from '../layout/context';
import { drawLine } from '../text/draw';
import { shorten } from '../blocks/excerpt';
import type { StructElement } from '../layout/tags';
import { isolate } from '../text/isolate';

const LINE = 18;
const HEADING = 48;

export interface ContentsPages {
  first: number;
  count: number;
  /** Created in reading order, filled at the end. */
  tag: StructElement | undefined;
}

export function reserveContents(ctx: DossierContext, entries: number): ContentsPages {
  const { flow } = ctx;
  const perPage = Math.floor((flow.bottom - flow.box.top - HEADING) / LINE);
  const count = Math.max(1, Math.ceil(entries / perPage));
  const first = flow.page + 1;
  for (let i = 0; i < count; i++) flow.newPage();
  return { first, count, tag: ctx.tags.element('TOC') };
}

export function fillContents(ctx: DossierContext, pages: ContentsPages): void {
  const { flow, pdf, labels } = ctx;
  const tag = pages.tag;
  let page = pages.first;
  pdf.switchToPage(page);
  flow.y = flow.box.top;
  ctx.destination('contents');
  const heading = flow.layout([ctx.text(labels.contents, sizes.h1, colors.text, 'bold')]);
  const headingLine = heading.lines[0];
  if (headingLine) flow.marked(ctx.tags.element('H1', tag), () => drawLine(pdf, heading, headingLine, flow.box.left, flow.y));
  flow.y += HEADING;
  const rtl = ctx.rtl;
  for (const entry of ctx.toc) {
    if (flow.y + LINE > flow.bottom) {
      page++;
      pdf.switchToPage(page);
      flow.y = flow.box.top;
    }
    const number = flow.layout([ctx.text(labels.num(entry.page), sizes.body)]);
    const numberLine = number.lines[0];
    const numberWidth = numberLine?.width ?? 0;
    const indent = entry.level === 2 ? 16 : 0;
    const color = entry.level === 2 ? colors.grey : colors.text;
    const title = flow.layout([ctx.text(isolateTitle(shorten(entry.title, 80)), sizes.body, color)], 40 + indent, { direction: rtl ? 'rtl' : 'ltr' });
    const line = title.lines[0];
    const top = flow.y;
    const width = line?.width ?? 0;
    // Title from the start side, page number at the far end, a dotted leader between them.
    const titleLeft = rtl ? flow.box.left + 40 - indent : flow.box.left + indent;
    const numberX = rtl ? flow.box.left : flow.box.left + flow.width - numberWidth;
    const textStart = rtl ? titleLeft + title.width - width : titleLeft;
    const [from, to] = rtl ? [numberX + numberWidth + 6, textStart - 6] : [textStart + width + 6, numberX - 6];
    flow.marked(ctx.tags.element('TOCI', tag), () => {
      if (line) drawLine(pdf, title, line, titleLeft, top);
      // The number's own paragraph starts at its right edge when it is in Persian digits.
      if (numberLine) drawLine(pdf, { ...number, ascent: title.ascent }, numberLine, numberX - (number.rtl ? number.width - numberWidth : 0), top);
    });
    if (to > from) {
      flow.artifact(() => pdf.moveTo(from, top + title.ascent).lineTo(to, top + title.ascent).lineWidth(0.6).dash(0.6, { space: 3 }).stroke(colors.faint).undash());
    }
    pdf.goTo(flow.box.left, top, flow.width, LINE, entry.dest);
    flow.y += LINE;
  }
}

/** "3. روایت‌ها" in an English contents: the number stays first, the title keeps its own direction. */
function isolateTitle(title: string): string {
  const numbered = /^([\d۰-۹]+\. )(.*)$/su.exec(title);
  return numbered ? `${numbered[1]}${isolate(numbered[2] ?? '')}` : isolate(title);
}
