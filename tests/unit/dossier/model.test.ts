import { describe, expect, it } from 'vitest';
import { DossierDocumentSchema } from '../../../main/dossier/model';
import { fullCitation, labelsFor, shortCitation, timecode } from '../../../main/dossier/labels';
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

  it('names interview, people, date, speaker, paragraph, timecode and file', () => {
    const c = { interviewTitle: 'Interview with A.', interviewee: 'A.', interviewer: 'B.', date: '2019-04-12', speaker: 'A.', passage: 12, time: 754, file: 'a/b.txt' };
    expect(fullCitation(c, labels)).toBe('Interview with A.; interviewee: A.; interviewer: B.; 2019-04-12; speaker: A.; ¶ 12, 00:12:34; file: a/b.txt.');
    expect(shortCitation(c, labels)).toBe('— A., Interview with A., ¶ 12, 00:12:34');
    expect(shortCitation({ interviewTitle: 'T', file: 'f' }, labels)).toBe('— T');
  });
});
