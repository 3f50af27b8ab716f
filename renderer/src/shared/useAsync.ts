import { useEffect, useState } from 'react';

export type Async<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; message: string };

/** Runs `load` whenever `deps` change and keeps only the latest answer. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ state: 'ready', value }),
      (error: unknown) => current && setResult({ state: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the dependencies explicitly
  }, deps);
  return result;
}
