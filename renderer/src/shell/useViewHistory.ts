import { useCallback, useEffect, useState } from 'react';
import type { View } from './navigation';
import { hashToView, viewToHash } from './viewUrl';

interface Entry { index: number }

function entryIndex(state: unknown): number {
  return typeof state === 'object' && state !== null && typeof (state as Entry).index === 'number' ? (state as Entry).index : 0;
}

/**
 * Back and forward through the views a researcher visited, on the browser's own history: each view
 * is an address (see viewUrl.ts), so reload and the browser's Back/Forward work, and Alt+←/→ do the same.
 */
export function useViewHistory(initial: View): { view: View; go(view: View): void; back(): void; forward(): void; canBack: boolean; canForward: boolean } {
  const [view, setView] = useState<View>(() => hashToView(window.location.hash) ?? initial);
  const [index, setIndex] = useState(() => entryIndex(window.history.state));
  // The furthest entry this tab reached (kept across a reload), for the Forward button.
  const [top, setTop] = useState(() => Math.max(index, Number(sessionStorage.getItem('testimony.historyTop') ?? 0)));

  useEffect(() => {
    window.history.replaceState({ index } satisfies Entry, '', viewToHash(view));
    const onPop = (event: PopStateEvent): void => {
      setView(hashToView(window.location.hash) ?? initial);
      setIndex(entryIndex(event.state));
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // The current entry is stamped once; later entries are pushed by go().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const go = useCallback((next: View) => {
    if (viewToHash(next) === window.location.hash) return;
    const at = entryIndex(window.history.state) + 1;
    window.history.pushState({ index: at } satisfies Entry, '', viewToHash(next));
    setTop(at);
    sessionStorage.setItem('testimony.historyTop', String(at));
    setIndex(at);
    setView(next);
  }, []);
  const back = useCallback(() => { if (entryIndex(window.history.state) > 0) window.history.back(); }, []);
  const forward = useCallback(() => window.history.forward(), []);
  return { view, go, back, forward, canBack: index > 0, canForward: index < top };
}
