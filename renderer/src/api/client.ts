import type { CallInput, CallName, CallOutput, TestimonyApi } from '../../../preload/api';
import { createHttpClient } from './httpClient';

declare global {
  interface Window { testimony?: TestimonyApi }
}

/** In Electron the preload provides the API; in a browser we talk to the loopback host. */
export const api: TestimonyApi = window.testimony ?? createHttpClient(window.location, window.history, window.sessionStorage);

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
