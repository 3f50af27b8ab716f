import type { Page } from '@playwright/test';

/**
 * Selects a phrase in the reader as a person would with the mouse: a DOM range over the text
 * spans that carry the phrase, then the mouseup the reader listens to.
 */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const body = document.querySelector<HTMLElement>('.reader-body');
    if (!body) return false;
    const spans = [...body.querySelectorAll<HTMLElement>('[data-start]')];
    for (const span of spans) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, phrase);
  if (!found) throw new Error(`“${phrase}” is not inside one text span of the reader`);
}
