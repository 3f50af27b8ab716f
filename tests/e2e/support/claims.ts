import { expect, type Locator, type Page } from '@playwright/test';
import { selectInReader } from './select';

/** Opens the seed interview in the reader with its Claims tab; returns the reader's tools. */
export async function openSeedClaims(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
  const tools = page.getByRole('complementary', { name: 'Interview tools' });
  await tools.getByRole('tab', { name: 'Claims' }).click();
  return tools;
}

export interface ClaimEntry {
  what?: string;
  value: string;
  source: string;
  asOf: string;
}

/** Marks a phrase of the open interview as a claim through the reader's Claims tab, as a researcher types it. */
export async function markClaim(page: Page, tools: Locator, phrase: string, { what = 'MKO dissidents in the US camp', value, source, asOf }: ClaimEntry): Promise<void> {
  await selectInReader(page, phrase);
  const form = tools.getByRole('form', { name: 'New claim' });
  await form.getByLabel('About (what is counted or stated)').fill(what);
  await form.getByLabel('Value').fill(value);
  await form.getByLabel('Source (who says it)').fill(source);
  await form.getByLabel('As of').fill(asOf);
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form).toHaveCount(0);
}
