import { describe, expect, it } from 'vitest';
import { DossierDocumentSchema } from '../../../main/dossier/model';
import { labelsFor } from '../../../main/dossier/labels';
import { defaultCitationStyle as style, timecode } from '../../../main/dossier/citations';
import { stripControls } from '../../../main/dossier/text/isolate';
import { sampleDossier } from './sample';

describe('dossier model', () => {
  it('accepts the sample dossier', () => {
    expect(DossierDocumentSchema.safeParse(sampleDossier()).success).toBe(true);
  });

  it('rejects an excerpt id used twice, a bad date and an unknown link type', () => {
    const doc = sampleDossier();
    const first = doc.sections[0]?.blocks[0];
    doc.sections[1]?.blocks.push(structuredClone(first!));
    const result = DossierDocumentSchema.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join()).toMatch(/e1.*twice/);

    expect(DossierDocumentSchema.safeParse({ ...sampleDossier(), date: '28/11/2026' }).success).toBe(false);
    const badLink = sampleDossier();
    const excerpt = badLink.sections[0]?.blocks[0];
    if (excerpt?.kind === 'excerpt') excerpt.links = [{ type: 'refutes' as 'supports', targetExcerptId: 'e2' }];
    expect(DossierDocumentSchema.safeParse(badLink).success).toBe(false);
  });
});

describe('citations', () => {
  const labels = labelsFor('en');
  it('formats timecodes as hh:mm:ss', () => {
    expect(timecode(0)).toBe('00:00:00');
    expect(timecode(754)).toBe('00:12:34');
    expect(timecode(3725.9)).toBe('01:02:05');
  });

  it('names interview, people, date and file in the endnote, and speaker and place under the quote', () => {
    const c = { interviewTitle: 'Interview with A.', interviewee: 'A.', interviewer: 'B.', date: '2019-04-12', speaker: 'A.', passage: 12, time: 754, file: 'a/b.txt' };
    expect(stripControls(style.reference(c, labels))).toBe('Interview with A.; interviewee: A.; interviewer: B.; 2019-04-12; file: a/b.txt.');
    expect(stripControls(style.attribution(c, labels))).toBe('— A., Interview with A., ¶\u00A012, 00:12:34');
    expect(stripControls(style.attribution({ interviewTitle: 'T', file: 'f' }, labels))).toBe('— T');
  });

  it('names the person behind a turn label, and says the role when the metadata has no name', () => {
    expect(stripControls(style.attribution({ interviewTitle: 'T', file: 'f', role: 'interviewer' }, labels))).toBe('— interviewer, T');
    expect(stripControls(style.attribution({ interviewTitle: 'T', file: 'f', role: 'interviewer', interviewer: 'Tomas Varga' }, labels))).toBe('— Tomas Varga, T');
  });

  it('one source, one endnote: the key ignores where in the interview a quote is', () => {
    const a = { interviewTitle: 'T', interviewee: 'X', file: 'f', passage: 3 };
    expect(style.sourceKey(a)).toBe(style.sourceKey({ ...a, passage: 9, speaker: 'Y' }));
    expect(style.sourceKey(a)).not.toBe(style.sourceKey({ ...a, file: 'g' }));
  });

  it('isolates each value, so a Persian title keeps its own direction in an English line', () => {
    const persian = { interviewTitle: 'گفت‌وگو (۱۳۸۶)', interviewee: 'مریم صادقی', file: 'fa.md', passage: 7 };
    const ref = style.reference(persian, labels);
    expect(ref).toContain('\u2068گفت‌وگو (۱۳۸۶)\u2069; interviewee: \u2068مریم صادقی\u2069');
  });

  it('writes a Persian dossier\'s own numbers in Persian digits', () => {
    const fa = labelsFor('fa');
    expect(fa.pageOf(3, 6)).toBe('صفحه ۳ از ۶');
    expect(style.locator({ interviewTitle: 'T', file: 'f', passage: 12, time: 754 }, fa)).toBe('بند\u00A0۱۲، ۰۰:۱۲:۳۴');
  });
});
