/** A small but complete dossier: English sections, a Persian section, a claims table that breaks. */
import type { DossierDocument, ExcerptBlock } from '../../../main/dossier/model';

export const PERSIAN_MIXED = 'سازمان مجاهدین خلق (MKO) گفت ۲۰۸ نفر در کمپ اشرف';
export const PERSIAN_LONG =
  'ما در زمستان سال ۱۳۶۵ از روستا بیرون آمدیم و چند روز در راه بودیم. پدرم می‌گفت که باید پیش از برف به مرز برسیم، ' +
  'اما جاده‌ها بسته بود و ما مجبور شدیم از کوه برویم. در آن سفر، خانواده‌های زیادی با ما بودند و هر کس چیزی از خانه‌اش با خود آورده بود؛ ' +
  'کسی فرش، کسی قرآن، و کسی فقط یک عکس قدیمی.';

function excerpt(id: string, quote: string, extra: Partial<ExcerptBlock> = {}): ExcerptBlock {
  return {
    kind: 'excerpt',
    id,
    quote,
    citation: { interviewTitle: 'Interview with Maryam K.', interviewee: 'Maryam K.', interviewer: 'J. Doe', date: '2019-04-12', speaker: 'Maryam K.', passage: 12, time: 754, file: 'interviews/maryam-k.txt' },
    ...extra,
  };
}

export function sampleDossier(overrides: Partial<DossierDocument['options']> = {}): DossierDocument {
  const claimRows = Array.from({ length: 46 }, (_, i) => ({
    value: String(180 + i),
    unit: 'people',
    asOf: `19${86 + (i % 10)}`,
    source: i % 7 === 0 ? 'Camp register (copy)' : `Interview ${i + 1}`,
    excerptId: i === 0 ? 'e1' : undefined,
    conflict: i % 5 === 2,
  }));
  return {
    title: 'Displacement from the border villages, 1986–1988',
    author: 'Sara Ahmadi',
    date: '2026-11-28',
    purpose: 'Evidence file prepared for the editor of the investigative series.',
    paper: 'A4',
    language: 'en',
    options: { includeNotes: true, includeCodes: true, includeMemos: true, pageNumbers: true, tagged: true, pdfa: false, appendixInterviews: true, ...overrides },
    sections: [
      {
        id: 'arrival',
        title: 'Arrival at the camp',
        intro: 'Accounts of the first weeks, in the order the witnesses tell them.',
        blocks: [
          excerpt('e1', 'We were two hundred and eight people when the trucks stopped at the gate.', {
            before: 'It was already dark and nobody knew where we were.',
            after: 'Then the soldiers counted us again.',
            note: 'The same figure appears in the camp register.',
            codes: ['arrival', 'numbers'],
            entities: ['Camp Ashraf', 'Maryam K.'],
            links: [{ type: 'contradicts', targetExcerptId: 'e3', note: 'different head count' }],
          }),
          { kind: 'paragraph', text: 'The witnesses agree on the date but not on the number of people.' },
          excerpt('e2', 'My father said the border was closed after the snow came, and so we went through the mountains with the mules.', {
            codes: ['route'],
            entities: ['Maryam K.'],
            links: [{ type: 'supports', targetExcerptId: 'e1' }],
            citation: { interviewTitle: 'Interview with Reza P.', interviewee: 'Reza P.', file: 'interviews/reza-p.vtt', time: 3725 },
          }),
          { kind: 'memo', title: 'Open question', body: 'Check the register against the Red Cross lists before publication.' },
        ],
      },
      {
        id: 'counts',
        title: 'How many people?',
        blocks: [
          excerpt('e3', 'There were more than three hundred of us, I counted the families myself.', { entities: ['Camp Ashraf'], codes: ['numbers'] }),
          { kind: 'claims', about: 'Number of people at the gate', rows: claimRows },
        ],
      },
      {
        id: 'persian',
        title: 'روایت‌ها به فارسی',
        blocks: [
          excerpt('e4', PERSIAN_MIXED, { entities: ['Camp Ashraf', 'MKO'], codes: ['سازمان'], note: 'The witness uses the Persian name of the organisation.' }),
          { kind: 'paragraph', text: PERSIAN_LONG },
        ],
      },
    ],
    names: [
      { name: 'Camp Ashraf', aliases: ['Ashraf camp', 'کمپ اشرف'] },
      { name: 'MKO', aliases: ['سازمان مجاهدین خلق', 'Mojahedin-e Khalq'] },
      { name: 'Maryam K.' },
      { name: 'Red Cross' },
      { name: 'Nobody Printed' },
      // Names extraction finds such words; "not" in the text is not the name "NOT".
      { name: 'NOT' },
    ],
    appendix: [{ title: 'Interview with Maryam K.', meta: '2019-04-12 · interviewer J. Doe · interviews/maryam-k.txt', text: 'Q: Where were you born?\nA: In a village near the border.\n\nQ: When did you leave?\nA: In the winter of 1986.' }],
  };
}
