import { it } from 'vitest';
import PDFDocument from 'pdfkit';
import { FONT_NAMES, fontData } from '../../../main/dossier/fonts';
import { TextMeasure } from '../../../main/dossier/text/measure';
import { layoutParagraph } from '../../../main/dossier/text/paragraph';
it('runs', () => {
  const pdf = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  for (const n of FONT_NAMES) pdf.registerFont(n, fontData(n));
  const m = new TextMeasure(pdf);
  const s = '— \u2068مریم صادقی\u2069, \u2068گفت‌وگو با\u2069, ¶\u00a07';
  const p = layoutParagraph(m, [{ text: s, style: { size: 10, color: '#000', weight: 'regular' } }], 400, { direction: 'ltr' });
  console.log(JSON.stringify(p.lines.map((l) => l.runs.map((r) => [r.text, r.x.toFixed(1), r.shaped, r.font]))));
});
