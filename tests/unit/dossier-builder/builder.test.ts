import { describe, expect, it } from 'vitest';
import { buildDossier, presetDefinition, workspaceContent, newDefinition } from '../../../main/dossier/fromArchive';
import { ensureCodePath } from '../../../main/workspace/codePaths';
import { renderDossier, type ExcerptBlock } from '../../../main/dossier';
import { annotate, openArchive } from './support';

const excerpts = (doc: { sections: { blocks: { kind: string }[] }[] }): ExcerptBlock[] =>
  doc.sections.flatMap((s) => s.blocks.filter((b): b is ExcerptBlock => b.kind === 'excerpt'));

describe('dossier builder on a temporary archive', () => {
  it('cites speaker, passage and timecode, and quotes with context from the passage', async () => {
    const { ws } = await openArchive();
    const a = await annotate(ws, 'two.md', 'arrested seventy people', { note: 'Compare the BBC figure.' });
    const b = await annotate(ws, 'three.vtt', 'border police stopped us');
    const def = { ...newDefinition('Test', 'Tester'), sections: [{ id: 's1', title: 'Picked', source: { kind: 'annotations' as const, ids: [a.id, b.id] } }] };
    const { document, outline } = await buildDossier(def, workspaceContent(ws));
    const [first, second] = excerpts(document);

    expect(first?.quote).toBe('arrested seventy people');
    expect(first?.before).toBe('SARA NOURI: We crossed the border at night. The police');
    expect(first?.after).toBe('near Van.');
    expect(first?.note).toBe('Compare the BBC figure.');
    expect(first?.citation).toMatchObject({ interviewTitle: 'A second interview', interviewee: 'Sara Nouri', interviewer: 'Lena Ortiz', date: '2009-05-01', speaker: 'Sara Nouri', passage: 1, file: 'two.md' });

    expect(second?.quote).toBe('border police stopped us');
    expect(second?.citation).toMatchObject({ speaker: 'Ali Rezaei', time: 70, passage: 2, file: 'three.vtt' });
    expect(outline.sections[0]).toMatchObject({ excerpts: 2, quotes: ['arrested seventy people', 'border police stopped us'] });
  });

  it('cuts the context of a long passage at sentence boundaries, never past the passage', async () => {
    const long = `A: ${'The convoy waited at the checkpoint for hours. '.repeat(12)}Then the guards opened the gate at dawn. ${'Nobody spoke on the way north. '.repeat(12)}`;
    const { ws } = await openArchive({ 'long.txt': `Q: What happened?\n\n${long}\n\nQ: And then?\n` });
    const a = await annotate(ws, 'long.txt', 'the guards opened the gate');
    const def = { ...newDefinition('Long', 'Tester'), sections: [{ id: 's1', title: 'Gate', source: { kind: 'annotations' as const, ids: [a.id] } }] };
    const [excerpt] = excerpts((await buildDossier(def, workspaceContent(ws))).document);
    expect(excerpt?.before?.length).toBeLessThanOrEqual(220);
    expect(excerpt?.before).toMatch(/^The convoy waited .* hours\. Then$/);
    expect(excerpt?.after).toMatch(/^at dawn\. Nobody spoke .* north\.$/);
    expect(excerpt?.after).not.toContain('Q:');
    expect(excerpt?.citation.passage).toBe(2);
  });

  it('quotes a long answer that matches several times once, not once per sentence', async () => {
    const filler = 'The road was long and the nights were cold. '.repeat(25);
    const long = `A: We reached the river at Van. ${filler}In Van the police took our names. ${filler}Later we went back to Van.`;
    const far = `${'Nobody spoke on the way north. '.repeat(60)}At last we saw Van again.`;
    const { ws } = await openArchive({ 'long.txt': `Q: What happened?\n\n${long}\n\nQ: And then?\n\nA: ${far}\n` });
    const def = { ...newDefinition('Van', ''), sections: [{ id: 's1', title: 'Van', source: { kind: 'query' as const, query: 'Van' } }] };
    const found = excerpts((await buildDossier(def, workspaceContent(ws))).document);
    const first = found.filter((e) => e.citation.passage === 2);
    // The first two sentence windows are close: one excerpt; the third is too far to join them.
    expect(first.map((e) => e.quote.match(/Van/g)?.length)).toEqual([2, 1]);
    expect(found.filter((e) => e.citation.passage === 4)).toHaveLength(1);
  });

  it('takes a code with its sub-codes, printed as paths, and the code memo', async () => {
    const { ws } = await openArchive();
    const parent = await ensureCodePath(ws.annotations.store, 'Places');
    const child = await ensureCodePath(ws.annotations.store, 'Places/Camp');
    await ensureCodePath(ws.annotations.store, 'Events');
    await annotate(ws, 'one.txt', 'In Camp Ashraf', { codes: [child] });
    await annotate(ws, 'two.md', 'near Van', { codes: [parent] });
    await annotate(ws, 'three.vtt', 'We left the camp', { codes: [] });
    await ws.annotations.store.addMemo({ title: 'Why places', body: 'Where people were held.', attachedTo: { kind: 'code', codeId: parent } });
    const def = { ...newDefinition('Codes', 'Tester'), sections: [{ id: 's1', title: 'Places', source: { kind: 'code' as const, codeId: parent } }] };
    const { document } = await buildDossier(def, workspaceContent(ws));
    const blocks = document.sections[0]?.blocks ?? [];
    expect(blocks[0]).toEqual({ kind: 'memo', title: 'Why places', body: 'Where people were held.' });
    expect(excerpts(document).map((e) => [e.quote, e.codes])).toEqual([
      ['In Camp Ashraf', ['Places/Camp']],
      ['near Van', ['Places']],
    ]);
  });

  it('--all makes one section per annotated interview, in archive order, each excerpt cited', async () => {
    const { ws } = await openArchive();
    await annotate(ws, 'three.vtt', 'We left the camp');
    await annotate(ws, 'one.txt', 'a hospital');
    await annotate(ws, 'one.txt', 'Where did you stay?');
    const content = workspaceContent(ws);
    const { document } = await buildDossier(presetDefinition({ kind: 'all' }, content, 'archive'), content);
    const order = ws.list().map((i) => i.title);
    expect(document.sections.map((s) => s.title)).toEqual(order.filter((t) => t !== 'A second interview'));
    const one = document.sections.find((s) => s.blocks.some((b) => b.kind === 'excerpt' && b.citation.file === 'one.txt'));
    expect(one?.blocks.map((b) => (b.kind === 'excerpt' ? b.quote : ''))).toEqual(['Where did you stay?', 'a hospital']);
    for (const e of excerpts(document)) expect(one?.blocks.includes(e) || e.citation.file === 'three.vtt').toBe(true);
  });

  it('--query prints each matching passage once, ranked, within the limit', async () => {
    const { ws } = await openArchive();
    const content = workspaceContent(ws);
    const { document, outline } = await buildDossier(presetDefinition({ kind: 'query', query: 'border' }, content, 'archive'), content);
    const found = excerpts(document);
    expect(found.length).toBe(2);
    for (const e of found) expect(e.quote.toLowerCase()).toContain('border');
    expect(new Set(found.map((e) => e.citation.file))).toEqual(new Set(['two.md', 'three.vtt']));

    const limited = await buildDossier(presetDefinition({ kind: 'query', query: 'camp', limit: 1 }, content, 'archive'), content);
    expect(excerpts(limited.document)).toHaveLength(1);
    expect(limited.outline.sections[0]?.notice).toMatch(/more matching passages left out/);
    expect(outline.excerpts).toBe(2);
  });

  it('prints links between printed annotations as cross-references, and entities for the index, when xref has them', async () => {
    const { ws } = await openArchive();
    const a = await annotate(ws, 'two.md', 'arrested seventy people');
    const b = await annotate(ws, 'three.vtt', 'border police stopped us');
    const xref = {
      linksFrom: (id: string) => (id === a.id ? [{ type: 'contradicts' as const, targetAnnotationId: b.id, note: 'different night' }, { type: 'see also' as const, targetAnnotationId: 'not-printed' }] : []),
      entitiesIn: (interviewId: string, start: number) => (interviewId === a.interviewId && start === a.start ? ['Van', 'Van', 'Turkish police'] : []),
      claimGroups: () => [],
      mentionsOf: () => undefined,
      names: () => [],
    };
    const def = { ...newDefinition('Links', 'Tester'), sections: [{ id: 's1', title: 'Both', source: { kind: 'annotations' as const, ids: [a.id, b.id] } }] };
    const { document } = await buildDossier(def, { ...workspaceContent(ws), xref });
    const [first, second] = excerpts(document);
    // The renderer accepts what the builder made (its schema checks link targets and ids).
    expect((await renderDossier(document)).excerpts).toBe(2);
    expect(first?.links).toEqual([{ type: 'contradicts', targetExcerptId: second?.id, note: 'different night' }]);
    expect(first?.entities).toEqual(['Van', 'Turkish police']);
    expect(second?.links).toBeUndefined();
  });

  it('explains empty sections and leaves them out of the print', async () => {
    const { ws } = await openArchive();
    const def = { ...newDefinition('Empty', 'Tester'), sections: [{ id: 's1', title: 'Nothing', source: { kind: 'query' as const, query: 'zeppelin' } }] };
    const { document, outline } = await buildDossier(def, workspaceContent(ws));
    expect(document.sections).toEqual([]);
    expect(outline.sections[0]?.notice).toBe('No passage matches “zeppelin”.');
  });

  it('prints whole interviews in the appendix and can add every cited one', async () => {
    const { ws } = await openArchive();
    await annotate(ws, 'one.txt', 'a hospital');
    const [first] = ws.list();
    const annotated = ws.annotations.list({})[0]?.id ?? '';
    const def = {
      ...newDefinition('Appendix', 'Tester'),
      sections: [
        { id: 's1', title: 'Whole', source: { kind: 'interviews' as const, ids: [first?.id ?? ''] } },
        { id: 's2', title: 'Picked', source: { kind: 'annotations' as const, ids: [annotated, annotated] } },
      ],
    };
    const built = await buildDossier(def, workspaceContent(ws));
    expect(built.document.appendix?.map((a) => a.title)).toEqual([first?.title]);
    // The same annotation picked twice is one passage: printed once, and the outline says so.
    expect(excerpts(built.document).map((e) => e.quote)).toEqual(['a hospital']);
    expect(built.outline.sections[1]).toMatchObject({ excerpts: 1, notice: expect.stringContaining('printed once') });
  });
});
