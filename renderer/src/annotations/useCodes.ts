import { useEffect, useState } from 'react';
import type { Code } from '../../../preload/api';
import { api, request } from '../api/client';

/** The codebook, refreshed whenever annotations or codes change. */
export function useCodes(): Code[] {
  const [codes, setCodes] = useState<Code[]>([]);
  useEffect(() => {
    let alive = true;
    const load = (): void => void request('codes.list', {}).then((list) => alive && setCodes(list), () => undefined);
    load();
    const off = api.on('annotations.changed', load);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return codes;
}

/** "Parent/Child" for a code, as researchers read it. */
export function codePath(code: Code, byId: ReadonlyMap<string, Code>): string {
  const names: string[] = [];
  for (let current: Code | undefined = code, guard = 0; current && guard < 50; current = current.parentId ? byId.get(current.parentId) : undefined, guard++) {
    names.unshift(current.name);
  }
  return names.join('/');
}
