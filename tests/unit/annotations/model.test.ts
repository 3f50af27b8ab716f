import { describe, expect, it } from 'vitest';
import { AnnotationSchema, CodeSchema, MemoSchema, storedAnnotation } from '../../../main/annotations/model';

const good = {
  id: '3f8a1c52-0d1e-4f6a-9b7c-2a1e5d6f7a8b',
  interviewId: 'wpa/01',
  target: { textHash: 'abc', quote: { exact: 'coal', prefix: 'the ', suffix: ' mine' }, position: { start: 4, end: 8 } },
  codes: [],
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
};

describe('model', () => {
  it('accepts a well-formed annotation and strips the computed anchor before storing', () => {
    const a = AnnotationSchema.parse({ ...good, anchor: { status: 'moved', confidence: 0.9, start: 10, end: 14 } });
    expect(storedAnnotation(a)).toEqual(good);
  });

  it.each([
    ['id that is not a uuid', { id: 'x' }],
    ['empty quote', { target: { ...good.target, quote: { exact: '', prefix: '', suffix: '' } } }],
    ['end before start', { target: { ...good.target, position: { start: 9, end: 3 } } }],
    ['negative offset', { target: { ...good.target, position: { start: -1, end: 3 } } }],
    ['date that is not ISO', { created: 'yesterday' }],
    ['note over 1 MB', { note: 'é'.repeat(600_000) }],
    ['unknown anchor status', { anchor: { status: 'lost', confidence: 0.5 } }],
  ])('refuses an annotation with %s', (_name, patch) => {
    expect(AnnotationSchema.safeParse({ ...good, ...patch }).success).toBe(false);
  });

  it('codes need a #rrggbb colour and a name; memos attach to a passage, interview, code or the project', () => {
    expect(CodeSchema.safeParse({ id: 'c', name: 'Work', color: '#a0B1c2' }).success).toBe(true);
    expect(CodeSchema.safeParse({ id: 'c', name: '  ', color: '#a0b1c2' }).success).toBe(false);
    expect(CodeSchema.safeParse({ id: 'c', name: 'Work', color: '#abc' }).success).toBe(false);
    const memo = { id: good.id, title: 't', body: 'b', created: good.created, modified: good.modified };
    for (const attachedTo of [{ kind: 'passage', interviewId: 'i', start: 1, end: 2 }, { kind: 'interview', interviewId: 'i' }, { kind: 'code', codeId: 'c' }, { kind: 'project' }]) {
      expect(MemoSchema.safeParse({ ...memo, attachedTo }).success).toBe(true);
    }
    expect(MemoSchema.safeParse({ ...memo, attachedTo: { kind: 'folder' } }).success).toBe(false);
  });
});
