import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../../preload/api';
import { api, request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { SyncPanel } from './SyncPanel';
import { ConflictsPanel } from './ConflictsPanel';
import { CodersPanel } from './CodersPanel';
import './team.css';

/** Sharing the project with a team: status and settings, conflicts to resolve, coders compared. */
export function TeamView() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => {
    request('sync.status', {}).then(setStatus, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    setGeneration((g) => g + 1);
  }, []);
  useEffect(() => {
    // The first status is fetched like any other answer; later ones come as events.
    void Promise.resolve().then(refresh);
    return api.on('sync.changed', (next) => {
      setStatus(next);
      setGeneration((g) => g + 1);
    });
  }, [refresh]);
  return (
    <div className="team-view" role="region" aria-label="Team">
      {error && <ErrorMessage message={error} />}
      {status && <SyncPanel status={status} onChanged={setStatus} />}
      <ConflictsPanel generation={generation} onResolved={refresh} />
      <CodersPanel generation={generation} />
    </div>
  );
}
