import { describe, expect, it } from 'vitest';
import type { View } from '../../../renderer/src/shell/navigation';
import { hashToView, viewToHash } from '../../../renderer/src/shell/viewUrl';

describe('the view in the address', () => {
  it('round-trips every kind of view, with awkward ids and queries', () => {
    const views: View[] = [
      { kind: 'home' },
      { kind: 'results' },
      { kind: 'results', query: '"camp in Arbil" +MEK #1 & ?' },
      { kind: 'reader', id: 'goftegu-arbil-1386-fa.md' },
      { kind: 'reader', id: 'a/b c?d#e', at: 120, end: 180 },
      { kind: 'feature', id: 'entities' },
      { kind: 'feature', id: 'entities', param: 'person:javad firuzmand/اشرف' },
    ];
    for (const view of views) expect(hashToView(viewToHash(view)), viewToHash(view)).toEqual(view);
  });

  it('an unknown or broken address is no view (the app shows home), never an exception', () => {
    for (const hash of ['#/nowhere', '#/reader', '#/reader/%E0%A4%A', '#/view']) expect(hashToView(hash), hash).toBeNull();
    expect(hashToView('')).toEqual({ kind: 'home' });
    expect(hashToView('#/reader/x?at=-3&end=abc')).toEqual({ kind: 'reader', id: 'x' });
  });
});
