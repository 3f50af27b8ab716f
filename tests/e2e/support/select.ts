import type { Page } from '@playwright/test';

/**
 * Selects a phrase in the reader as a person would with the mouse: a DOM range over the text
 * spans that carry the phrase, then the mouseup the reader listens to.
 */
export async function selectInReader(page: Page, phrase: string): Promise<void> {
  // The reader may still be loading or re-rendering its spans: try for a few seconds.
  for (let attempt = 0; attempt < 40; attempt++) {
    if (await trySelect(page, phrase)) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`“${phrase}” is not inside one text span of the reader`);
}

function trySelect(page: Page, phrase: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const body = document.querySelector<HTMLElement>('.reader-body');
    if (!body) return false;
    // The phrase may run across several spans (a hit or another annotation splits the text).
    const nodes = [...body.querySelectorAll<HTMLElement>('[data-start]')].map((span) => span.firstChild).filter((n): n is ChildNode => n !== null);
    const joined = nodes.map((n) => n.textContent ?? '').join('');
    const at = joined.indexOf(wanted);
    if (at < 0) return false;
    const locate = (offset: number, end: boolean): [ChildNode, number] | null => {
      let seen = 0;
      for (const node of nodes) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length || (end && offset === seen + length)) return [node, offset - seen];
        seen += length;
      }
      return null;
    };
    const from = locate(at, false);
    const to = locate(at + wanted.length, true);
    if (!from || !to) return false;
    const range = document.createRange();
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, phrase);
}
