/** Character offsets in the interview's text of the reader's current selection, or null. */
export function selectionOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const a = offsetOf(range.startContainer, range.startOffset, 'start');
  const b = offsetOf(range.endContainer, range.endOffset, 'end');
  if (a === null || b === null || b <= a) return null;
  return { start: a, end: b };
}

function offsetOf(node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement?.closest<HTMLElement>('[data-start]');
    return span ? Number(span.dataset.start) + offset : null;
  }
  // The range edge sits between child elements: use the neighbouring segment's boundary.
  const element = node as Element;
  const child = element.childNodes[edge === 'start' ? offset : offset - 1];
  const span = child instanceof Element ? (child.matches('[data-start]') ? child : child.querySelector('[data-start]')) : null;
  if (!(span instanceof HTMLElement)) return null;
  return edge === 'start' ? Number(span.dataset.start) : Number(span.dataset.end);
}

/** Without the spaces at either end (a word-wise keyboard selection, or a double-click, takes one along). */
export function trimmed(text: string, range: { start: number; end: number } | null): { start: number; end: number } | null {
  if (!range) return null;
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}
