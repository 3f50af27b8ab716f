/** Free text: the researcher's paragraphs and memos, and interview text in the appendix. */
import type { MemoBlock } from '../model';
import { colors, sizes, type DossierContext } from '../layout/context';
import type { StructElement } from '../layout/tags';
import { isolate } from '../text/isolate';

/** Paragraphs separated by blank lines; single newlines stay line breaks. */
export function drawText(ctx: DossierContext, text: string, parent: StructElement | undefined, size = sizes.body, color = colors.text): void {
  for (const chunk of text.split(/\n\s*\n/)) {
    const trimmed = chunk.trim();
    if (!trimmed) continue;
    ctx.flow.draw(ctx.flow.layout([ctx.text(trimmed, size, color)]), { tag: ctx.tags.element('P', parent) });
    ctx.flow.y += size * 0.6;
  }
}

export function drawMemo(ctx: DossierContext, memo: MemoBlock, parent: StructElement | undefined): void {
  const { flow } = ctx;
  const tag = ctx.tags.element('Div', parent, memo.title);
  const title = flow.layout([ctx.text(`${ctx.labels.memo}: `, sizes.body, colors.grey, 'bold'), ctx.text(isolate(memo.title), sizes.body, colors.text, 'bold')], 10, { direction: ctx.direction });
  flow.ensure(title.lineHeight * 3);
  const rule = (top: number, height: number, rtl: boolean): void => {
    ctx.pdf.rect(flow.ruleX(rtl, 0, 2.5), top, 2.5, height).fill(colors.rule);
  };
  flow.draw(title, { indent: 10, tag: ctx.tags.element('H3', tag), decorate: rule });
  for (const chunk of memo.body.split(/\n\s*\n/)) {
    if (!chunk.trim()) continue;
    flow.draw(flow.layout([ctx.text(chunk.trim(), 9.5, colors.text)], 10), { indent: 10, tag: ctx.tags.element('P', tag), decorate: rule });
  }
  flow.y += 12;
}
