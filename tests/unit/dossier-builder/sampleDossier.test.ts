/**
 * A dossier of the sample archive, exported through the handlers as the app does, and read back
 * with poppler: the index against each page's text, citations that name people, the author,
 * memos, one endnote per source, and a Persian dossier's labels and digits.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { DossierDefinition } from '../../../preload/api';
import { DossierDocumentSchema } from '../../../main/dossier';
import { buildDossier, workspaceContent } from '../../../main/dossier/fromArchive';
import { hasPoppler, normalise, pageText, pdfInfo, run, saveTemp } from '../dossier/poppler';
import { foldedWords, indexAgainstText } from '../dossier/nameIndex';

const sample = resolve(__dirname, '../../../archive');

describe.skipIf(!existsSync(sample) || !hasPoppler)('a dossier of the sample archive, read back from the PDF (needs archive/ and poppler)', () => {
  let base = '';
  let ws: Workspace;
  let handlers: ReturnType<typeof createHandlers>;
  const files: Record<'en' | 'fa', string> = { en: '', fa: '' };
  const definitions: Partial<Record<'en' | 'fa', DossierDefinition>> = {};

  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await dispatch(handlers, name as never, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const exportPdf = async (def: DossierDefinition): Promise<string> => {
    await call('dossier.update', def);
    const { exportId } = await call<{ exportId: string }>('dossier.export', { id: def.id });
    const { base64 } = await call<{ base64: string }>('dossier.pdf', { exportId });
    return saveTemp(Buffer.from(base64, 'base64'), `${def.language}.pdf`);
  };

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'testimony-dossier-sample-'));
    cpSync(sample, join(base, 'archive'), { recursive: true, filter: (src) => !src.includes('.testimony') });
    ws = await Workspace.open(join(base, 'archive'), { userDataDir: join(base, 'user-data'), emit: () => undefined });
    await ws.ready;
    handlers = createHandlers(ws);
    const persian = ws.list().find((i) => i.language === 'fa');
    const seed = ws.list().find((i) => i.path === 'firuzmand-interview-2008.txt');
    if (!persian || !seed) throw new Error('the sample archive lacks its seed or its Persian interview');
    const faText = ws.interview(persian.id).text;
    const at = faText.indexOf('یازده سال');
    const fa = await ws.annotations.add({ interviewId: persian.id, start: at, end: at + 9, codes: [], note: 'She says eleven years (1996–2007).' });
    const seedText = ws.interview(seed.id).text;
    const who = seedText.indexOf('who himself');
    // "who hi|mself": the selection ends inside a word.
    const cut = await ws.annotations.add({ interviewId: seed.id, start: who, end: who + 6, codes: [], note: 'یادداشتی به فارسی دربارهٔ این نقل.' });
    await ws.annotations.store.addMemo({ title: 'Who counts?', body: 'ARIA and the US press office count different people.', attachedTo: { kind: 'passage', interviewId: seed.id, start: who, end: who + 6 } });
    await ws.annotations.store.addMemo({ title: '', body: 'The Persian interview dates its events in the Iranian calendar.', attachedTo: { kind: 'interview', interviewId: persian.id } });
    for (const language of ['en', 'fa'] as const) {
      const made = await call<DossierDefinition>('dossier.create', { title: language === 'fa' ? 'پرونده آریا' : 'ARIA and Camp Ashraf', language });
      const def: DossierDefinition = {
        ...made,
        sections: [
          { id: 's1', title: 'ARIA', source: { kind: 'query', query: 'ARIA' } },
          // The lower-case title an earlier builder made from the entity's id.
          { id: 's2', title: 'javad firuzmand', source: { kind: 'entity', entityId: 'javad-firuzmand' } },
          { id: 's3', title: 'Picked', source: { kind: 'annotations', ids: [fa.id, cut.id] } },
        ],
      };
      definitions[language] = def;
      files[language] = await exportPdf(def);
    }
  }, 180_000);
  afterAll(async () => {
    await ws?.close();
    rmSync(base, { recursive: true, force: true });
  });

  const allText = (file: string): string => run('pdftotext', [file, '-']);

  it('indexes every page where a name or an alias is printed, and no other, ARIA and Camp Ashraf included', async () => {
    const { document } = await buildDossier(definitions.en as DossierDefinition, workspaceContent(ws));
    const names = DossierDocumentSchema.parse(document).names ?? [];
    const { expected, listed } = indexAgainstText(files.en, names);
    expect(expected.get('ARIA')?.length).toBeGreaterThanOrEqual(5);
    expect(expected.has('Camp Ashraf')).toBe(true);
    expect(listed.get('Javad Firuzmand')).toEqual(expected.get('Javad Firuzmand'));
    // Both ways: every page the text shows is listed, and every page listed shows the name.
    for (const n of names) expect(listed.get(n.name) ?? [], n.name).toEqual(expected.get(n.name) ?? []);
  });

  it('titles a name section as the archive writes the name', () => {
    const text = allText(files.en);
    expect(text).toContain('2. Javad Firuzmand');
    expect(text).not.toContain('javad firuzmand');
  });

  it('attributes quotes to people, never to a turn label, in both dossiers', () => {
    for (const file of [files.en, files.fa]) {
      const lines = normalise(allText(file)).split('— ').slice(1);
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(line, line.slice(0, 60)).not.toMatch(/^(Q|A|پرسش|پاسخ)\s*[,،]/u);
    }
    const en = normalise(allText(files.en));
    expect(en).toContain('— Paul Whitcombe, Reporting the MKO dissidents');
    expect(en).toMatch(/— بهروز نیکنام, .*, ¶ 12/u);
  });

  it('leaves the author empty unless the researcher typed one, on the cover and in the metadata', async () => {
    expect(definitions.en?.author).toBe('');
    expect(pdfInfo(files.en).Author ?? '').toBe('');
    expect(allText(files.en)).not.toContain('Prepared by');
    const typed = await exportPdf({ ...(definitions.en as DossierDefinition), author: 'Leila Amini' });
    expect(pdfInfo(typed).Author).toBe('Leila Amini');
    expect(allText(typed)).toContain('Prepared by Leila Amini');
  });

  it('prints the memos on the printed passages and interviews, each once', () => {
    const text = normalise(allText(files.en));
    expect(text.match(/ARIA and the US press office count different people\./g)).toHaveLength(1);
    expect(text.match(/dates its events in the Iranian calendar\./g)).toHaveLength(1);
    expect(text).toContain('Memo: Who counts?');
  });

  it('snaps a quote cut inside a word to the whole word', () => {
    const text = normalise(allText(files.en));
    expect(text).toContain('who himself');
    expect(text).not.toMatch(/who hi mself|\bhi \[/);
  });

  it('writes one endnote per source, citing each excerpt from it', () => {
    const sources = normalise(pageText(files.en, pageOf(files.en, 'Sources')));
    const notes = [...sources.matchAll(/\[(\d+)\] /g)].map((m) => Number(m[1]));
    expect(notes).toEqual(notes.map((_, i) => i + 1));
    const titles = [...sources.matchAll(/file: ([\w.-]+\.\w+)\. Cited/g)].map((m) => m[1]);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.length).toBeGreaterThan(3);
  });

  it('keeps a Persian source\'s endnote in logical order inside an English dossier', () => {
    // Word by word (poppler moves the punctuation next to a right-to-left run to its other side).
    const words = foldedWords(pageText(files.en, pageOf(files.en, 'Sources'))).join(' ');
    expect(words).toContain(foldedWords('interviewee: مریم صادقی; interviewer: بهروز نیک‌نام; 2008-03-10; file: goftegu-arbil-1386-fa.md. Cited: ¶ 7 (Excerpt 1.1, p. 3)').join(' '));
  });

  it('uses Persian labels and digits throughout a Persian dossier, and keeps an English note in its own order', () => {
    const pages = Number(pdfInfo(files.fa).Pages);
    for (let p = 2; p <= pages; p++) {
      const persianDigits = [...String(p)].map((d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).join('');
      const total = [...String(pages)].map((d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]).join('');
      const text = normalise(pageText(files.fa, p));
      // Read as the page shows it, right to left (pdftotext's own order of such a line varies).
      expect(footerRightToLeft(files.fa, p), `page ${p}`).toBe(`صفحه ${persianDigits} از ${total}`);
      expect(text).not.toMatch(/Page \d|Excerpt|Sources|Index of names/);
    }
    // An English note keeps its own order: the full stop after the closing bracket, right of it on the page.
    const boxes = run('pdftotext', ['-bbox', files.fa, '-']);
    const note = /xMin="([\d.]+)"[^>]*>She<[\s\S]*?xMin="([\d.]+)"[^>]*>\(1996–2007\)\.</.exec(boxes);
    expect(note, 'the English note as one left-to-right run').not.toBeNull();
    expect(Number(note?.[1])).toBeLessThan(Number(note?.[2]));
    const contents = normalise(pageText(files.fa, 2));
    expect(contents).toContain('فهرست');
    expect(contents).not.toMatch(/\s\d+\s*$/m);
  });
});

/** The footer's words from right to left, each as it reads (bbox gives Persian glyphs left to right). */
function footerRightToLeft(file: string, page: number): string {
  const boxes = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']);
  const words = [...boxes.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</g)]
    .filter((m) => Number(m[2]) > 790)
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .map((m) => m[3] ?? '');
  return words.map((w) => (/^[\u06F0-\u06F9]+$/.test(w) ? w : [...w].reverse().join(''))).join(' ');
}

function pageOf(file: string, heading: string): number {
  const pages = Number(pdfInfo(file).Pages);
  for (let p = pages; p >= 1; p--) if (pageText(file, p).includes(heading)) return p;
  return 0;
}
