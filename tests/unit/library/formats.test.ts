import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../../fixtures/bad-inputs/documents';
import { ArchiveReadError } from '../../../main/library/errors';
import { formatOf, isOhmsXml } from '../../../main/library/formats';
import { expectValidPassages, passageWith, readWritten, tempDir } from './helpers';

let dir = '';
let cleanup: () => Promise<void> = async () => undefined;
beforeAll(async () => ({ dir, cleanup } = await tempDir()));
afterAll(() => cleanup());

describe('formatOf and OHMS sniffing', () => {
  it('maps extensions case-insensitively and ignores unknown ones', () => {
    expect(['a.TXT', 'b.markdown', 'c.htm', 'd.docx', 'e.pdf', 'f.vtt', 'g.srt', 'h.xml', 'i.csv'].map(formatOf)).toEqual(['txt', 'md', 'html', 'docx', 'pdf', 'vtt', 'srt', 'ohms', 'csv']);
    expect(formatOf('photo.jpeg')).toBeUndefined();
    expect(formatOf('notes.txt.')).toBeUndefined();
  });
  it('accepts only OHMS roots', () => {
    expect(isOhmsXml('<?xml version="1.0"?>\n<ROOT xmlns="x"><record id="1">')).toBe(true);
    expect(isOhmsXml('<ohms><record/></ohms>')).toBe(true);
    expect(isOhmsXml('<?xml version="1.0"?><catalog><record/></catalog>')).toBe(false);
    expect(isOhmsXml('<ROOT><other/></ROOT>')).toBe(false);
  });
});

