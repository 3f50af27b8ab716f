import { useMemo } from 'react';
import { request } from '../api/client';
import { useAsync } from '../shared/useAsync';

/** Interview id → title, for citing annotations outside the reader. */
export function useInterviewTitles(): Map<string, string> {
  const list = useAsync(() => request('interviews.list', {}), []);
  return useMemo(() => new Map((list.state === 'ready' ? list.value : []).map((i) => [i.id, i.title])), [list]);
}
