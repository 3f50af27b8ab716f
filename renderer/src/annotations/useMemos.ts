import type { Memo } from '../../../preload/api';
import { request } from '../api/client';
import { useLiveRequest } from './useLiveRequest';

const NONE: Memo[] = [];

/** Every memo of the archive, refreshed when annotations, codes or memos change. */
export function useMemos(): Memo[] {
  return useLiveRequest(() => request('memos.list', {}), 'memos', NONE).value;
}
