import { useCallback, useEffect, useState } from 'react';
import type { DossierSummary } from '../../../preload/api';
import { request } from '../api/client';

/** The archive's saved dossiers, reloaded on demand. */
export function useDossierList(): { dossiers: DossierSummary[] | null; error: string | null; reload(): void } {
  const [dossiers, setDossiers] = useState<DossierSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(() => {
    request('dossier.list', {}).then(
      (list) => {
        setDossiers(list);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(reload, [reload]);
  return { dossiers, error, reload };
}
