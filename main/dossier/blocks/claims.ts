/**
 * A claims table: value, unit, as of, source, and a flag column for rows that conflict. Rows
 * never split; when the next row does not fit, the table continues on a new page under a
 * repeated header row.
 */
import type { ClaimsBlock } from '../model';
import { colors, sizes, type DossierContext } from '../layout/context';
import type { StructElement } from '../layout/tags';
import type { Paragraph } from '../text/paragraph';
import { drawLine } from '../text/draw';
import type { Span } from '../text/style';
import { isolate } from '../text/isolate';

const FRACTIONS = [0.22, 0.12, 0.14, 0.4, 0.12];
const PAD = 4;

export function drawClaims(ctx: DossierContext, block: ClaimsBlock, parent: StructElement | undefined): void {
  const { flow, labels } = ctx;
  const widths = FRACTIONS.map((f) => f * flow.width);
  const cell = (spans: Span[], col: number): Paragraph => flow.layout(spans, flow.width - (widths[col] ?? 0) + 2 * PAD);
  const header = labels.columns.map((title, col) => cell([ctx.text(title, sizes.small, colors.text, 'bold')], col));
  const rows = block.rows.map((row) => {
    const target = row.excerptId ? ctx.excerpts.get(row.excerptId) : undefined;
    const source: Span[] = [ctx.text(row.source, sizes.small)];
    if (target) source.push({ text: ` (${labels.excerpt}\u00A0${target.number})`, style: { size: sizes.small, color: colors.accent, weight: 'regular', goTo: target.dest } });
    return {
      conflict: row.conflict === true,
      cells: [
        cell([ctx.text(row.value, sizes.small, colors.text, 'bold')], 0),
        cell([ctx.text(row.unit ?? '', sizes.small)], 1),
        cell([ctx.text(row.asOf ?? '', sizes.small)], 2),
        cell(source, 3),
        cell([ctx.text(row.conflict ? labels.conflict : '', sizes.small, colors.conflict, 'bold')], 4),
      ],
    };
  });
  const heightOf = (cells: Paragraph[]): number => Math.max(...cells.map((c) => c.lines.length * c.lineHeight)) + 2 * PAD;
  const headerHeight = heightOf(header);
  const table = ctx.tags.element('Table', parent);
  const caption = flow.layout([ctx.text(`${labels.claimsAbout}: ${isolate(block.about)}`, sizes.body, colors.accent, 'bold')], 0, { direction: ctx.direction });
  flow.ensure(caption.lineHeight + headerHeight + (rows[0] ? heightOf(rows[0].cells) : 0));
  flow.draw(caption, { tag: ctx.tags.element('Caption', table) });
  flow.y += 2;
  const drawRow = (cells: Paragraph[], height: number, fill: string | undefined, type: 'TH' | 'TD'): void => {
    const top = flow.y;
    const tr = ctx.tags.element('TR', table);
    flow.artifact(() => {
      if (fill) ctx.pdf.rect(flow.box.left, top, flow.width, height).fill(fill);
      ctx.pdf.moveTo(flow.box.left, top + height).lineTo(flow.box.left + flow.width, top + height).lineWidth(0.5).stroke(colors.rule);
    });
    // Columns run from the start side: right to left in a Persian dossier.
    let x = ctx.rtl ? flow.box.left + flow.width : flow.box.left;
    cells.forEach((para, col) => {
      const w = widths[col] ?? 0;
      const cellLeft = ctx.rtl ? x - w : x;
      const td = ctx.tags.element(type, tr);
      para.lines.forEach((line, i) => flow.marked(td, () => drawLine(ctx.pdf, para, line, cellLeft + PAD, top + PAD + i * para.lineHeight)));
      x += ctx.rtl ? -w : w;
    });
    flow.y += height;
  };
  drawRow(header, headerHeight, colors.headerBg, 'TH');
  for (const row of rows) {
    const height = heightOf(row.cells);
    if (flow.y + height > flow.bottom) {
      flow.newPage();
      const cont = flow.layout([ctx.text(`${labels.claimsAbout}: ${isolate(block.about)} ${labels.continued}`, sizes.small, colors.grey)]);
      flow.draw(cont, { tag: ctx.tags.element('P', table) });
      drawRow(header, headerHeight, colors.headerBg, 'TH');
    }
    drawRow(row.cells, height, row.conflict ? colors.conflictBg : undefined, 'TD');
  }
  flow.y += 12;
}
