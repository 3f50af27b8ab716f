import { useEffect, useRef } from 'react';

/**
 * A panel the researcher resizes (CSS `resize: horizontal`) keeps its width across sessions:
 * the width is restored on mount and saved whenever it changes.
 */
export function useRememberedWidth<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const saved = Number(window.localStorage.getItem(`testimony.width.${key}`));
    if (saved >= 160 && saved <= 1200) element.style.width = `${saved}px`;
    let timer: number | undefined;
    const observer = new ResizeObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => window.localStorage.setItem(`testimony.width.${key}`, String(Math.round(element.getBoundingClientRect().width))), 200);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [key]);
  return ref;
}
