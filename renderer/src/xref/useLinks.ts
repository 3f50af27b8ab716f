import { useCallback, useEffect, useState } from 'react';
import type { LinkView } from '../../../preload/api';
import { api, request } from '../api/client';

/** Links at either end of one annotation, refreshed whenever a link or annotation changes. */
export function useLinks(annotationId: string | undefined): { links: LinkView[]; reload(): void } {
  const [links, setLinks] = useState<LinkView[]>([]);
  const reload = useCallback(() => {
    const load = annotationId ? request('links.list', { annotationId }) : Promise.resolve([]);
    void load.then(setLinks, () => setLinks([]));
  }, [annotationId]);
  useEffect(() => {
    reload();
    const offLinks = api.on('links.changed', (e) => {
      if (annotationId && e.annotationIds.includes(annotationId)) reload();
    });
    const offAnnotations = api.on('annotations.changed', reload);
    return () => {
      offLinks();
      offAnnotations();
    };
  }, [annotationId, reload]);
  return { links, reload };
}
