/** The cover: title, author, date, purpose, and what the dossier holds. */
import { colors, sizes, type DossierContext } from '../layout/context';
import { isolate } from '../text/isolate';

export function drawCover(ctx: DossierContext, excerptCount: number, interviewCount: number): void {
  const { flow, doc, labels } = ctx;
  flow.newPage();
  const tag = ctx.tags.element('Sect', undefined, 'Cover');
  flow.y = flow.box.top + 120;
  flow.artifact(() => ctx.pdf.rect(ctx.rtl ? flow.box.left + flow.width - 60 : flow.box.left, flow.y - 24, 60, 4).fill(colors.accent));
  const direction = ctx.direction;
  flow.draw(flow.layout([ctx.text(isolate(doc.title), sizes.title, colors.text, 'bold')], 0, { leading: 1.25, direction }), { tag: ctx.tags.element('H1', tag) });
  flow.y += 18;
  const line = (text: string, size = 12, color = colors.text): void => {
    flow.draw(flow.layout([ctx.text(text, size, color)], 0, { direction }), { tag: ctx.tags.element('P', tag) });
  };
  if (doc.author.trim()) line(`${labels.preparedBy} ${isolate(doc.author.trim())}`);
  line(formatDate(doc.date, doc.language ?? 'en'), 12, colors.grey);
  if (doc.purpose) {
    flow.y += 24;
    flow.draw(flow.layout([ctx.text(labels.purpose, sizes.small, colors.grey, 'bold')], 0, { direction }), { tag: ctx.tags.element('P', tag) });
    line(isolate(doc.purpose), 11);
  }
  flow.y = flow.bottom - 30;
  line(labels.summary(excerptCount, interviewCount), sizes.small, colors.grey);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const locale = language === 'fa' ? 'fa-IR' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
