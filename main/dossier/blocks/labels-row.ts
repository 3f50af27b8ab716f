import { colors, sizes, type DossierContext } from '../layout/context';
import type { StructElement } from '../layout/tags';
import { drawLine } from '../text/draw';

const PAD_X = 4;
const GAP = 4;
const HEIGHT = 13;

/** Small rounded labels (excerpt number, codes) that wrap onto further rows when needed. */
export function drawLabels(ctx: DossierContext, texts: string[], parent: StructElement | undefined): void {
  const { flow, pdf } = ctx;
  const tag = ctx.tags.element('P', parent);
  let x = 0;
  flow.ensure(HEIGHT + GAP);
  texts.forEach((text, i) => {
    const para = flow.layout([ctx.text(text, sizes.tiny, i === 0 ? colors.text : colors.accent, i === 0 ? 'bold' : 'regular')], 0, { direction: ctx.rtl ? 'rtl' : 'ltr' });
    const line = para.lines[0];
    if (!line) return;
    const w = line.width + 2 * PAD_X;
    if (x > 0 && x + w > flow.width) {
      x = 0;
      flow.y += HEIGHT + GAP;
      flow.ensure(HEIGHT + GAP);
    }
    const left = ctx.rtl ? flow.box.left + flow.width - x - w : flow.box.left + x;
    const top = flow.y;
    if (i > 0) flow.artifact(() => pdf.roundedRect(left, top, w, HEIGHT, 3).fill(colors.labelBg));
    // Runs of a right-to-left label sit at the far end of the paragraph width: shift them back.
    const shift = para.rtl ? para.width - line.width : 0;
    flow.marked(tag, () => drawLine(pdf, { ...para, lineHeight: HEIGHT, ascent: HEIGHT * 0.5 + sizes.tiny * 0.36 }, line, left + PAD_X - shift, top));
    x += w + GAP;
  });
  flow.y += HEIGHT + GAP;
}
