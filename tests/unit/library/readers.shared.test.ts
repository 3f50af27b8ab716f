import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveReadError } from '../../../main/library/errors';
import { expectValidPassages, hasSharedData, noSharedDataMessage, passageWith, readShared, sharedData } from './helpers';

describe.skipIf(!hasSharedData)(`readers on real interviews (${hasSharedData ? sharedData : noSharedDataMessage})`, () => {
  it('reads the seed: "X interviewed by Y", trailing date, footer left out', async () => {
    const seed = await readShared('seed/firuzmand-interview-2008.txt');
    expect(seed.title).toBe('Javad Firuzmand interviewed by Mehrdad Farahmand');
    expect(seed.interviewee).toBe('Javad Firuzmand');
    expect(seed.interviewer).toBe('Mehrdad Farahmand');
    expect(seed.date).toBe('2008-01-26');
    expect(seed.language).toBe('en');
    expect(seed.text).not.toContain('Related posts');
    expect(seed.text).not.toContain('Atefeh Sebdani');
    expect(seed.text.trimEnd().endsWith('January 26, 2008')).toBe(true);
    expectValidPassages(seed);
    const first = seed.passages[0];
    expect(first && seed.text.slice(first.start, first.end)).toBe(seed.title);
    expect(seed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(seed.words).toBeGreaterThan(800);
  });

  it('reads the six long Unix oral histories with MSM/interviewee turns', async () => {
    const folder = path.join(sharedData, 'interviews/unix-oral-history');
    const names = (await readdir(folder)).filter((n) => n.endsWith('.txt'));
    expect(names).toHaveLength(6);
    for (const name of names) {
      const interview = await readShared(`interviews/unix-oral-history/${name}`);
      expectValidPassages(interview);
      expect(interview.words).toBeGreaterThan(6500);
      expect(interview.interviewer).toBe('Michael S. Mahoney');
      expect(interview.date).toBe('1989');
      const msm = interview.passages.filter((p) => p.speaker === 'MSM');
      expect(msm.length).toBeGreaterThan(10);
      const labelled = interview.passages.filter((p) => /^MSM:\s/.test(interview.text.slice(p.start, p.end)));
      expect(labelled.length).toBeGreaterThan(10);
      for (const turn of labelled) expect(turn.speaker).toBe('MSM');
      expect(interview.passages.filter((p) => /^\[[^\]]*\]$/.test(interview.text.slice(p.start, p.end))).every((p) => !p.speaker)).toBe(true);
    }
    // The header's title is a shouted name or nothing; the "Interview with …" line under it names them.
    const interviewees = await Promise.all(['aho', 'cherry', 'condon', 'feldman', 'fraser', 'kernighan'].map(async (n) => (await readShared(`interviews/unix-oral-history/${n}.txt`)).interviewee));
    expect(interviewees).toEqual(['Al Aho', 'Lorinda Cherry', 'Joseph H. Condon', 'Stu Feldman', 'A.G. (Sandy) Fraser', 'Brian Kernighan']);
    expect((await readShared('interviews/unix-oral-history/condon.txt')).title).toBe('Interview with Joseph H. Condon');
    expect((await readShared('interviews/unix-oral-history/aho.txt')).title).toBe('Professor M. S. Mahoney’s interview with Al Aho');
    const cherry = await readShared('interviews/unix-oral-history/cherry.txt');
    expect(cherry.interviewee).toBe('Lorinda Cherry');
    expect(passageWith(cherry, 'Well, Unix didn’t exist')?.speaker).toBe('Cherry');
  });

  it('reads the WPA narratives with header metadata', async () => {
    const folder = path.join(sharedData, 'interviews/wpa-missouri');
    const names = (await readdir(folder)).filter((n) => n.endsWith('.txt'));
    expect(names.length).toBe(25);
    for (const name of names) {
      const interview = await readShared(`interviews/wpa-missouri/${name}`);
      expectValidPassages(interview);
      expect(interview.title).toMatch(/WPA ex-slave narrative/);
      expect(interview.passages.every((p) => p.speaker === undefined)).toBe(true);
    }
    const allen = await readShared('interviews/wpa-missouri/04-w-c-parson-allen.txt');
    expect(allen.interviewee).toBe('W.C. Parson Allen');
    expect(allen.interviewer).toBe('J. Tom Miles');
    expect((await readShared('interviews/wpa-missouri/07-mary-a-bell.txt')).interviewee).toBe('Mary A. Bell');
  });

  it('turns [hh:mm:ss] lines of a plain transcript into passage times', async () => {
    const isaacs = await readShared('interviews/ohms/plain_text_transcript/isaacs_j2ntg1k_sample_with_timecodes.txt');
    expectValidPassages(isaacs);
    expect(isaacs.text).not.toMatch(/\[00:00:05\]/);
    expect(passageWith(isaacs, 'Okay. So today is Monday')).toMatchObject({ speaker: 'SCHNEIDER', time: 5 });
    expect(passageWith(isaacs, 'Sure. So yeah, I was born')).toMatchObject({ speaker: 'ISAACS', time: 47 });
    expect(passageWith(isaacs, 'And some really fond memories')).toMatchObject({ speaker: 'ISAACS', time: 127 });
    expect(isaacs).toMatchObject({ interviewee: 'André K. Isaacs', date: '2023-12-11', place: 'via Zoom' });
    const carrasco = await readShared('interviews/ohms/text/0767.txt');
    expect(passageWith(carrasco, 'Do you have brothers and sisters?')?.speaker).toBe('THACKRAY');
    expect(passageWith(carrasco, 'Yes, we are four.')?.speaker).toBe('CARRASCO');
    expect(carrasco.date).toBe('1990-03-07');
  });

  it('reads legacy OHMS: metadata, entities, sync times and index keywords', async () => {
    const duarte = await readShared('interviews/ohms/ohms_xml/legacy/duarte_OH0344.xml');
    expectValidPassages(duarte);
    expect(duarte).toMatchObject({ format: 'ohms', title: 'Oral history interview with Ronald Duarte', interviewee: 'Ronald Duarte', interviewer: 'David C. Brock', date: '2006-06-13', language: 'en' });
    const times = duarte.passages.flatMap((p) => (p.time === undefined ? [] : [p.time]));
    expect(times.length).toBeGreaterThan(10);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(duarte.passages.some((p) => p.keywords?.includes('Azores'))).toBe(true);
    const hanford = await readShared('interviews/ohms/ohms_xml/legacy/hanford_OH0139.xml');
    expect(hanford.text).toContain("let's");
    expect(hanford.text).not.toMatch(/&#0?39;|&amp;/);
  });

  it('builds the text from the OHMS index when there is no transcript, and reports an empty record', async () => {
    const alyea = await readShared('interviews/ohms/ohms_xml/legacy/alyea_OH0010.xml');
    expectValidPassages(alyea);
    const segment = passageWith(alyea, 'Family Background and Early Interest in Chemistry');
    expect(segment?.time).toBe(302);
    expect(passageWith(alyea, 'World War II Chemical Warfare')?.keywords).toContain('Chemical warfare');
    await expect(readShared('interviews/ohms/ohms_xml/empty_ohms.xml')).rejects.toThrow(ArchiveReadError);
    await expect(readShared('interviews/ohms/ohms_xml/empty_ohms.xml')).rejects.toMatchObject({ reason: expect.stringMatching(/no transcript/) });
  });

  it('reads current OHMS with a WebVTT transcript', async () => {
    const sample = await readShared('interviews/ohms/ohms_xml/small-sample-vtt-ohms.xml');
    expectValidPassages(sample);
    expect(sample.passages[0]).toMatchObject({ speaker: 'SCHNEIDER', time: 3603 });
    expect(sample.text).toContain('on summer breaks. I think that was part of what led to my interest in science and interest in learning.\n\nOne day');
    const chappelear = await readShared('interviews/ohms/ohms_xml/chappelear-ohmsvtt-example.xml');
    expect(passageWith(chappelear, 'Burnet.')).toMatchObject({ speaker: 'CHAPPELEAR', time: 29 });
  });

  it('reads WebVTT in English, Spanish and Armenian with speakers and times', async () => {
    const en = await readShared('interviews/webvtt/chappelear-OH1153-from-ohms.vtt');
    expectValidPassages(en);
    expect(en.passages[0]).toMatchObject({ speaker: 'SCHNEIDER', time: 4 });
    expect(passageWith(en, 'At one point when I was still a very small baby')).toMatchObject({ speaker: 'CHAPPELEAR', time: 91 });
    expect(en.text).not.toContain('TRANSCRIPTION BEGIN');
    const es = await readShared('interviews/webvtt/hohp006-felicitas-garcia-es.vtt');
    expect(passageWith(es, 'Con mi esposo.')).toMatchObject({ speaker: 'Felicitas García', time: 60.1 });
    const hy = await readShared('interviews/webvtt/rerooted-terez-barsoum-hy.vtt');
    expectValidPassages(hy);
    expect(passageWith(hy, 'Պերեճիքէն։')).toMatchObject({ speaker: 'Interviewee', time: 15.434 });
    const simple = await readShared('interviews/ohms/webvtt/simple.vtt');
    expect(simple.passages.map((p) => p.time)).toEqual([0, 1, 1.5, 3, 4.3]);
  });

  it('reads the bilingual Idaho CSV: English text, Spanish kept, sidecar metadata, tags', async () => {
    const barbosa = await readShared('interviews/idaho-csv/hohp004.csv');
    expectValidPassages(barbosa);
    expect(barbosa).toMatchObject({ title: 'Pablo Barbosa Oral History Interview Audio', interviewee: 'Pablo Barbosa', interviewer: 'Martha Tórrez', date: '1991-01-09', place: 'Caldwell, Idaho' });
    const english = passageWith(barbosa, 'Well, I worked on a ranch in San Juan');
    const spanish = passageWith(barbosa, '¿Pues es que yo trabajaba en un rancho');
    expect(english).toMatchObject({ speaker: 'Pablo Barbosa', time: 13 });
    expect(spanish).toMatchObject({ speaker: 'Pablo Barbosa', time: 13 });
    expect(barbosa.passages.indexOf(spanish!)).toBe(barbosa.passages.indexOf(english!) + 1);
    expect(barbosa.passages[0]?.keywords).toEqual(['idaho']);
  });
});
