import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnnotationSchema, type Annotation, type Code } from '../../../main/annotations/model';
import { applyW3CImport } from '../../../main/annotations/store/import-w3c';
import { AnnotationStore, MassChangeError } from '../../../main/annotations/store/store';
import { exportW3C, toW3C } from '../../../main/annotations/w3c';
import { importW3C } from '../../../main/annotations/w3c-import';
import { failures, hasSuite, loadAssertions, SHARED, SUITE, type Assertion } from './w3c/suite';

const codes = new Map<string, Code>([
  ['6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0001', { id: '6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0001', name: 'Migration', color: '#aa3300' }],
  ['6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0002', { id: '6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0002', name: 'By train', color: '#0033aa', parentId: '6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0001' }],
]);
const interview = { id: 'wpa/missouri 01', path: 'wpa/missouri 01.txt', title: 'Interview with "A. Person" — 1937' };
const HOSTILE = `=cmd|' /C calc'!A0 \u202eevil\u202c \u0000 nul ${'\ud800'} lone, "quotes"\r\nnew line`;

function make(i: number, over: Partial<Annotation>): Annotation {
  return AnnotationSchema.parse({
    id: `0b0e0c9a-1f2b-4c3d-8e4f-00000000000${i}`,
    interviewId: interview.id,
    target: { textHash: 'ab'.repeat(32), quote: { exact: 'we left by train', prefix: 'In 1937 ', suffix: ' to St. Louis' }, position: { start: 8, end: 24 } },
    codes: [],
    created: '2026-01-02T03:04:05.000Z',
    modified: '2026-01-03T03:04:05.000Z',
    ...over,
  });
}

const samples: Annotation[] = [
  make(1, {}),
  make(2, { note: 'A comment.' }),
  make(3, { codes: ['6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0002'] }),
  make(4, { note: HOSTILE, codes: ['6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0001', '6f1c2f5e-6a55-4c8e-9d0c-3c4f1d1a0002'] }),
  make(5, { note: 'x'.repeat(1024 * 1024 - 10) }),
];

describe('W3C export', () => {
  it('describes note, codes (as paths), selectors and the text hash', () => {
    const w = toW3C(samples[3]!, interview, codes) as {
      id: string;
      motivation: string;
      body: { purpose: string; value: string }[];
      target: { source: object; selector: object[] };
    };
    expect(w.id).toBe(`urn:uuid:${samples[3]!.id}`);
    expect(w.motivation).toBe('commenting');
    expect(w.body.map((b) => [b.purpose, b.value.slice(0, 4)])).toEqual([['commenting', '=cmd'], ['tagging', 'Migr'], ['tagging', 'Migr']]);
    expect(w.body[2]!.value).toBe('Migration/By train');
    expect(w.target.source).toMatchObject({ id: 'testimony:interview/wpa%2Fmissouri%2001', 'dcterms:hasVersion': `sha256:${'ab'.repeat(32)}` });
    expect(w.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'we left by train' });
    expect(w.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 8, end: 24 });
    expect((toW3C(samples[0]!, interview, codes) as Record<string, unknown>).motivation).toBe('highlighting');
    // Valid JSON, and the lone surrogate is no longer there to break other tools.
    const text = JSON.stringify(w);
    expect(JSON.parse(text)).toEqual(w);
    expect(text).not.toMatch(/\\ud800/i);
  });
});

