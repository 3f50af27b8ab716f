import { useEffect, useState } from 'react';
import type { Memo } from '../../../preload/api';
import { api, request } from '../api/client';

/** Every memo of the archive, refreshed when annotations, codes or memos change. */
export function useMemos(): Memo[] {
  const [memos, setMemos] = useState<Memo[]>([]);
  useEffect(() => {
    let alive = true;
    const load = (): void => void request('memos.list', {}).then((list) => alive && setMemos(list), () => undefined);
    load();
    const off = api.on('annotations.changed', load);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return memos;
}
