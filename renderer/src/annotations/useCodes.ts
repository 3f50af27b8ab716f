import type { Code } from '../../../preload/api';
import { request } from '../api/client';
import { useLiveRequest } from './useLiveRequest';

const NONE: Code[] = [];

/** The codebook, refreshed whenever annotations or codes change. */
export function useCodes(): Code[] {
  return useLiveRequest(() => request('codes.list', {}), 'codes', NONE).value;
}

/** "Parent/Child" for a code, as researchers read it. */
export function codePath(code: Code, byId: ReadonlyMap<string, Code>): string {
  const names: string[] = [];
  for (let current: Code | undefined = code, guard = 0; current && guard < 50; current = current.parentId ? byId.get(current.parentId) : undefined, guard++) {
    names.unshift(current.name);
  }
  return names.join('/');
}
