import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../main/library/types';
import { toRis } from '../../../main/exchange/citations/ris';
import { toBibtex } from '../../../main/exchange/citations/bibtex';
import { cslItem } from '../../../main/exchange/citations/csl';

const interview: Interview = {
  id: 'abc123', path: 'routes/jordan-route-2008.srt', format: 'srt', title: 'Crossing from Jordan: a route {and} 100% of it', text: 'x', passages: [], hash: 'h', words: 1,
  interviewee: 'Hamid Karimi', interviewer: 'Sara de la Cruz', date: '2008-05-03', place: 'Amman, Jordan', language: 'en', tags: ['route', 'Jordan'],
  publisher: 'Camp Ashraf Oral History Project', rights: 'CC BY 4.0', url: 'https://example.org/items/42',
};

/**
 * How Zotero's RIS translator files each tag of an interview record (its field map: AU → interviewee,
 * A2 → interviewer, M3 → interview medium, DB → archive, AN → archive location, …), written out here
 * so the test reads our RIS the way the reference manager does.
 */
const ZOTERO_INTERVIEW: Record<string, string> = {
  TI: 'title', AU: 'creators/interviewee', A2: 'creators/interviewer', DA: 'date', PY: 'date', M3: 'interviewMedium', DB: 'archive', AN: 'archiveLocation',
  UR: 'url', LA: 'language', KW: 'tags', N1: 'notes', CY: 'place', ID: 'itemID',
};

function readAsZotero(ris: string): Record<string, string[]>[] {
  const items: Record<string, string[]>[] = [];
  let item: Record<string, string[]> | undefined;
  for (const line of ris.split(/\r\n/)) {
    const m = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/.exec(line);
    if (!m) continue;
    const [, tag, value] = m as unknown as [string, string, string];
    if (tag === 'TY') item = { TY: [value] };
    else if (tag === 'ER') {
      items.push(item!);
      item = undefined;
    }
    else {
      const field = ZOTERO_INTERVIEW[tag];
      if (!field) throw new Error(`Zotero would not know where to put ${tag}`);
      (item![field] ??= []).push(value);
    }
  }
  return items;
}

describe('citations for reference managers', () => {
  it('RIS lands in Zotero’s interview fields: interviewee, interviewer, date, medium, archive, location, URL, language, tags', () => {
    const ris = toRis([interview, { ...interview, id: 'two', interviewee: 'مریم صادقی', date: '2008' }]);
    expect(ris).toMatch(/^TY {2}- PCOMM\r\n/);
    const [one, two] = readAsZotero(ris);
    expect(one).toEqual({
      TY: ['PCOMM'], title: [interview.title], 'creators/interviewee': ['Karimi, Hamid'], 'creators/interviewer': ['Cruz, Sara de la'], date: ['2008/05/03/', '2008'],
      place: ['Amman, Jordan'], interviewMedium: ['Subtitles (SRT)'], archive: ['Camp Ashraf Oral History Project'], archiveLocation: ['routes/jordan-route-2008.srt'],
      url: ['https://example.org/items/42'], language: ['en'], tags: ['route', 'Jordan'], notes: ['Rights: CC BY 4.0'], itemID: ['abc123'],
    });
    // A name in a script without capitals stays whole, and a year alone is a year.
    expect(two?.['creators/interviewee']).toEqual(['مریم صادقی']);
    expect(two?.date).toEqual(['2008///', '2008']);
  });

  it('CSL-JSON is of type interview with structured names and date parts', () => {
    expect(cslItem(interview)).toMatchObject({
      type: 'interview', title: interview.title, author: [{ family: 'Karimi', given: 'Hamid' }], interviewer: [{ family: 'Cruz', given: 'Sara de la' }],
      issued: { 'date-parts': [[2008, 5, 3]] }, 'event-place': 'Amman, Jordan', archive: 'Camp Ashraf Oral History Project', archive_location: 'routes/jordan-route-2008.srt', URL: 'https://example.org/items/42',
    });
  });

  it('BibTeX escapes LaTeX specials, keeps keys unique, and gives author, date and interviewer', () => {
    const bib = toBibtex([interview, { ...interview, id: 'x2' }]);
    expect(bib.match(/^@misc\{(\w+),/gm)).toEqual(['@misc{karimi2008,', '@misc{karimi2008b,']);
    expect(bib).toContain('title = {{Crossing from Jordan: a route \\{and\\} 100\\% of it}}');
    expect(bib).toContain('author = {Karimi, Hamid}');
    expect(bib).toContain('note = {Interviewed by Sara de la Cruz}');
    expect(bib).toContain('date = {2008-05-03}');
    // Every brace opened is closed: the file parses.
    expect([...bib].filter((c) => c === '{').length - [...bib].filter((c) => c === '}').length).toBe(0);
  });
});
