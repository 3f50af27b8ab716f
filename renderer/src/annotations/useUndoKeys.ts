import { useEffect } from 'react';
import { isTyping } from '../shell/commands';

/** Whether a key press belongs to the reader or its side panel (or to no control at all, e.g. after clicking the text). */
function inReader(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return target instanceof Element && target.closest('.reader-pane') !== null;
}

/** Ctrl/⌘+Z and Ctrl/⌘+Shift+Z (or Ctrl+Y) in the reader or its panel, outside text fields, while the panel is shown. */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target) || !inReader(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
