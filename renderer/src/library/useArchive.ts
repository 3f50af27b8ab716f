import { useEffect, useState } from 'react';
import type { ArchiveStatus, IndexProgress, InterviewSummary } from '../../../preload/api';
import { api, request } from '../api/client';

export interface ArchiveState {
  status: ArchiveStatus | null;
  interviews: InterviewSummary[];
  error: string | null;
  /** Bumps whenever the archive's content changed, so views can refetch. */
  version: number;
}

/** The open archive: its status, its interviews, and live indexing progress. */
export function useArchive(): ArchiveState {
  const [state, setState] = useState<ArchiveState>({ status: null, interviews: [], error: null, version: 0 });

  useEffect(() => {
    let alive = true;
    async function refresh(): Promise<void> {
      try {
        const [status, interviews] = await Promise.all([request('archive.status', {}), request('interviews.list', {})]);
        if (alive) setState((s) => ({ status, interviews, error: null, version: s.version + 1 }));
      } catch (error) {
        if (alive) setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) }));
      }
    }
    const onProgress = (progress: IndexProgress): void => {
      setState((s) => (s.status ? { ...s, status: { ...s.status, progress } } : s));
      if (progress.phase === 'ready' || progress.phase === 'failed' || progress.phase === 'cancelled') void refresh();
    };
    const offProgress = api.on('index.progress', onProgress);
    const offChanged = api.on('archive.changed', () => void refresh());
    void refresh();
    return () => {
      alive = false;
      offProgress();
      offChanged();
    };
  }, []);

  return state;
}
