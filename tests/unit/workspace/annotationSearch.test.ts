import { afterEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/workspace';
import { createHandlers } from '../../../main/handlers';
import { dispatch } from '../../../main/handlers/dispatch';
import type { CallOutput } from '../../../preload/api';
import { wordMatcher } from '../../../main/workspace/annotationSearch';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

describe('wordMatcher', () => {
  it('wants every word, in any order, across the texts, folding case, accents and Persian digits', () => {
    const matches = wordMatcher('camp TEHRAN ۲۰۸');
    expect(matches?.('208 people', 'left the camp for Tehrān')).toBe(true);
    expect(matches?.('208 people', 'left the camp')).toBe(false);
    expect(wordMatcher('displac')?.('Displacement after 1991')).toBe(true);
    expect(wordMatcher('us')?.('thus it was', undefined)).toBe(false);
  });

  it('has nothing to match for a query without words', () => {
    expect(wordMatcher('  … ')).toBeNull();
  });
});

describe('annotations.search through the handlers', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function annotatedArchive() {
    const archive = tempArchive(SMALL_ARCHIVE);
    const ws = await Workspace.open(archive.root, { userDataDir: archive.userData, watch: false });
    cleanups.push(async () => (await ws.close(), archive.cleanup()));
    await ws.ready;
    const handlers = createHandlers(ws);
    const one = ws.list().find((i) => i.path === 'one.txt')!;
    const two = ws.list().find((i) => i.path === 'two.md')!;
    const at = (id: string, phrase: string) => {
      const start = ws.interview(id).text.indexOf(phrase);
      return { interviewId: id, start, end: start + phrase.length };
    };
    await ws.annotations.add({ ...at(one.id, 'Camp Ashraf'), note: 'The camp where the Iranian opposition lived', codes: [] });
    await ws.annotations.add({ ...at(two.id, 'seventy people'), note: 'Check the police figure', codes: [] });
    await ws.annotations.store.addMemo({ title: 'Figures', body: 'The police count differs between witnesses.', attachedTo: { kind: 'project' } });
    await ws.annotations.store.addMemo({ title: 'Places', body: 'Camp names vary.', attachedTo: { kind: 'interview', interviewId: one.id } });
    const search = async (input: Record<string, unknown>) => {
      const answer = await dispatch(handlers, 'annotations.search', input);
      if (!answer.ok) throw new Error(answer.error.message);
      const found = answer.value as CallOutput<'annotations.search'>;
      return { quotes: found.annotations.map((a) => a.quote), memos: found.memos.map((m) => m.title) };
    };
    return { search, one, two };
  }

  it('finds annotations by their note or quote and memos by their title or body', async () => {
    const { search } = await annotatedArchive();
    expect(await search({ query: 'police' })).toEqual({ quotes: ['seventy people'], memos: ['Figures'] });
    expect(await search({ query: 'iranian camp' })).toEqual({ quotes: ['Camp Ashraf'], memos: [] });
    expect(await search({ query: 'camp' })).toEqual({ quotes: ['Camp Ashraf'], memos: ['Places'] });
    expect(await search({ query: 'zebra' })).toEqual({ quotes: [], memos: [] });
  });

  it('keeps the other filters for annotations and refuses unknown fields', async () => {
    const { search, one } = await annotatedArchive();
    expect(await search({ query: 'the', interviewee: 'nouri' })).toMatchObject({ quotes: ['seventy people'] });
    expect(await search({ query: 'the', interviewId: one.id })).toMatchObject({ quotes: ['Camp Ashraf'] });
    await expect(search({ query: 'camp', text: 'camp' })).rejects.toThrow();
  });
});