describe.skipIf(!hasSuite)('W3C export against the W3C test suite schemas (../shared/data/w3c-annotation; skipped when absent)', () => {
  let musts: Assertion[] = [];
  beforeAll(() => {
    musts = loadAssertions('annotations/annotationMusts.test');
  });

  it('the harness works: the suite’s correct samples pass, its incorrect (parseable) ones fail', () => {
    const dir = path.join(SUITE, 'tools/samples');
    const correctButFailing = fs
      .readdirSync(path.join(dir, 'correct'))
      .filter((f) => f.startsWith('anno'))
      .filter((f) => failures(musts, JSON.parse(fs.readFileSync(path.join(dir, 'correct', f), 'utf8'))).length > 0);
    // A defect of the suite itself: its target-type schema knows Choice but not the Composite,
    // List and Independents targets of the model's own examples 11-13.
    expect(correctButFailing.sort()).toEqual(['anno11.json', 'anno12.json', 'anno13.json']);
    let failed = 0;
    for (const f of fs.readdirSync(path.join(dir, 'incorrect'))) {
      let doc: unknown;
      try {
        doc = JSON.parse(fs.readFileSync(path.join(dir, 'incorrect', f), 'utf8'));
      } catch {
        continue;
      }
      expect(failures(musts, doc).length, f).toBeGreaterThan(0);
      failed++;
    }
    expect(failed).toBeGreaterThan(10);
  });

  it('every exported annotation passes every MUST assertion', () => {
    expect(musts.length).toBe(54);
    for (const a of samples) expect(failures(musts, toW3C(a, interview, codes)), a.id).toEqual([]);
  });

  it('the exported collection and its page pass the collection and page MUSTs', () => {
    const collection = exportW3C(samples, () => interview, codes, { label: 'Test' });
    expect(failures(loadAssertions('collections/collectionMusts.test'), collection)).toEqual([]);
    expect(failures(loadAssertions('collections/pages/pageMusts.test'), collection)).toEqual([]);
  });
});

const readSample = (rel: string): string => fs.readFileSync(path.join(SUITE, 'tools/samples', rel), 'utf8');

describe.skipIf(!hasSuite)('W3C import of the suite’s samples (skipped when ../shared is absent)', () => {
  it('accepts every correct sample as valid; imports the text ones, refuses the others with a reason', () => {
    const files = [
      ...fs.readdirSync(path.join(SUITE, 'tools/samples/correct')).filter((f) => f.startsWith('anno') || f.startsWith('example')).map((f) => path.join(SUITE, 'tools/samples/correct', f)),
      ...fs.readdirSync(path.join(SHARED, 'spec-repo-w3c-web-annotation/published-examples')).filter((f) => f.startsWith('anno')).map((f) => path.join(SHARED, 'spec-repo-w3c-web-annotation/published-examples', f)),
    ];
    const imported: string[] = [];
    for (const file of files) {
      const r = importW3C(fs.readFileSync(file, 'utf8'));
      for (const rej of r.rejected) {
        expect(rej.reason, path.basename(file)).not.toMatch(/not a valid Web Annotation|not valid JSON/);
        expect(rej.reason, path.basename(file)).toMatch(/passage of text|TextQuoteSelector|pages are links/);
      }
      if (r.accepted.length > 0) imported.push(path.basename(file));
    }
    // anno26 (TextQuoteSelector) and anno32 (FragmentSelector refined by a TextQuoteSelector).
    expect(new Set(imported)).toEqual(new Set(['anno26.json', 'anno32.json']));
    const anno26 = importW3C(readSample('correct/anno26.json')).accepted[0]!;
    expect(anno26.target.quote).toEqual({ exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' });
    expect(anno26.note).toBe('See: http://example.org/comment1');
  });

  it('the collection of all published examples imports as a whole, item by item', () => {
    const r = importW3C(fs.readFileSync(path.join(SHARED, 'spec-repo-w3c-web-annotation/published-examples/collection1.json'), 'utf8'));
    expect(r.accepted.length + r.rejected.length).toBe(41);
    expect(r.rejected.filter((x) => /not a valid/.test(x.reason))).toEqual([]);
  });

  it('rejects every incorrect sample, and still rejects it for its own flaw once the shared flaws are repaired', () => {
    const dir = path.join(SUITE, 'tools/samples/incorrect');
    for (const f of fs.readdirSync(dir)) {
      const raw = fs.readFileSync(path.join(dir, f), 'utf8');
      const asIs = importW3C(raw);
      expect(asIs.accepted, f).toEqual([]);
      expect(asIs.rejected[0]?.reason, f).toMatch(/not valid JSON|not a valid Web Annotation/);
      // Most samples also have trailing commas and two ids; without those, their own flaw must still be caught.
      let doc: Record<string, unknown>;
      try {
        doc = JSON.parse(raw.replace(/,(\s*[}\]])/g, '$1')) as Record<string, unknown>;
      } catch {
        continue;
      }
      const label = String(doc.label ?? '');
      if (label === 'multiple identifiers' || label === 'bad id') continue;
      if (Array.isArray(doc.id)) doc.id = 'http://example.org/1';
      // anno15 misspells "langauage", so once repaired it is a valid annotation with an unknown property.
      if (f === 'anno15.json') {
        expect(importW3C(doc).rejected[0]?.reason).not.toMatch(/not a valid/);
        continue;
      }
      const repaired = importW3C(doc);
      expect(repaired.rejected[0]?.reason, `${f} (${label})`).toMatch(/not a valid Web Annotation/);
    }
  });
});

