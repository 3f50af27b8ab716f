import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { W3CAnnotationSchema } from '../../../main/annotations/w3c-schema';
import { defaultCitationStyle } from '../../../main/dossier/citations';
import { citationFor } from '../../../main/dossier/fromArchive/excerpts';
import { labelsFor } from '../../../main/dossier/labels';
import { timeSpanOf } from '../../../main/library/timeSpan';
import { Workspace } from '../../../main/workspace';
import { exportAnnotations } from '../../../main/workspace/exports';
import { tempArchive } from '../../support/tempArchive';
import { failures, hasSuite, loadAssertions } from './w3c/suite';

const SAMPLE = join(__dirname, '../../../archive');
const NAME = 'clinic-nurse-arbil-2008';

describe('timeSpanOf', () => {
  const passages = [
    { start: 0, end: 10, time: 1, endTime: 4 },
    { start: 12, end: 20 },
    { start: 22, end: 30, time: 9 },
    { start: 32, end: 40, time: 15, endTime: 18 },
  ];
  it('runs from the first touched passage’s time to the last one’s end, or the next passage’s start', () => {
    expect(timeSpanOf(passages, 2, 5)).toEqual({ start: 1, end: 4 });
    expect(timeSpanOf(passages, 2, 25)).toEqual({ start: 1, end: 15 });
    expect(timeSpanOf(passages, 14, 16)).toEqual({ start: 1, end: 9 });
    expect(timeSpanOf(passages, 35, 38)).toEqual({ start: 15, end: 18 });
    expect(timeSpanOf([{ start: 0, end: 10 }], 2, 5)).toBeUndefined();
    expect(timeSpanOf([{ start: 0, end: 10, time: 3 }], 2, 5)).toEqual({ start: 3 });
  });
});

describe('an annotation on the recorded sample interview', () => {
  const archive = tempArchive({});
  let ws: Workspace;
  let id = '';

  beforeAll(async () => {
    mkdirSync(archive.root, { recursive: true });
    for (const ext of ['vtt', 'ogg']) copyFileSync(join(SAMPLE, `${NAME}.${ext}`), join(archive.root, `${NAME}.${ext}`));
    ws = await Workspace.open(archive.root, { userDataDir: archive.userData });
    await ws.ready;
    const interview = ws.list()[0]!;
    id = interview.id;
    const text = ws.interview(id).text;
    const start = text.indexOf('Tired, thin');
    await ws.annotations.add({ interviewId: id, start, end: start + 'Tired, thin'.length, note: 'frostbite', codes: [] });
  });
  afterAll(async () => {
    await ws.close();
    archive.cleanup();
  });

  it('carries the time span of its cue (from the WebVTT cue’s start to its end)', () => {
    const cue = /(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n<v Soran Aziz>Tired, thin/.exec(readFileSync(join(SAMPLE, `${NAME}.vtt`), 'utf8'));
    const seconds = (t: string): number => t.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
    expect(ws.annotations.list({ interviewId: id })[0]?.timeSpan).toEqual({ start: seconds(cue![1]!), end: seconds(cue![2]!) });
  });

  it('is exported in W3C with the recording as a second target, a Media Fragments selector, and still valid', async () => {
    const doc = JSON.parse((await exportAnnotations(ws, 'w3c')).text) as { first: { items: Record<string, unknown>[] } };
    const item = doc.first.items[0]!;
    const [text, media] = item.target as Record<string, Record<string, unknown>>[];
    expect((text!.selector as unknown as { type: string }[]).map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const span = ws.annotations.list({ interviewId: id })[0]!.timeSpan!;
    expect(media).toEqual({
      type: 'SpecificResource',
      source: { id: `testimony:media/${NAME}.ogg`, type: 'Sound', format: 'audio/ogg', 'dcterms:identifier': `${NAME}.ogg` },
      selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: `t=${span.start},${span.end}` },
    });
    expect(W3CAnnotationSchema.safeParse({ '@context': 'http://www.w3.org/ns/anno.jsonld', ...item }).success).toBe(true);
    if (hasSuite) expect(failures(loadAssertions('annotations/annotationMusts.test'), { '@context': 'http://www.w3.org/ns/anno.jsonld', ...item })).toEqual([]);
  });

  it('is cited in a dossier with its timecode in the recording, and the endnote names the recording', () => {
    const interview = ws.interview(id);
    const citation = citationFor(interview, interview.text.indexOf('Tired, thin'));
    const labels = labelsFor('en');
    expect(citation.media).toBe(`${NAME}.ogg`);
    expect(defaultCitationStyle.locator(citation, labels).replace(/[\u2066-\u2069]/g, '')).toBe(`¶\u00A04, 00:00:19 (${NAME}.ogg)`);
    expect(defaultCitationStyle.reference(citation, labels).replace(/[\u2066-\u2069]/g, '')).toContain(`file: ${NAME}.vtt; recording: ${NAME}.ogg.`);
  });
});
