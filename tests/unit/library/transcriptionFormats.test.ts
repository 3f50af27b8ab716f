import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOf } from '../../../main/library/formats';
import { expectValidPassages, readWritten, tempDir } from './helpers';

const fixtures = path.join(__dirname, '../../fixtures/transcriptions');
const fixture = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

const spoken = (passages: { speaker?: string; time?: number; endTime?: number }[]) => passages.map((p) => [p.speaker, p.time, p.endTime]);

describe('Praat TextGrid', () => {
  const expected = [['Laura Bennett', 0.6, 3.25], ['Soran Aziz', 3.8, 9.5]];

  it('reads the long text form: interval tiers are speakers, empty intervals are silence, "" is a quote', async () => {
    expect(formatOf('a.TextGrid')).toBe('textgrid');
    const interview = await readWritten(dir, 'long.TextGrid', fixture('border-long.TextGrid'));
    expect(spoken(interview.passages).slice(0, 2)).toEqual(expected);
    expect(interview.text).toContain('One of them said "twelve", another [sic] said fifteen.');
    // The point tier's mark is a passage at its time.
    expect(interview.passages.at(-1)).toMatchObject({ speaker: 'events', time: 9.1 });
    expectValidPassages(interview);
  });

  it('reads the short text form to the same passages, in UTF-8 and in UTF-16 with a byte-order mark', async () => {
    const short = fixture('border-short.TextGrid');
    const utf8 = await readWritten(dir, 'short.TextGrid', short);
    const le = await readWritten(dir, 'short-le.TextGrid', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(short, 'utf16le')]));
    const be = await readWritten(dir, 'short-be.TextGrid', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(short, 'utf16le').swap16()]));
    for (const interview of [utf8, le, be]) {
      expect(spoken(interview.passages)).toEqual(expected);
      expect(interview.text).toBe('When did the men reach Arbil?\n\nIn late December. One of them said "twelve", another [sic] said fifteen.');
    }
  });

  it('refuses a binary TextGrid, a cut-short one and a text file that is not one, each with a reason', async () => {
    await expect(readWritten(dir, 'binary.TextGrid', Buffer.from('ooBinaryFile\x08TextGrid\x00\x00'))).rejects.toThrow(/binary Praat TextGrid/);
    await expect(readWritten(dir, 'cut.TextGrid', fixture('border-short.TextGrid').slice(0, 220))).rejects.toThrow(/ends early \(tier 2\)/);
    await expect(readWritten(dir, 'other.TextGrid', 'hello world')).rejects.toThrow(/not a Praat TextGrid/);
  });
});

describe('ELAN', () => {
  it('reads two tiers with time slots and participants, unaligned slots, a dependent tier and the media descriptor', async () => {
    const interview = await readWritten(dir, 'clinic-two-tiers.eaf', fixture('clinic-two-tiers.eaf'));
    expect(interview).toMatchObject({ format: 'eaf', interviewer: 'Laura Bennett', interviewee: 'Soran Aziz', date: '2008-03-02', mediaRef: './clinic-two-tiers.wav' });
    expect(spoken(interview.passages)).toEqual([['Laura Bennett', 0.6, 4.2], ['Soran Aziz', 4.8, 12.5], ['Laura Bennett', 13.1, 15]]);
    expect(interview.text).toContain('Thank you & goodbye.');
    expect(interview.passages[1]?.keywords).toEqual(['ماندوو و لاواز']);
    expectValidPassages(interview);
  });

  it('gives no roles without a tier named for the interviewer', async () => {
    const unnamed = fixture('clinic-two-tiers.eaf').replace('TIER_ID="Interviewer"', 'TIER_ID="Speaker A"');
    const interview = await readWritten(dir, 'unnamed.eaf', unnamed);
    expect([interview.interviewer, interview.interviewee]).toEqual([undefined, undefined]);
    expect(interview.passages[0]?.speaker).toBe('Laura Bennett');
  });

  it('refuses entities (XXE), broken XML and other XML, never expanding anything', async () => {
    const xxe = '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<ANNOTATION_DOCUMENT><TIER TIER_ID="a"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="a1" TIME_SLOT_REF1="t"><ANNOTATION_VALUE>&x;</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>';
    await expect(readWritten(dir, 'xxe.eaf', xxe)).rejects.toThrow(/declares entities/);
    await expect(readWritten(dir, 'broken.eaf', fixture('clinic-two-tiers.eaf').slice(0, 900))).rejects.toThrow(/broken ELAN XML/);
    await expect(readWritten(dir, 'other.eaf', '<catalog><item/></catalog>')).rejects.toThrow(/not an ELAN transcript/);
  });
});

