/** BibTeX (@misc, with the biblatex `date` beside `year`), escaped so LaTeX and Zotero read the fields back. */
import type { Interview } from '../../library/types';
import { cslItem, type CslName } from './csl';

const SPECIAL = /[\\{}&%$#_^~]/g;
const escape = (value: string): string => value.replace(SPECIAL, (c) => (c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`)).replace(/\s+/g, ' ').trim();
const name = (n: CslName): string => (n.literal ? `{${escape(n.literal)}}` : `${escape(n.family ?? '')}, ${escape(n.given ?? '')}`);

/** A citation key: the interviewee's family name (ASCII) and the year, unique within the export. */
function keyFor(i: Interview, taken: Set<string>): string {
  const who = (i.interviewee ? cslItem(i).author?.[0]?.family : undefined) ?? i.title;
  const base = `${who.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase().slice(0, 20) || 'interview'}${i.date?.slice(0, 4) ?? ''}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}${String.fromCharCode(96 + n)}`;
  taken.add(key);
  return key;
}

export function toBibtex(interviews: Interview[]): string {
  const taken = new Set<string>();
  return interviews.map((i) => {
    const item = cslItem(i);
    const fields: [string, string | undefined][] = [
      ['title', `{${escape(i.title)}}`],
      ['author', item.author?.map(name).join(' and ')],
      ['note', i.interviewer ? `Interviewed by ${escape(i.interviewer)}` : undefined],
      ['type', 'Interview'],
      ['date', i.date],
      ['year', i.date?.slice(0, 4)],
      ['month', i.date && i.date.length >= 7 ? String(Number(i.date.slice(5, 7))) : undefined],
      ['address', i.place && escape(i.place)],
      ['publisher', i.publisher && escape(i.publisher)],
      ['howpublished', item.medium && escape(item.medium)],
      ['url', i.url],
      ['language', i.language],
      ['keywords', i.tags?.map(escape).join(', ')],
      ['file', escape(i.path)],
    ];
    const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
    return `@misc{${keyFor(i, taken)},\n${body}\n}\n`;
  }).join('\n');
}
