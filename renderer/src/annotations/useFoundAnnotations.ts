import type { AnnotationFilter, AnnotationView, Memo } from '../../../preload/api';
import { request } from '../api/client';
import { useLiveRequest } from './useLiveRequest';

interface Found {
  annotations: AnnotationView[];
  /** Memos containing every word of the filter's text; empty without text. */
  memos: Memo[];
}
const NOTHING: Found = { annotations: [], memos: [] };

/**
 * The Annotations view's list: with words in `text`, the engine's search over quotes, notes and
 * memos (every word, folded like search) within the other filters; without, the plain filtered list.
 */
export function useFoundAnnotations(filter: AnnotationFilter): Found & { error: string | null } {
  const key = JSON.stringify(filter);
  const { value, error } = useLiveRequest<Found>(async () => {
    const { text, ...rest } = JSON.parse(key) as AnnotationFilter;
    if (text?.trim()) return request('annotations.search', { ...rest, query: text });
    return { annotations: await request('annotations.list', rest), memos: [] };
  }, key, NOTHING);
  return { ...value, error };
}
