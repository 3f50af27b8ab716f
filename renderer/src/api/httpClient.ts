import type { TestimonyApi, EventName } from '../../../preload/api';

/**
 * The browser host's client: the same contract over fetch and server-sent events. The token
 * arrives once in the page URL and is then kept in sessionStorage and removed from the address bar.
 */
export function createHttpClient(location: Location, history: History, storage: Storage): TestimonyApi {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) {
    storage.setItem('testimony.token', fromUrl);
    history.replaceState(null, '', location.pathname + location.hash);
  }
  const token = fromUrl ?? storage.getItem('testimony.token') ?? '';
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  function ensureEvents(): void {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const { name, payload } = JSON.parse(message.data) as { name: string; payload: unknown };
      listeners.get(name)?.forEach((listener) => listener(payload));
    };
  }

  return {
    async call(name, input) {
      try {
        const response = await fetch(`/api/call/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input),
        });
        if (response.status === 401) {
          return { ok: false, error: { code: 'unauthorised', message: 'This page’s access token is missing or out of date. Open the address printed by `npm run serve` again.' } };
        }
        return await response.json();
      } catch {
        return { ok: false, error: { code: 'offline', message: 'Testimony’s engine is not answering. Is `npm run serve` still running?' } };
      }
    },
    async download(url) {
      if (!url.startsWith('/api/download/')) throw new Error('Not a download address.');
      const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error('The file could not be downloaded; export it again.');
      return response.blob();
    },
    // A media element cannot send a header: the token rides in the query, as for the event stream.
    mediaUrl: (interviewId) => `/api/media/${encodeURIComponent(interviewId)}?token=${encodeURIComponent(token)}`,
    on(name: EventName, listener) {
      ensureEvents();
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}
