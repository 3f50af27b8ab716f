/** The dossier's own words, in English and Persian, and the small formatters citations use. */
import type { Citation, LinkType } from './model';

export interface Labels {
  contents: string;
  sources: string;
  index: string;
  appendix: string;
  excerpt: string;
  note: string;
  memo: string;
  page: (n: number) => string;
  pageOf: (x: number, y: number) => string;
  preparedBy: string;
  summary: (excerpts: number, interviews: number) => string;
  purpose: string;
  claimsAbout: string;
  columns: [string, string, string, string, string];
  conflict: string;
  continued: string;
  citedOn: string;
  notInDossier: string;
  link: Record<LinkType, [forward: string, reverse: string]>;
  citation: { interviewee: string; interviewer: string; speaker: string; passage: string; file: string };
}

const en: Labels = {
  contents: 'Contents',
  sources: 'Sources',
  index: 'Index of names',
  appendix: 'Appendix: interviews',
  excerpt: 'Excerpt',
  note: 'Note',
  memo: 'Memo',
  page: (n) => `p.\u00A0${n}`,
  pageOf: (x, y) => `Page ${x} of ${y}`,
  preparedBy: 'Prepared by',
  summary: (e, i) => `${e} ${e === 1 ? 'excerpt' : 'excerpts'} from ${i} ${i === 1 ? 'interview' : 'interviews'}`,
  purpose: 'Purpose',
  claimsAbout: 'Claims',
  columns: ['Value', 'Unit', 'As of', 'Source', ''],
  conflict: 'conflict',
  continued: '(continued)',
  citedOn: 'cited on',
  notInDossier: 'not in this dossier',
  link: {
    supports: ['Supports', 'Supported by'],
    contradicts: ['Contradicts', 'Contradicted by'],
    'same event': ['Same event as', 'Same event as'],
    'see also': ['See also', 'See also'],
  },
  citation: { interviewee: 'interviewee', interviewer: 'interviewer', speaker: 'speaker', passage: '¶', file: 'file' },
};

const fa: Labels = {
  contents: 'فهرست',
  sources: 'منابع',
  index: 'نمایه نام‌ها',
  appendix: 'پیوست: مصاحبه‌ها',
  excerpt: 'گزیده',
  note: 'یادداشت',
  memo: 'یادداشت پژوهشی',
  page: (n) => `ص\u00A0${n}`,
  pageOf: (x, y) => `صفحه ${x} از ${y}`,
  preparedBy: 'تهیه‌کننده',
  summary: (e, i) => `${e} گزیده از ${i} مصاحبه`,
  purpose: 'هدف',
  claimsAbout: 'ادعاها',
  columns: ['مقدار', 'واحد', 'تاریخ', 'منبع', ''],
  conflict: 'تعارض',
  continued: '(ادامه)',
  citedOn: 'نقل در',
  notInDossier: 'در این پرونده نیست',
  link: {
    supports: ['تأیید می‌کند', 'تأیید شده توسط'],
    contradicts: ['در تعارض با', 'در تعارض با'],
    'same event': ['همان رویداد', 'همان رویداد'],
    'see also': ['نیز ببینید', 'نیز ببینید'],
  },
  citation: { interviewee: 'مصاحبه‌شونده', interviewer: 'مصاحبه‌گر', speaker: 'گوینده', passage: 'بند', file: 'پرونده' },
};

export function labelsFor(language: 'en' | 'fa' | undefined): Labels {
  return language === 'fa' ? fa : en;
}

/** 754 → "00:12:34". */
export function timecode(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** Where in the interview: "¶ 12", "00:12:34" or both. */
export function locator(c: Citation, labels: Labels): string {
  const parts: string[] = [];
  if (c.passage !== undefined) parts.push(`${labels.citation.passage} ${c.passage}`);
  if (c.time !== undefined) parts.push(timecode(c.time));
  return parts.join(', ');
}

/** The full reference of an endnote. */
export function fullCitation(c: Citation, labels: Labels): string {
  const l = labels.citation;
  const parts = [c.interviewTitle];
  if (c.interviewee) parts.push(`${l.interviewee}: ${c.interviewee}`);
  if (c.interviewer) parts.push(`${l.interviewer}: ${c.interviewer}`);
  if (c.date) parts.push(c.date);
  if (c.speaker) parts.push(`${l.speaker}: ${c.speaker}`);
  const where = locator(c, labels);
  if (where) parts.push(where);
  parts.push(`${l.file}: ${c.file}`);
  return parts.join('; ') + '.';
}

/** The short attribution printed under a quote. */
export function shortCitation(c: Citation, labels: Labels): string {
  const who = c.speaker ?? c.interviewee;
  return ['— ' + (who ? `${who}, ` : '') + c.interviewTitle, locator(c, labels)].filter(Boolean).join(', ');
}