describe('markdown', () => {
  it('takes front matter over guesses and strips markup to readable text', async () => {
    const md = `---\ntitle: The Flood\ninterviewee: Ada Brown\ninterviewer: Sam Lee\ndate: 1980-05-02\nplace: Cairo, Illinois\nlanguage: English\n---\n# Ignored heading\n\nQ: Where were you in **1927**?\n\nA: At [my aunt's](http://example.org) house, *near* the \`levee\`.\n\n- first item\n- second item\n`;
    const interview = await readWritten(dir, 'flood.md', md);
    expect(interview).toMatchObject({ title: 'The Flood', interviewee: 'Ada Brown', interviewer: 'Sam Lee', date: '1980-05-02', place: 'Cairo, Illinois', language: 'en', format: 'md' });
    expect(passageWith(interview, 'Where were you in 1927?')?.speaker).toBe('Q');
    expect(interview.text).toContain("A: At my aunt's house, near the levee.");
    expect(interview.text).not.toMatch(/\*\*|\]\(|`|^#/m);
    expectValidPassages(interview);
  });
  it('recognises speaker labels in Persian and counts ZWNJ words once', async () => {
    const interview = await readWritten(dir, 'fa.md', '---\nlanguage: fa\n---\n**پرسش:** چند سال در اشرف بودید؟\n\n**پاسخ:** یازده سال. گفت‌وگو\n');
    expect(passageWith(interview, 'چند سال')?.speaker).toBe('پرسش');
    expect(passageWith(interview, 'یازده سال')?.speaker).toBe('پاسخ');
    expect(interview.words).toBe(10);
    expect(interview.language).toBe('fa');
  });
  it('takes the interviewee from an "Interview with …" line under the header, never from testimony', async () => {
    const headed = await readWritten(dir, 'headed.txt', 'Title: STU FELDMAN 9-20-89\nInterviewer: Michael S. Mahoney\n\nInterview with A.G. (Sandy) Fraser, 9-20-89\n\nMSM: How did you start?\n');
    expect(headed.interviewee).toBe('A.G. (Sandy) Fraser');
    expect(headed.title).toBe('Interview with A.G. (Sandy) Fraser, 9-20-89');
    const told = await readWritten(dir, 'told.txt', 'Title: Memories\n\nThe week after the war ended I had my first job interview with Mister Jonathan Reed, who ran the mill on the river road out past the old county line.\n');
    expect(told.interviewee).toBeUndefined();
  });
  it('falls back to the first heading for the title, and never runs JavaScript front matter', async () => {
    const plain = await readWritten(dir, 'heading.md', '# Memories of Tabriz\n\nSome words.\n');
    expect(plain.title).toBe('Memories of Tabriz');
    const js = await readWritten(dir, 'js.md', '---js\n{ title: (globalThis.RAN_FRONT_MATTER = "yes") }\n---\nBody.\n');
    expect((globalThis as Record<string, unknown>).RAN_FRONT_MATTER).toBeUndefined();
    expect(js.text).toContain('Body.');
  });
});

describe('html', () => {
  it('keeps visible text as passages and reads title, meta and lang', async () => {
    const html = `<!doctype html><html lang="fa-IR"><head><title>Page title</title><meta name="interviewee" content="Javad F."><meta name="date" content="January 26, 2008"><meta name="place" content="Tehran"><style>.x{}</style></head>
<body><h1>Heading one</h1><p>First &amp; second<br>after break</p><ul><li>Item A</li><li>Item B</li></ul><script>hidden()</script><p>REZA: I said <b>no</b>.</p></body></html>`;
    const interview = await readWritten(dir, 'page.html', html);
    expect(interview).toMatchObject({ title: 'Page title', interviewee: 'Javad F', date: '2008-01-26', place: 'Tehran', language: 'fa' });
    const passages = interview.passages.map((p) => interview.text.slice(p.start, p.end));
    expect(passages).toEqual(['Heading one', 'First & second', 'after break', 'Item A', 'Item B', 'REZA: I said no.']);
    expect(passageWith(interview, 'I said no')?.speaker).toBe('REZA');
  });
  it('survives 100k-deep nesting quickly and keeps the deep text', async () => {
    const n = 100_000;
    const started = performance.now();
    const interview = await readWritten(dir, 'deep.html', `<p>Top</p>${'<div>'.repeat(n)}deep words${'</div>'.repeat(n)}<p>After</p>`);
    expect(interview.text).toContain('deep words');
    expect(interview.text).toContain('After');
    console.log(`100k-deep HTML read in ${Math.round(performance.now() - started)} ms`);
  });
});

describe('subtitles', () => {
  it('reads SRT with comma milliseconds, speakers from NAME: and entities', async () => {
    const srt = '1\n00:00:01,500 --> 00:00:03,000\nANNA: Hello &amp; welcome\n\n2\n00:01:02,250 --> 00:01:05,000\n<i>and more</i>\n';
    const interview = await readWritten(dir, 'clip.srt', srt);
    expect(interview.passages.map((p) => [p.time, p.speaker])).toEqual([[1.5, 'ANNA'], [62.25, 'ANNA']]);
    expect(interview.text).toBe('ANNA: Hello & welcome\n\nand more');
  });
  it('reads NOTE metadata and <v> voices in VTT', async () => {
    const vtt = 'WEBVTT\n\nNOTE\nTitle: Shop talk\nInterviewee: Bea Lin\nDate: 3 May 2001\n\ncue-1\n00:00:02.000 --> 00:00:04.000 align:start\n<v.loud Bea Lin>We opened in <c.x>1970</c>.</v>\n';
    const interview = await readWritten(dir, 'shop.vtt', vtt);
    expect(interview).toMatchObject({ title: 'Shop talk', interviewee: 'Bea Lin', date: '2001-05-03' });
    expect(interview.passages).toEqual([{ start: 0, end: 18, speaker: 'Bea Lin', time: 2, endTime: 4 }]);
    expect(interview.text).toBe('We opened in 1970.');
  });
});

describe('docx and pdf', () => {
  it('reads a generated .docx with its core title and speaker turns', async () => {
    const interview = await readWritten(dir, 'mill.docx', await makeDocx(['MARY: The mill closed in 1931.', 'We left for Chicago.'], { title: 'The mill' }));
    expect(interview.title).toBe('The mill');
    expect(interview.passages.map((p) => interview.text.slice(p.start, p.end))).toEqual(['MARY: The mill closed in 1931.', 'We left for Chicago.']);
    expect(interview.passages.every((p) => p.speaker === 'MARY')).toBe(true);
  });
  it('refuses a zip bomb and a legacy .doc with clear reasons', async () => {
    const bomb = await makeDocx(['tiny'], { extra: [['word/media/zeros.bin', Buffer.alloc(8 * 1024 * 1024)]] });
    await expect(readWritten(dir, 'bomb.docx', bomb)).rejects.toMatchObject({ reason: expect.stringMatching(/zip bomb/) });
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    await expect(readWritten(dir, 'old.docx', doc)).rejects.toMatchObject({ reason: expect.stringMatching(/legacy Word \.doc/) });
  });
  it('reads a PDF page by page and gives clear reasons for encrypted and truncated ones', async () => {
    const pdf = await makePdf(['First page words.', 'Second page words.'], { title: 'Two pages' });
    const interview = await readWritten(dir, 'two.pdf', pdf);
    expect(interview.title).toBe('Two pages');
    expect(interview.passages.map((p) => interview.text.slice(p.start, p.end))).toEqual(['First page words.', 'Second page words.']);
    const locked = await makePdf(['Secret words.'], { userPassword: 'pw' });
    await expect(readWritten(dir, 'locked.pdf', locked)).rejects.toMatchObject({ reason: expect.stringMatching(/encrypted PDF/) });
    await expect(readWritten(dir, 'cut.pdf', pdf.subarray(0, 200))).rejects.toBeInstanceOf(ArchiveReadError);
  });
});

describe('markdown text', () => {
  it('keeps words, line breaks and list items, and drops raw HTML, through a real Markdown parser', async () => {
    const { markdownToText } = await import('../../../main/library/readers/markdownText');
    const text = markdownToText('# Title\n\nQ: it&apos;s &amp; <b>bold</b> *em* `code` [a link](http://x) \\*\nA: the answer  \nafter a hard break\n\n- one\n- two\n\n<script>alert(1)</script>\n');
    expect(text).toBe("Title\n\nQ: it's & bold em code a link *\nA: the answer\nafter a hard break\n\none\ntwo");
  });
});
