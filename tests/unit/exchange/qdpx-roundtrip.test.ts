import { cpSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../main/workspace';
import { exportQdc, exportQdpx } from '../../../main/exchange/qdpx/exportProject';
import { importQdpx } from '../../../main/exchange/qdpx/importProject';
import { unzipChecked } from '../../../main/exchange/qdpx/zip';
import { closeArchives, codebookXsd, hasRefi, hasXmllint, openArchive, projectXsd, sampleArchive, summarise, xmllint } from './support';

const interviewsDir = resolve(__dirname, '../../../../shared/data/interviews');
afterAll(closeArchives);

/** A researcher's work on an archive: a code tree, codings with and without notes, memos of every kind, a link. */
async function seedWork(ws: Workspace): Promise<void> {
  const store = ws.annotations.store;
  const themes = await store.addCode({ name: 'Themes', color: '#1971c2', description: 'What people talk about' });
  const camp = await store.addCode({ name: 'Camp life', parentId: themes.id, color: '#2b8a3e' });
  const border = await store.addCode({ name: 'Border', parentId: themes.id, color: '#c2255c' });
  const interviews = ws.list().filter((i) => i.words > 50);
  const made: string[] = [];
  for (const [n, summary] of interviews.entries()) {
    const text = ws.interview(summary.id).text;
    // A word-aligned passage a third of the way in, and a second one near the end.
    const at = text.indexOf(' ', Math.floor(text.length / 3)) + 1;
    const a = await ws.annotations.add({ interviewId: summary.id, start: at, end: Math.min(text.length, at + 60), codes: n % 2 ? [camp.id] : [camp.id, border.id], ...(n % 3 === 0 ? { note: `Note ${n} <with> “quotes” & an ampersand` } : {}) });
    made.push(a.id);
    const late = text.lastIndexOf(' ', text.length - 20) + 1;
    await ws.annotations.add({ interviewId: summary.id, start: late, end: Math.min(text.length, late + 15), codes: [], note: `An uncoded remark on ${summary.title}` });
  }
  const first = interviews[0]!;
  await store.addMemo({ title: 'Project plan', body: 'Compare the camp accounts.', attachedTo: { kind: 'project' } });
  await store.addMemo({ title: 'About the code', body: 'Used for daily life.', attachedTo: { kind: 'code', codeId: camp.id } });
  await store.addMemo({ title: 'Whole interview', body: 'Long and careful.', attachedTo: { kind: 'interview', interviewId: first.id } });
  await store.addMemo({ title: 'A passage', body: 'Check this date.', attachedTo: { kind: 'passage', interviewId: first.id, start: 0, end: 12 } });
  ws.xref.store.addLink({ from: made[0]!, to: made[1]!, type: 'contradicts', note: 'The numbers differ.' });
}

describe.skipIf(!hasRefi || !hasXmllint)('REFI-QDA export and round trip (xmllint against ../shared/data/refi-qda; skipped when absent)', () => {
  it('exports the sample archive as a .qdpx whose project.qde is valid against Project-mrt2019.xsd, with every coding in place', async () => {
    const { ws } = await openArchive(sampleArchive);
    await seedWork(ws);
    const { data, counts } = await exportQdpx(ws);
    const files = await unzipChecked(data, () => true);
    const xml = files.get('project.qde')!.toString('utf8');
    expect(xmllint(xml, projectXsd)).toBeUndefined();
    expect(counts.sources).toBe(ws.list().length);
    expect([...files.keys()].filter((k) => k.startsWith('sources/'))).toHaveLength(ws.list().length);
    // Each coding in the XML quotes the annotation's text at the annotation's place.
    const listed = ws.annotations.list({}).filter((a) => a.codes.length > 0);
    expect(counts.codings).toBe(listed.reduce((n, a) => n + a.codes.length, 0));
    const summary = await summarise(data);
    for (const a of listed) {
      const title = ws.interview(a.interviewId).title;
      expect(summary.codings.some((c) => { const [name, quote] = JSON.parse(c) as [string, string]; return name === title && quote === a.quote; })).toBe(true);
    }
  });

  it('round trip on the sample archive: export, import into an empty archive, export again gives the same codes, codings, notes and variables', async () => {
    const { ws } = await openArchive(sampleArchive);
    await seedWork(ws);
    const first = await exportQdpx(ws);
    const { ws: empty } = await openArchive();
    const report = await importQdpx(empty, first.data);
    expect(report.sources).toBe(first.counts.sources);
    expect(report.codings).toBe(first.counts.codings);
    expect(empty.list()).toHaveLength(first.counts.sources);
    const second = await exportQdpx(empty);
    expect(xmllint((await unzipChecked(second.data, () => true)).get('project.qde')!.toString('utf8'), projectXsd)).toBeUndefined();
    const [a, b] = [await summarise(first.data), await summarise(second.data)];
    expect(b.codes).toEqual(a.codes);
    expect(b.codings).toEqual(a.codings);
    expect(b.notes).toEqual(a.notes);
    expect(b.variables).toEqual(a.variables);
    expect(b.codings.length).toBeGreaterThan(10);
  });

  it.skipIf(!hasRefi)('round trip on a copy with ../shared/data/interviews (many formats), code points past the BMP included', async () => {
    const { ws } = await openArchive(sampleArchive, (root) => {
      cpSync(interviewsDir, join(root, 'shared-interviews'), { recursive: true });
      writeFileSync(join(root, 'emoji.txt'), 'Title: Emoji and old scripts\n\nQ: What did the sign say? 😀 𐎠𐎭𐎶 🇮🇷\n\nA: It said 𝔄𝔯𝔟𝔦𝔩 in a strange font, and then the camp 😀 closed.\n');
    });
    // Characters outside the BMP shift UTF-16 offsets against code points: the export must count code points.
    const emoji = ws.list().find((i) => i.path === 'emoji.txt')!;
    expect(ws.list().length).toBeGreaterThan(30);
    await seedWork(ws);
    const emojiText = ws.interview(emoji.id).text;
    const at = emojiText.indexOf('strange font');
    await ws.annotations.add({ interviewId: emoji.id, start: at, end: at + 'strange font'.length, codes: [ws.annotations.store.listCodes()[0]!.id] });
    const { data, counts } = await exportQdpx(ws);
    const { ws: empty } = await openArchive();
    const report = await importQdpx(empty, data);
    expect(report.sources).toBe(counts.sources);
    const again = await exportQdpx(empty);
    const [a, b] = [await summarise(data), await summarise(again.data)];
    expect(b.codings).toEqual(a.codings);
    expect(b.notes).toEqual(a.notes);
    expect(b.variables).toEqual(a.variables);
    // The emoji file's coding sits after astral characters: its code-point start is below its UTF-16 start.
    const coded = ws.annotations.list({ interviewId: emoji.id }).find((x) => x.codes.length > 0)!;
    const row = a.codings.map((c) => JSON.parse(c) as [string, string, number]).find(([name, quote]) => name === 'Emoji and old scripts' && quote === coded.quote)!;
    expect(row[2]).toBeLessThan(coded.start!);
  });

  it('a note with NUL, a lone surrogate and U+202E still gives a valid project (each becomes U+FFFD or stays)', async () => {
    const { ws } = await openArchive(sampleArchive);
    const code = await ws.annotations.store.addCode({ name: 'Odd', color: '#123456' });
    const first = ws.list()[0]!;
    await ws.annotations.add({ interviewId: first.id, start: 0, end: 8, codes: [code.id], note: 'nul\u0000 lone\ud800 rtl\u202e end' });
    const { data } = await exportQdpx(ws);
    const xml = (await unzipChecked(data, () => true)).get('project.qde')!.toString('utf8');
    expect(xmllint(xml, projectXsd)).toBeUndefined();
    expect((await summarise(data)).notes.join()).toContain('nul\ufffd lone\ufffd rtl\u202e end');
  });

  it.skipIf(codebookXsd() === undefined)('exports the codebook alone as a .qdc valid against the codebook schema of the specification', async () => {
    const { ws } = await openArchive(sampleArchive);
    await seedWork(ws);
    const { text, counts } = await exportQdc(ws);
    expect(xmllint(text, codebookXsd()!)).toBeUndefined();
    expect(counts.codes).toBe(3);
    expect(text).toContain('name="Camp life"');
  });
});
