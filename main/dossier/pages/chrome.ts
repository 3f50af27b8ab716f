/** The running header (dossier title) and footer ("Page x of y") on every page but the cover. */
import { colors, sizes, type DossierContext } from '../layout/context';
import { drawLine } from '../text/draw';
import { shorten } from '../blocks/excerpt';

export function drawChrome(ctx: DossierContext): void {
  const { flow, pdf, labels, doc } = ctx;
  const total = pdf.bufferedPageRange().count;
  const header = flow.layout([ctx.text(shorten(doc.title, 90), sizes.tiny, colors.grey)]);
  const headerTop = flow.box.top - 34;
  for (let i = 1; i < total; i++) {
    pdf.switchToPage(i);
    flow.artifact(() => {
      const line = header.lines[0];
      if (line) drawLine(pdf, header, line, flow.box.left, headerTop);
      pdf.moveTo(flow.box.left, headerTop + header.lineHeight + 2).lineTo(flow.box.left + flow.width, headerTop + header.lineHeight + 2).lineWidth(0.5).stroke(colors.rule);
      if (!doc.options.pageNumbers) return;
      const footer = flow.layout([ctx.text(labels.pageOf(i + 1, total), sizes.tiny, colors.grey)]);
      const fline = footer.lines[0];
      if (fline) drawLine(pdf, footer, fline, flow.box.left + (flow.width - fline.width) / 2 - (footer.rtl ? flow.width - fline.width : 0), flow.bottom + 28);
    }, 'Pagination');
  }
}
