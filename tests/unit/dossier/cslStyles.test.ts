/**
 * Dossier citations in Chicago author-date and APA through citeproc-js and the shipped styles:
 * the shapes each manual prescribes for an interview, the disambiguation only a real processor
 * does, and the printed PDF (its own text, via pdftotext) carrying the style's entries.
 */
import { describe, expect, it } from 'vitest';
import { cslCitationStyle } from '../../../main/dossier/csl/cslCitationStyle';
import { labelsFor } from '../../../main/dossier/labels';
import type { Citation } from '../../../main/dossier/model';
import { renderDossier } from '../../../main/dossier';
import { hasPoppler, run, saveTemp } from './poppler';
import { sampleDossier } from './sample';

const en = labelsFor('en');
const karimi: Citation = {
  interviewTitle: 'Life in Camp Ashraf',
  interviewee: 'Hamid Karimi',
  interviewer: 'Tomas Varga',
  date: '2003-05-04',
  place: 'Arbil',
  publisher: 'Kurdistan Oral History Project',
  speaker: 'Hamid Karimi',
  passage: 12,
  time: 754,
  file: 'interviews/karimi.srt',
};

describe('CSL citation styles', () => {
  it('Chicago author-date: "Surname, Given. Year." in the entry, (Surname Year, para. N) in the text', () => {
    const style = cslCitationStyle('chicago-author-date', 'en', [karimi]);
    const entry = style.reference(karimi, en);
    expect(entry).toMatch(/^\u2068Karimi, Hamid\. 2003\. Life in Camp Ashraf/);
    expect(entry).toContain('Interview by Tomas Varga');
    expect(entry).toContain('Kurdistan Oral History Project');
    expect(entry.endsWith('File: \u2068interviews/karimi.srt\u2069.')).toBe(true);
    expect(style.attribution(karimi, en)).toBe('— \u2068Hamid Karimi\u2069 \u2068(Karimi 2003, para. 12)\u2069, 00:12:34');
  });

  it('APA: initials, the full date in parentheses and the interviewer\'s role', () => {
    const style = cslCitationStyle('apa', 'en', [karimi]);
    const entry = style.reference(karimi, en);
    expect(entry).toMatch(/^\u2068Karimi, H\. \(2003, May 4\)\. Life in Camp Ashraf/);
    expect(entry).toContain('T. Varga, Interviewer');
    expect(style.attribution(karimi, en)).toContain('(Karimi, 2003, para. 12)');
  });

  it('tells two interviews of one person in one year apart (2003a, 2003b), as a processor must', () => {
    const second: Citation = { ...karimi, interviewTitle: 'Leaving the camp', file: 'interviews/karimi-2.srt', passage: 3 };
    const style = cslCitationStyle('chicago-author-date', 'en', [karimi, second]);
    const years = [style.attribution(karimi, en), style.attribution(second, en)].map((a) => /2003[ab]/.exec(a)?.[0]);
    expect(new Set(years)).toEqual(new Set(['2003a', '2003b']));
    const entryYear = /2003[ab]/.exec(style.reference(second, en))?.[0];
    expect(entryYear).toBe(years[1]);
  });

  it('leaves a title such as "Dr." out of the name, as the styles print none', () => {
    const doctor: Citation = { ...karimi, interviewee: 'Dr. Miriam Achterberg' };
    const entry = cslCitationStyle('apa', 'en', [doctor]).reference(doctor, en);
    expect(entry).toMatch(/^\u2068Achterberg, M\. \(2003/);
  });

  it('leaves a nickname in parentheses out of the initials', () => {
    const nicknamed: Citation = { ...karimi, interviewee: 'A.G. (Sandy) Fraser' };
    expect(cslCitationStyle('apa', 'en', [nicknamed]).reference(nicknamed, en)).toMatch(/^\u2068Fraser, A\. G\. \(2003/);
  });

  it('keeps a Persian name whole, as written', () => {
    const persian: Citation = { interviewTitle: 'گفت‌وگو با بهروز نیک‌نام', interviewee: 'بهروز نیک‌نام', date: '2008', file: 'fa/niknam.txt', passage: 2 };
    const style = cslCitationStyle('apa', 'fa', [persian]);
    expect(style.reference(persian, labelsFor('fa'))).toContain('بهروز نیک‌نام');
  });

  it.skipIf(!hasPoppler)('prints the style\'s entries in the PDF\'s sources and under each quote', async () => {
    const doc = { ...sampleDossier(), citationStyle: 'apa' as const };
    const { pdf } = await renderDossier(doc);
    const text = run('pdftotext', ['-layout', saveTemp(pdf), '-']).replace(/\s+/g, ' ');
    // The sample's source, "Maryam K." interviewed by "J. Doe" on 2019-04-12, names no archive:
    // APA cites an unarchived interview as a personal communication.
    expect(text).toContain('— Maryam K. (M. K., personal communication, April 12, 2019, para. 12), 00:12:34');
    expect(text).toContain('[1] K., M. (2019, April 12). Interview with Maryam K. (J. Doe, Interviewer) [Personal communication]. File: interviews/maryam-k.txt.');
    const plain = run('pdftotext', ['-layout', saveTemp((await renderDossier(sampleDossier())).pdf), '-']);
    expect(plain).not.toContain('(2019, April 12)');
  });
});