describe('Transcriber', () => {
  it('reads speakers, one passage per Sync, overlapping speech by <Who>, and the audio file name', async () => {
    const interview = await readWritten(dir, 'clinic.trs', fixture('clinic.trs'));
    expect(interview).toMatchObject({ format: 'trs', date: '2008-03-02', mediaRef: 'clinic' });
    expect(interview.interviewer).toBeUndefined();
    expect(interview.passages.map((p) => [p.speaker, p.time])).toEqual([['Laura Bennett', 0], ['Soran Aziz', 4.1], ['Soran Aziz', 8.75], ['Laura Bennett', 14.3], ['Soran Aziz', 14.3]]);
    expect(interview.passages.map((p) => p.endTime)).toEqual([4.1, 8.75, 14.3, undefined, 20.5]);
    expect(interview.text).toContain('A few went back to Iran.');
    expect(interview.text).not.toContain('cough');
  });

  it('refuses XML that is not a Transcriber file', async () => {
    await expect(readWritten(dir, 'other.trs', '<?xml version="1.0"?><Transcript/>')).rejects.toThrow(/not a Transcriber transcript/);
  });
});

describe('oTranscribe', () => {
  it('reads the HTML text with its timestamps and speakers, and the media file name', async () => {
    const interview = await readWritten(dir, 'clinic.otr', fixture('clinic.otr'));
    expect(interview).toMatchObject({ format: 'otr', mediaRef: 'clinic.ogg' });
    expect(interview.passages.map((p) => [p.speaker, p.time])).toEqual([['Laura Bennett', 0.6], ['Soran Aziz', 7.877], ['Laura Bennett', 65.2]]);
    expect(interview.text).toContain('Soran Aziz: Yes, from December 2007 & all that winter.');
    expect(interview.text).not.toMatch(/\b00:07\b|\[00:/);
  });

  it('refuses a file that is not JSON, or JSON without a text', async () => {
    await expect(readWritten(dir, 'bad.otr', '<p>not json</p>')).rejects.toThrow(/not valid JSON/);
    await expect(readWritten(dir, 'empty.otr', '{"media":"a.mp3"}')).rejects.toThrow(/no "text" field/);
  });
});

describe('plain text as transcription services export it', () => {
  it('reads "Speaker 1 (00:05):" lines (Rev) and "Name  0:07" lines (Otter)', async () => {
    const rev = 'Speaker 1 (00:00):\nWhen did they arrive?\n\nSpeaker 2 (00:05):\nIn late December.\nThere were twelve.\n\nSpeaker 1 (01:02:03):\nThank you.\n';
    const interview = await readWritten(dir, 'rev.txt', rev);
    expect(interview.passages.map((p) => [p.speaker, p.time])).toEqual([['Speaker 1', 0], ['Speaker 2', 5], ['Speaker 1', 3723]]);
    expect(interview.text).toBe('When did they arrive?\n\nIn late December.\nThere were twelve.\n\nThank you.');
    const otter = 'Laura Bennett  0:00\nWhen did they arrive?\n\nSoran Aziz  0:07\nIn late December.\n';
    expect((await readWritten(dir, 'otter.txt', otter)).passages.map((p) => [p.speaker, p.time])).toEqual([['Laura Bennett', 0], ['Soran Aziz', 7]]);
  });

  it('reads "[hh:mm:ss]" and "(mm:ss)" stamps opening a paragraph', async () => {
    const text = '[00:00:04] LAURA: When did they arrive?\n\n(00:09) SORAN: In late December.\n\n(01:15)\nSORAN: Some stayed.\n';
    const interview = await readWritten(dir, 'stamps.txt', text);
    expect(interview.passages.map((p) => [p.speaker, p.time])).toEqual([['LAURA', 4], ['SORAN', 9], ['SORAN', 75]]);
    expect(interview.text).not.toContain('(00:09)');
  });
});
