import { useEffect, useState } from 'react';
import type { ClaimGroup } from '../../../preload/api';
import { api, request } from '../api/client';

/** The claims table, refreshed whenever a claim is added or removed. */
export function useClaims(): ClaimGroup[] {
  const [groups, setGroups] = useState<ClaimGroup[]>([]);
  useEffect(() => {
    let alive = true;
    const load = (): void => void request('claims.list', {}).then((g) => alive && setGroups(g), () => undefined);
    load();
    const off = api.on('claims.changed', load);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return groups;
}
