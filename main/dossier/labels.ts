/** The dossier's own words and numbers, in English and Persian. Citations are written in citations.ts. */
import type { LinkType } from './model';

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
  citation: { interviewee: string; interviewer: string; speaker: string; passage: string; file: string; recording: string; citedAt: string };
  /** The dossier's own numbers (pages, notes, excerpts) in the dossier's digits. */
  num: (n: number | string) => string;
  /** Between items of a list ("3, 5") and between the fields of a reference ("title; file"). */
  listSeparator: string;
  fieldSeparator: string;
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
  citation: { interviewee: 'interviewee', interviewer: 'interviewer', speaker: 'speaker', passage: '¶', file: 'file', recording: 'recording', citedAt: 'Cited' },
  num: (n) => String(n),
  listSeparator: ', ',
  fieldSeparator: '; ',
};

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persian = (n: number | string): string => String(n).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)] ?? d);

const fa: Labels = {
  contents: 'فهرست',
  sources: 'منابع',
  index: 'نمایه نام‌ها',
  appendix: 'پیوست: مصاحبه‌ها',
  excerpt: 'گزیده',
  note: 'یادداشت',
  memo: 'یادداشت پژوهشی',
  page: (n) => `ص\u00A0${persian(n)}`,
  pageOf: (x, y) => `صفحه ${persian(x)} از ${persian(y)}`,
  preparedBy: 'تهیه‌کننده',
  summary: (e, i) => `${persian(e)} گزیده از ${persian(i)} مصاحبه`,
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
  citation: { interviewee: 'مصاحبه‌شونده', interviewer: 'مصاحبه‌گر', speaker: 'گوینده', passage: 'بند', file: 'پرونده', recording: 'ضبط', citedAt: 'نقل‌شده' },
  num: persian,
  listSeparator: '، ',
  fieldSeparator: '؛ ',
};

export function labelsFor(language: 'en' | 'fa' | undefined): Labels {
  return language === 'fa' ? fa : en;
}

