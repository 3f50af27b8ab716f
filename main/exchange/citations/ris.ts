/**
 * RIS in the layout Zotero's RIS translator reads and writes for interviews: TY PCOMM, AU the
 * interviewee and A2 the interviewer ("Family, Given"), DA YYYY/MM/DD/, PY the year, M3 the
 * medium, DB the archive, AN the archive location, UR, LA, KW one per tag, CY the place, N1 notes.
 */
import type { Interview } from '../../library/types';
import { cslItem, type CslName } from './csl';

const name = (n: CslName): string => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
const clean = (value: string): string => value.replace(/[\r\n]+/g, ' ').trim();

function risDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}/${m ?? ''}/${d ?? ''}/`;
}

export function risRecord(i: Interview): string {
  const item = cslItem(i);
  const lines: [string, string | undefined][] = [
    ['TY', 'PCOMM'],
    ['TI', item.title],
    ...(item.author ?? []).map((a): [string, string] => ['AU', name(a)]),
    ...(item.interviewer ?? []).map((a): [string, string] => ['A2', name(a)]),
    ['DA', i.date ? risDate(i.date) : undefined],
    ['PY', i.date?.slice(0, 4)],
    ['CY', item['event-place']],
    ['M3', item.medium],
    ['DB', item.archive],
    ['AN', item.archive_location],
    ['UR', item.URL],
    ['LA', item.language],
    ...(i.tags ?? []).map((t): [string, string] => ['KW', t]),
    ['N1', i.rights ? `Rights: ${i.rights}` : undefined],
    ['ID', i.id],
  ];
  return `${lines.filter(([, v]) => v).map(([tag, v]) => `${tag}  - ${clean(v!)}`).join('\r\n')}\r\nER  - \r\n`;
}

export function toRis(interviews: Interview[]): string {
  return interviews.map(risRecord).join('\r\n');
}
