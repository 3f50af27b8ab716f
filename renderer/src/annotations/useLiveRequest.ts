import { useEffect, useState } from 'react';
import { api } from '../api/client';

/**
 * The answer of `load`, asked again whenever the key changes or any annotation, code or memo
 * changes (the `annotations.changed` event). A failed reload keeps the last answer beside the error.
 */
export function useLiveRequest<T>(load: () => Promise<T>, key: string, initial: T, enabled = true): { value: T; error: string | null } {
  const [state, setState] = useState<{ value: T; error: string | null }>({ value: initial, error: null });
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const reload = (): void => {
      load().then(
        (value) => alive && setState({ value, error: null }),
        (error: unknown) => alive && setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
      );
    };
    reload();
    const off = api.on('annotations.changed', reload);
    return () => {
      alive = false;
      off();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for everything `load` reads
  }, [key, enabled]);
  return state;
}
