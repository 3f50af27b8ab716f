import { useEffect, useState } from 'react';
import { api } from '../api/client';

/** A number that changes whenever the researcher decides something about an entity: a reload key. */
export function useEntitiesVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => api.on('entities.changed', () => setVersion((v) => v + 1)), []);
  return version;
}
