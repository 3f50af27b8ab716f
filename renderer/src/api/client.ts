import type { CallInput, CallName, CallOutput, TestimonyApi } from '../../../preload/api';
import { createHttpClient } from './httpClient';

declare global {
  interface Window { testimony?: TestimonyApi }
}

/** In Electron the preload provides the API; in a browser we talk to the loopback host. */
export const api: TestimonyApi = window.testimony ?? createHttpClient(window.location, window.history, window.sessionStorage);

/**
 * Where an interview's recording plays from, on the page's own origin: the browser host's
 * token-checked route, or app://testimony/media/<id> in the desktop app (whose preload exposes
 * only `call` and `on`). Never a path in the archive, never a remote URL.
 */
export function mediaUrl(interviewId: string): string {
  return api.mediaUrl?.(interviewId) ?? `/media/${encodeURIComponent(interviewId)}`;
}

/** A failed call as an exception carrying the researcher-readable message. */
export class CallError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export async function request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const result = await api.call(name, input);
  if (!result.ok) throw new CallError(result.error.code, result.error.message);
  return result.value;
}
