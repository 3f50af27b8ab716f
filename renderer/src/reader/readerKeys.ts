import type { KeyboardEvent } from 'react';
import { matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';

/**
 * Annotating without a mouse: in the focused reader text, the arrows move between passages, Enter
 * selects the focused passage, Shift+←/→ grow or shrink the selection by a word. The selection is
 * then the same as one made with the mouse, so every selection command works on it.
 */
export function onReaderKey(event: KeyboardEvent<HTMLElement>, body: HTMLElement, onSelect?: (container: HTMLElement) => void): void {
  const native = event.nativeEvent;
  const passages = [...body.querySelectorAll<HTMLElement>('.passage')];
  const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.passage') ?? null;
  const index = focused ? passages.indexOf(focused) : -1;
  if (matches(native, CONTEXT_KEYS.nextPassage.shortcut) || matches(native, CONTEXT_KEYS.previousPassage.shortcut)) {
    const step = native.key === 'ArrowDown' ? 1 : -1;
    const next = passages[Math.min(passages.length - 1, Math.max(0, index + step))];
    next?.focus();
  } else if (matches(native, CONTEXT_KEYS.selectPassage.shortcut) && focused) {
    selectPassage(focused);
  } else if (matches(native, CONTEXT_KEYS.extendWord.shortcut) || matches(native, CONTEXT_KEYS.shrinkWord.shortcut)) {
    const selection = window.getSelection();
    if (!selection) return;
    if ((selection.rangeCount === 0 || !body.contains(selection.anchorNode)) && focused) collapseAtStart(focused);
    selection.modify('extend', native.key === 'ArrowRight' ? 'forward' : 'backward', 'word');
  } else {
    return;
  }
  event.preventDefault();
  onSelect?.(body);
}

function textSpans(passage: HTMLElement): HTMLElement[] {
  return [...passage.querySelectorAll<HTMLElement>('[data-start]')];
}

function selectPassage(passage: HTMLElement): void {
  const spans = textSpans(passage);
  const first = spans[0]?.firstChild;
  const last = spans[spans.length - 1]?.firstChild;
  if (!first || !last) return;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.textContent?.length ?? 0);
  window.getSelection()?.removeAllRanges();
  window.getSelection()?.addRange(range);
}

function collapseAtStart(passage: HTMLElement): void {
  const first = textSpans(passage)[0]?.firstChild;
  if (!first) return;
  window.getSelection()?.collapse(first, 0);
}
