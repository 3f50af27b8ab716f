import { defineConfig } from '@playwright/test';

// Chromium comes from Debian (`apt-get install chromium`): Playwright cannot download its own here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Files run two at a time (each test has its own archive copy, host and port); a file's tests in order.
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  outputDir: 'test-results',
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    viewport: { width: 1360, height: 860 },
    launchOptions: { executablePath, args: ['--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] },
    trace: 'retain-on-failure',
  },
});