describe('W3C round trip into a store', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const tmp = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'testimony-w3c-'));
    dirs.push(d);
    return d;
  };

  it('export → import restores annotations, notes and code paths; re-import changes nothing', async () => {
    const src = await AnnotationStore.open(tmp());
    const parent = await src.addCode({ name: 'Migration', color: '#aa3300' });
    const child = await src.addCode({ name: 'By train', color: '#0033aa', parentId: parent.id });
    const target = { textHash: 'h', quote: { exact: 'by train', prefix: 'left ', suffix: ' to' }, position: { start: 5, end: 13 } };
    await src.addAnnotation({ interviewId: 'i/1', target, note: HOSTILE, codes: [child.id] });
    await src.addAnnotation({ interviewId: 'i/2', target, codes: [] });
    const json = JSON.stringify(exportW3C(src.listAnnotations(), (id) => ({ id, path: `${id}.txt`, title: id }), new Map(src.listCodes().map((c) => [c.id, c]))));
    const parsed = importW3C(json);
    expect(parsed.rejected).toEqual([]);

    const dst = await AnnotationStore.open(tmp());
    const first = await applyW3CImport(dst, parsed.accepted);
    expect(first).toMatchObject({ added: 2, replaced: 0, codesAdded: 2 });
    expect(dst.listCodes().map((c) => dst.codePath(c.id))).toEqual(['Migration', 'Migration/By train']);
    const got = dst.listAnnotations();
    const want = src.listAnnotations();
    expect(got.map((a) => [a.id, a.interviewId, a.target, a.created, a.modified])).toEqual(want.map((a) => [a.id, a.interviewId, a.target, a.created, a.modified]));
    expect(got[0]!.note).toBe(HOSTILE.replace('\ud800', '\ufffd'));
    expect(got[0]!.codes.map((c) => dst.codePath(c))).toEqual(['Migration/By train']);
    expect(await applyW3CImport(dst, parsed.accepted)).toMatchObject({ added: 0, replaced: 0, deleted: 0, codesAdded: 0 });
    await Promise.all([src.close(), dst.close()]);
  });

  it('refuses an import that would replace more than half of the annotations until confirmed', async () => {
    const store = await AnnotationStore.open(tmp());
    const target = { textHash: 'h', quote: { exact: 'q', prefix: '', suffix: '' }, position: { start: 0, end: 1 } };
    for (let i = 0; i < 4; i++) await store.addAnnotation({ interviewId: 'i', target, note: `mine ${i}` });
    const theirs = store.listAnnotations().slice(0, 3).map((a) => ({ ...a, note: 'overwritten' }));
    await expect(store.importAnnotations(theirs)).rejects.toThrow(MassChangeError);
    expect(store.listAnnotations().filter((a) => a.note === 'overwritten')).toEqual([]);
    // Replace mode: importing one annotation for the interview would delete the other three.
    await expect(store.importAnnotations(theirs.slice(0, 1), { mode: 'replace' })).rejects.toThrow(/delete 3 of your 4/);
    expect(await store.importAnnotations(theirs, { confirm: true })).toEqual({ added: 0, replaced: 3, deleted: 0 });
    // Half exactly is allowed: 2 of 4.
    const two = store.listAnnotations().slice(0, 2).map((a) => ({ ...a, note: 'again' }));
    expect((await store.importAnnotations(two)).replaced).toBe(2);
    await store.close();
  });
});
