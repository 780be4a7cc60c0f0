// The journeys of the extranet (one spec file per journey) in Debian's Chromium,
// against the stack backend/scripts/e2e.sh starts (`make test-e2e`), which also
// sets the environment read here and in fixtures.mjs:
//   FRONTEND_URL    the production Volto build, in seamless mode
//   E2E_DEMO        the demo's accounts and password (JSON)
//   E2E_MAILDIR     the Maildir of the SMTP server, E2E_PYTHON reads it
//   E2E_CHROMIUM    Chromium binary [/usr/bin/chromium]
//   E2E_ARTEFACTS   traces, screenshots and report [var/journeys]
//   E2E_TIMEOUT     milliseconds to wait for a page element [15000]
// Playwright's own browser download does not work here: Chromium is Debian's.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const ARTEFACTS = resolve(
  process.env.E2E_ARTEFACTS || join(here, '../../../var/journeys'),
);
const TIMEOUT = Number(process.env.E2E_TIMEOUT || 15000);

export default defineConfig({
  testDir: here,
  testMatch: /\d\d-[\w-]+\.spec\.mjs$/,
  // One stack for every journey, on a 2-core machine: one at a time, in order.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 180000,
  expect: { timeout: TIMEOUT },
  outputDir: join(ARTEFACTS, 'results'),
  reporter: [
    ['list'],
    ['html', { outputFolder: join(ARTEFACTS, 'report'), open: 'never' }],
  ],
  use: {
    baseURL: process.env.FRONTEND_URL || 'http://127.0.0.1:3000',
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1366, height: 900 },
    actionTimeout: TIMEOUT,
    navigationTimeout: 60000,
    // Kept for the failures only, in ARTEFACTS/results (the CI artefacts).
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
