import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderDossier, renderDossierToFile } from '../../../main/dossier';
import type { ExcerptBlock } from '../../../main/dossier/model';
import { destinations, hasPoppler, hasQpdf, normalise, pageText, pdfInfo, run, saveTemp } from './poppler';
import { indexAgainstText } from './nameIndex';
import { PERSIAN_LONG, PERSIAN_MIXED, sampleDossier } from './sample';

const doc = sampleDossier();
const excerpts = doc.sections.flatMap((s) => s.blocks).filter((b): b is ExcerptBlock => b.kind === 'excerpt');

describe('renderDossier', () => {
  it('reports pages and excerpts, and progress up to 1', async () => {
    const fractions: number[] = [];
    const result = await renderDossier(doc, { onProgress: (f) => fractions.push(f) });
    expect(result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.excerpts).toBe(4);
    expect(result.pages).toBeGreaterThanOrEqual(8);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('rejects with an AbortError when cancelled before or during the layout', async () => {
    const before = new AbortController();
    before.abort();
    await expect(renderDossier(doc, { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const during = new AbortController();
    let calls = 0;
    const rendering = renderDossier(doc, {
      signal: during.signal,
      onProgress: () => {
        if (++calls === 2) during.abort();
      },
    });
    await expect(rendering).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(2);
  });

  it('writes to a path through a temporary file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'dossier-file-'));
    const target = path.join(folder, 'out.pdf');
    const result = await renderDossierToFile(doc, target);
    expect(result.excerpts).toBe(4);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(folder)).toEqual(['out.pdf']);
  });

  it('refuses an invalid model', async () => {
    await expect(renderDossier({ ...doc, title: '' })).rejects.toThrow();
  });
});

describe.skipIf(!hasPoppler)('the PDF, inspected with poppler (skipped: pdftotext/pdfinfo not installed)', () => {
  let file = '';
  let pages = 0;
  let dests = new Map<string, number>();
  const texts: string[] = [];

  beforeAll(async () => {
    const result = await renderDossier(doc);
    file = saveTemp(result.pdf);
    pages = result.pages;
    dests = destinations(file);
    for (let p = 1; p <= pages; p++) texts.push(pageText(file, p));
  });

  const all = (): string => normalise(texts.join('\n'));

  it('has the metadata, page count and tagging', () => {
    const info = pdfInfo(file);
    expect(info.Title).toBe(doc.title);
    expect(info.Author).toBe(doc.author);
    expect(info.Subject).toBe(doc.purpose);
    expect(info.Keywords).toContain('numbers');
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBe(pages);
    expect(info['Page size']).toContain('A4');
  });

  it('has a structure tree with headings, paragraphs, quotes, a table and the contents', () => {
    const result = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    const tree = result.stdout;
    expect(tree.split('\n')[0]).toBe('Document');
    for (const type of ['Sect', 'H1', 'P', 'BlockQuote', 'Table', 'TH', 'TD', 'TOC', 'TOCI', 'Reference', 'Note']) expect(tree).toMatch(new RegExp(`^\\s+${type}\\b`, 'm'));
    expect(result.stderr).not.toMatch(/wrong type|Error/);
  });

  it('embeds every font it uses, and no Helvetica', () => {
    const rows = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).not.toMatch(/Helvetica/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/);
    }
    expect(rows.some((r) => r.includes('Vazirmatn'))).toBe(true);
    expect(rows.some((r) => r.includes('NotoSans'))).toBe(true);
  });

  it('contains every quote and every citation', () => {
    const text = all();
    // pdftotext places spaces around embedded left-to-right runs in Persian lines unreliably.
    const squeezed = text.replace(/ /g, '');
    for (const e of excerpts) expect(squeezed).toContain(normalise(e.quote).replace(/ /g, ''));
    // One endnote per source, listing every excerpt that cites it.
    expect(text).toContain('Interview with Maryam K.; interviewee: Maryam K.; interviewer: J. Doe; 2019-04-12; file: interviews/maryam-k.txt. Cited: ¶ 12, 00:12:34 Excerpt 1.1, p. 3; ¶ 12, 00:12:34 Excerpt 2.1');
    expect(text).toContain('Interview with Reza P.; interviewee: Reza P.; file: interviews/reza-p.vtt. Cited: 01:02:05 Excerpt 1.2, p. 3.');
    expect(text.match(/Interview with Maryam K\.; interviewee/g)).toHaveLength(1);
  });

  it('extracts Persian in logical order, including the mixed line and the wrapped paragraph', () => {
    const persianPage = texts[(dests.get('ex-e4') ?? 0) - 1] ?? '';
    const flat = normalise(persianPage).replace(/ /g, '');
    expect(flat).toContain(normalise(PERSIAN_MIXED).replace(/ /g, ''));
    const wrapped = normalise(PERSIAN_LONG).split(' ');
    // Line by line the words come in reading order; only line breaks separate them.
    expect(flat).toContain(wrapped.slice(0, 12).join(''));
    expect(flat).toContain(wrapped.slice(-8).join(''));
  });

  it('numbers every page but the cover "Page x of y"', () => {
    expect(texts[0]).not.toMatch(/Page \d+ of/);
    for (let p = 2; p <= pages; p++) expect(texts[p - 1]).toContain(`Page ${p} of ${pages}`);
  });

  it('lists each section in the contents with the page it starts on', () => {
    const contents = texts[1] ?? '';
    expect(contents).toContain('Contents');
    doc.sections.forEach((section, i) => {
      const page = dests.get(`section-${section.id}`);
      expect(page).toBeDefined();
      const line = contents.split('\n').find((l) => normalise(l).includes(normalise(`${i + 1}.`)) && normalise(l).includes(normalise(section.title).slice(0, 8)));
      expect(line, section.title).toMatch(new RegExp(`\\b${page}\\s*$`));
    });
    expect(contents).toMatch(/Index of names\s*\.*\s*\d+/);
  });

  it('has a destination for every excerpt and endnote, and cross-references naming the right page', () => {
    for (const e of excerpts) expect(dests.has(`ex-${e.id}`)).toBe(true);
    const sources = new Set(excerpts.map((e) => e.citation.file)).size;
    for (let n = 1; n <= sources; n++) expect(dests.has(`note-${n}`)).toBe(true);
    expect(dests.has(`note-${sources + 1}`)).toBe(false);
    const e1 = dests.get('ex-e1') ?? 0;
    const e3 = dests.get('ex-e3') ?? 0;
    expect(normalise(texts[e1 - 1] ?? '')).toContain(`Contradicts: Excerpt 2.1, p. ${e3}`);
    expect(normalise(texts[e3 - 1] ?? '')).toContain(`Contradicted by: Excerpt 1.1, p. ${e1}`);
  });

  it('indexes every page on which a name or one of its aliases is printed, and only those', () => {
    const { expected, listed } = indexAgainstText(file, doc.names ?? []);
    expect(listed.get('Camp Ashraf')).toEqual([6]);
    expect(listed.get('MKO')).toEqual([6]);
    expect(all()).toContain('but not on the number');
    expect(listed.has('NOT')).toBe(false);
    for (const [name, pages] of expected) expect(listed.get(name) ?? [], name).toEqual(pages);
    const indexPage = normalise(texts[(dests.get('index') ?? 0) - 1] ?? '');
    expect(indexPage).toMatch(/Camp Ashraf .*کمپ اشرف.*6 Maryam K\. 3, 4, 6–8/);
    expect(indexPage.indexOf('Camp Ashraf')).toBeLessThan(indexPage.indexOf('MKO'));
  });

  it('repeats the claims table header after a page break', () => {
    const continued = texts.findIndex((t) => t.includes('(continued)'));
    expect(continued).toBeGreaterThan(0);
    const after = (texts[continued] ?? '').split('(continued)')[1] ?? '';
    expect(after).toMatch(/Value\s+Unit\s+As of\s+Source/);
    expect(texts[continued - 1]).toMatch(/Value\s+Unit\s+As of\s+Source/);
    expect(normalise(texts.join(' '))).toContain('225 people 1991 Interview 46');
  });

  it.skipIf(!hasQpdf)('has bookmarks for every section and excerpt, and passes qpdf --check', () => {
    const json = JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Array<{ title: string; kids: Array<{ title: string }> }> };
    const titles = json.outlines.map((o) => o.title);
    doc.sections.forEach((s, i) => expect(titles).toContain(`${i + 1}. ${s.title}`));
    expect(titles).toEqual(expect.arrayContaining(['Sources', 'Index of names', 'Appendix: interviews']));
    const kids = json.outlines.flatMap((o) => o.kids.map((k) => k.title));
    expect(kids.filter((t) => /^\d+\.\d+ /.test(t))).toHaveLength(excerpts.length);
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
  });

  it('leaves out notes, codes and memos when asked, and spreads long contents over pages', async () => {
    const many = sampleDossier({ includeNotes: false, includeCodes: false, includeMemos: false, appendixInterviews: false });
    for (let i = 0; i < 50; i++) many.sections.push({ id: `extra-${i}`, title: `Further section ${i + 1}`, blocks: [{ kind: 'paragraph', text: 'Short.' }] });
    const result = await renderDossier(many);
    const other = saveTemp(result.pdf, 'many.pdf');
    const text = normalise(run('pdftotext', [other, '-']));
    expect(text).not.toContain('The same figure appears in the camp register');
    expect(text).not.toContain('Open question');
    expect(text).not.toContain('Appendix: interviews');
    expect(text).toContain(normalise(excerpts[0]?.quote ?? ''));
    const otherDests = destinations(other);
    const second = normalise(pageText(other, 3));
    expect(second).toMatch(new RegExp(`Further section 50 \\.* ?${otherDests.get('section-extra-49')}`));
    expect(otherDests.get('section-arrival')).toBe(4);
  });

  it('writes PDF/A identification (1.4, untagged) and Letter paper when asked', async () => {
    const plain = await renderDossier({ ...sampleDossier({ tagged: false, pdfa: true, pageNumbers: false }), paper: 'Letter' });
    const other = saveTemp(plain.pdf, 'pdfa.pdf');
    const info = pdfInfo(other);
    expect(info.Tagged).toBe('no');
    expect(info['PDF version']).toBe('1.4');
    expect(info['Page size']).toContain('612 x 792');
    expect(plain.pdf.toString('latin1')).toMatch(/pdfaid:part>1</);
    expect(pageText(other, 3)).not.toMatch(/Page \d+ of/);
  });
});
