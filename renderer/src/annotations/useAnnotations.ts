import { useEffect, useState } from 'react';
import type { AnnotationFilter, AnnotationView } from '../../../preload/api';
import { api, request } from '../api/client';

/** Annotations matching a filter, refreshed whenever any annotation changes. */
export function useAnnotations(filter: AnnotationFilter, enabled = true): { annotations: AnnotationView[]; error: string | null } {
  const [state, setState] = useState<{ annotations: AnnotationView[]; error: string | null }>({ annotations: [], error: null });
  const key = JSON.stringify(filter);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const load = (): void => {
      request('annotations.list', JSON.parse(key) as AnnotationFilter).then(
        (annotations) => alive && setState({ annotations, error: null }),
        (error: unknown) => alive && setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
      );
    };
    load();
    const off = api.on('annotations.changed', load);
    return () => {
      alive = false;
      off();
    };
  }, [key, enabled]);
  return state;
}
