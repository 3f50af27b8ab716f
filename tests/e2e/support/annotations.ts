import { expect, test, type Locator, type Page } from '@playwright/test';
import { serveArchive, type ServedArchive } from './host';

/** The sample archive's seed interview, as listed. */
export const SEED = /Javad Firuzmand interviewed by/;

/** A private copy of the sample archive served for the tests of one file; call at the top level. */
export function servedArchive(): () => ServedArchive {
  let host: ServedArchive | undefined;
  test.beforeAll(async () => {
    host = await serveArchive();
  });
  test.afterAll(async () => host?.stop());
  return () => {
    if (!host) throw new Error('the archive is served only once beforeAll has run');
    return host;
  };
}

/** Opens the seed interview and waits for its text; returns the reader's side panel. */
export async function openSeedInterview(page: Page, host: ServedArchive): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: SEED }).click();
  await expect(page.getByRole('article')).toContainText('Camp Ashraf was established in 1986');
  return page.getByRole('complementary', { name: 'Interview tools' });
}

/** Switches to a feature view by its button in the top bar; returns the view's region. */
export async function goToView(page: Page, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  return page.getByRole('region', { name });
}
