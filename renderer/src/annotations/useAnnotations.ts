import type { AnnotationFilter, AnnotationView } from '../../../preload/api';
import { request } from '../api/client';
import { useLiveRequest } from './useLiveRequest';

const NONE: AnnotationView[] = [];

/** Annotations matching a filter, refreshed whenever any annotation changes. */
export function useAnnotations(filter: AnnotationFilter, enabled = true): { annotations: AnnotationView[]; error: string | null } {
  const key = JSON.stringify(filter);
  const { value, error } = useLiveRequest(() => request('annotations.list', JSON.parse(key) as AnnotationFilter), key, NONE, enabled);
  return { annotations: value, error };
}
