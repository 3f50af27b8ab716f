import { useCallback, useState } from 'react';
import type { View } from './navigation';

/** Back and forward through the views a researcher visited, like a browser. */
export function useViewHistory(initial: View): { view: View; go(view: View): void; back(): void; forward(): void; canBack: boolean; canForward: boolean } {
  const [state, setState] = useState({ stack: [initial], index: 0 });
  const go = useCallback((view: View) => {
    setState(({ stack, index }) => {
      if (JSON.stringify(stack[index]) === JSON.stringify(view)) return { stack, index };
      const next = [...stack.slice(0, index + 1), view].slice(-100);
      return { stack: next, index: next.length - 1 };
    });
  }, []);
  const back = useCallback(() => setState((s) => ({ ...s, index: Math.max(0, s.index - 1) })), []);
  const forward = useCallback(() => setState((s) => ({ ...s, index: Math.min(s.stack.length - 1, s.index + 1) })), []);
  return { view: state.stack[state.index] ?? initial, go, back, forward, canBack: state.index > 0, canForward: state.index < state.stack.length - 1 };
}
