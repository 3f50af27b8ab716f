import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMedia as findIn, mediaIndex } from '../../../main/library/media';
import { readArchive } from '../../../main/library/readArchive';
import { readArchiveOffThread } from '../../../main/library/readAndCache';
import { tempDir } from './helpers';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => ({ dir, cleanup } = await tempDir('testimony-media-')));
afterAll(() => cleanup());

async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
}

const vtt = (note = ''): string => `WEBVTT\n\nNOTE\ntitle: A cue${note}\n\n1\n00:00:01.000 --> 00:00:02.000\nHello there.\n`;

const findMedia = (interview: { path: string; mediaRef?: string }, media: string[]): string | undefined => findIn(interview, mediaIndex(media));

describe('finding a transcript’s recording', () => {
  it('by base name beside it, preferring what Chromium plays', () => {
    expect(findMedia({ path: 'a/talk.vtt' }, ['a/talk.mp3', 'a/talk.ogg', 'b/talk.wav'])).toBe('a/talk.ogg');
    expect(findMedia({ path: 'a/talk.vtt' }, ['b/talk.ogg', 'a/other.ogg'])).toBeUndefined();
  });

  it('by the reference the transcript writes: relative, a URL, a path on another machine, or a name without extension', () => {
    const media = ['x/rec/one.wav', 'x/two.mp3', 'x/three.flac', 'x/four.ogg'];
    expect(findMedia({ path: 'x/t.eaf', mediaRef: './rec/one.wav' }, media)).toBe('x/rec/one.wav');
    expect(findMedia({ path: 'x/t.xml', mediaRef: 'https://archive.example.org/media/two.mp3' }, media)).toBe('x/two.mp3');
    expect(findMedia({ path: 'x/t.eaf', mediaRef: 'file:///C:/Users/field/three.flac' }, media)).toBe('x/three.flac');
    expect(findMedia({ path: 'x/t.trs', mediaRef: 'four' }, media)).toBe('x/four.ogg');
  });

  it('never outside the transcript’s archive: a reference climbing out is looked for by its name beside the transcript', () => {
    expect(findMedia({ path: 'x/t.vtt', mediaRef: '../../../etc/secret.ogg' }, ['secret.ogg', 'x/secret.ogg'])).toBe('x/secret.ogg');
    expect(findMedia({ path: 'x/t.vtt', mediaRef: '../secret.ogg' }, ['secret.ogg'])).toBe('secret.ogg');
    expect(findMedia({ path: 't.vtt', mediaRef: '../outside/secret.ogg' }, ['outside/secret.ogg'])).toBeUndefined();
    expect(findMedia({ path: 'x/t.vtt', mediaRef: '/etc/secret.ogg' }, ['etc/secret.ogg'])).toBeUndefined();
  });
});

describe('recordings in an archive', () => {
  it('belong to their transcripts: not interviews, not problems; a recording nobody claims is a warning; other files are named', async () => {
    const root = path.join(dir, 'archive');
    await write(root, {
      'talk.vtt': vtt(), 'talk.ogg': 'OggS',
      'elan/session.md': '---\ntitle: Session\nmedia: ../recordings/session.webm\n---\nQ: Hello?\n', 'recordings/session.webm': 'webm',
      'stray.mp3': 'ID3', 'scan.tiff': 'II*', 'quiet/Thumbs.db': '',
    });
    const { interviews, problems } = await readArchive(root);
    expect(interviews.map((i) => [i.path, i.media])).toEqual([
      ['elan/session.md', { path: 'recordings/session.webm', kind: 'video', type: 'video/webm' }],
      ['talk.vtt', { path: 'talk.ogg', kind: 'audio', type: 'audio/ogg' }],
    ]);
    expect(problems.map((p) => [p.path, p.reason])).toEqual([
      ['scan.tiff', 'not an interview format Testimony reads (.tiff)'],
      ['stray.mp3', expect.stringMatching(/^a recording without a transcript/)],
    ]);
  });

  it('by the OHMS file’s media URL, whose file name is looked for beside the XML', async () => {
    const root = path.join(dir, 'ohms');
    const ohms = '<?xml version="1.0"?>\n<ROOT><record id="1"><title>Border</title><media_url>https://oh.example.edu/media/2009_oh_017.mp3</media_url><transcript>Q: When?\nA: In 2008.</transcript></record></ROOT>';
    await write(root, { 'xml/border.xml': ohms, 'xml/2009_oh_017.mp3': 'ID3' });
    const { interviews, problems } = await readArchive(root);
    expect(interviews[0]?.media).toEqual({ path: 'xml/2009_oh_017.mp3', kind: 'audio', type: 'audio/mpeg' });
    expect(problems).toEqual([]);
  });

  it('is found again on a warm start, and a recording added later is attached without reading the transcript again', async () => {
    const root = path.join(dir, 'warm');
    const catalogFile = path.join(root, '.testimony', 'cache', 'interviews.ndjson');
    await write(root, { 'one.vtt': vtt() });
    const job = { root, catalogFile, full: false };
    expect((await readArchiveOffThread(undefined, job, () => undefined)).interviews[0]?.media).toBeUndefined();
    await write(root, { 'one.opus': 'OggS' });
    const added = await readArchiveOffThread(undefined, job, () => undefined);
    expect(added.interviews[0]?.media).toEqual({ path: 'one.opus', kind: 'audio', type: 'audio/ogg; codecs=opus' });
    expect((await readArchiveOffThread(undefined, job, () => undefined)).interviews[0]?.media?.path).toBe('one.opus');
    await rm(path.join(root, 'one.opus'));
    expect((await readArchiveOffThread(undefined, job, () => undefined)).interviews[0]?.media).toBeUndefined();
  });
});
