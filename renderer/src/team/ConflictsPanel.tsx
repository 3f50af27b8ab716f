import { useMemo, useState } from 'react';
import type { ConflictView } from '../../../preload/api';
import { request } from '../api/client';
import { plural } from '../../../preload/contract/plural';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { ConflictCard, type Choice } from './ConflictCard';

/** Records teammates changed differently: never resolved silently, always by a researcher here. */
export function ConflictsPanel({ generation, onResolved }: { generation: number; onResolved(): void }) {
  const conflicts = useAsync(() => request('sync.conflicts', {}), [generation]);
  const codes = useAsync(() => request('codes.list', {}), [generation]);
  const codeNames = useMemo(() => new Map(codes.state === 'ready' ? codes.value.map((c) => [c.id, c.name]) : []), [codes]);
  const [error, setError] = useState<string | null>(null);
  const resolve = (id: string, kind: ConflictView['kind'], resolution: Choice) => {
    setError(null);
    request('sync.resolve', { id, kind, resolution }).then(onResolved, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicts</h2>
      {error && <ErrorMessage message={error} />}
      {conflicts.state === 'error' && <ErrorMessage message={conflicts.message} />}
      {conflicts.state === 'ready' && (conflicts.value.length === 0
        ? <p>No conflicts.</p>
        : <p>{plural(conflicts.value.length, 'record')} changed differently by teammates. The archive shows the server’s winning version until you choose.</p>)}
      {conflicts.state === 'ready' && conflicts.value.map((c) => <ConflictCard key={`${c.kind}:${c.id}:${c.versions.map((v) => v.rev).join()}`} conflict={c} codeNames={codeNames} onResolve={(r) => resolve(c.id, c.kind, r)} />)}
    </section>
  );
}
