// End-to-end scenario of the extranet in Debian's Chromium (playwright-core).
//
//   FRONTEND_URL=http://127.0.0.1:3000 \
//   E2E_NURSE_LOGIN=... E2E_NURSE_PASSWORD=... node tests/e2e/run.mjs
//
// Optional settings (defaults in brackets):
//   E2E_CHROMIUM          Chromium binary [/usr/bin/chromium]
//   E2E_SECTORAL_GROUP    path of the nurses' sectoral group [/groupes-sectoriels/infirmiers]
//   E2E_LOCKED_WORDS      words finding the locked working-group document on /documents []
//   E2E_PDF_WORD          word that exists only inside a PDF (step skipped when unset)
//   E2E_PDF_TITLE         title of that PDF's document, checked when set
//   E2E_TIMEOUT           milliseconds to wait for a page element [15000]
//
// One screenshot per step goes to tests/e2e/screenshots/. Steps whose backend
// service is not there yet are reported as skipped. Prints "N passed, M failed"
// and exits non-zero when a step failed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const env = (name, fallback = '') => process.env[name] || fallback;

const FRONTEND_URL = env('FRONTEND_URL', 'http://127.0.0.1:3000').replace(
  /\/$/,
  '',
);
const LOGIN = env('E2E_NURSE_LOGIN');
const PASSWORD = env('E2E_NURSE_PASSWORD');
const SECTORAL_GROUP = env(
  'E2E_SECTORAL_GROUP',
  '/groupes-sectoriels/infirmiers',
);
const LOCKED_WORDS = env('E2E_LOCKED_WORDS');
const PDF_WORD = env('E2E_PDF_WORD');
const PDF_TITLE = env('E2E_PDF_TITLE');
const TIMEOUT = Number(env('E2E_TIMEOUT', '15000'));
const SCREENSHOTS = join(here, 'screenshots');

class Skip extends Error {}
const skip = (message) => {
  throw new Skip(message);
};
const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

/** Status of the last response whose URL contains `fragment`, if any. */
const watchResponses = (page) => {
  const statuses = new Map();
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    statuses.set(pathname, response.status());
  });
  return (fragment) =>
    [...statuses]
      .reverse()
      .find(([pathname]) => pathname.includes(fragment))?.[1];
};

const visible = (locator) =>
  locator
    .first()
    .waitFor({ state: 'visible', timeout: TIMEOUT })
    .then(() => true)
    .catch(() => false);

const steps = [
  {
    name: 'nurse logs in',
    async run({ page }) {
      if (!LOGIN || !PASSWORD)
        skip('E2E_NURSE_LOGIN and E2E_NURSE_PASSWORD are not set');
      await page.goto(`${FRONTEND_URL}/login`);
      await page.fill('#login', LOGIN);
      await page.fill('#password', PASSWORD);
      await page.click('#login-form-submit');
      check(
        await visible(page.locator('.fmm-user-menu')),
        'the user menu did not appear',
      );
      check(
        await visible(page.locator('#navigation')),
        'the left menu did not appear',
      );
    },
  },
  {
    name: 'sees her shortcut buttons',
    needsLogin: true,
    async run({ page, statusOf }) {
      await page.goto(`${FRONTEND_URL}/`);
      const buttons = page.locator('.fmm-shortcuts a');
      if (!(await visible(buttons))) {
        if (statusOf('@my-shortcuts') === 404)
          skip('the backend has no @my-shortcuts yet');
        throw new Error('no shortcut button');
      }
      check(
        (await page.locator('.fmm-shortcuts a.sectoral').count()) > 0,
        'no sectoral group among her shortcuts',
      );
    },
  },
  {
    name: "opens a document of the nurses' sectoral group",
    needsLogin: true,
    async run({ page }) {
      await page.goto(`${FRONTEND_URL}${SECTORAL_GROUP}`);
      check(
        await visible(page.locator('.fmm-group-space')),
        `${SECTORAL_GROUP} is not a group space`,
      );
      const documents = page.locator('.group-documents .fmm-item-title');
      if (!(await visible(documents))) skip(`no document in ${SECTORAL_GROUP}`);
      const title = (await documents.first().innerText()).trim();
      await documents.first().click();
      await page
        .waitForLoadState('networkidle', { timeout: TIMEOUT })
        .catch(() => {});
      check(
        (await page.locator('.view-unauthorized, .view-notfound').count()) ===
          0,
        'the document was refused',
      );
      check(
        (await page.locator('h1').first().innerText()).trim() === title,
        `the page of "${title}" did not open`,
      );
    },
  },
  {
    name: "sees a lock on a working group's document",
    needsLogin: true,
    async run({ page, statusOf }) {
      const query = LOCKED_WORDS
        ? `?${new URLSearchParams({ SearchableText: LOCKED_WORDS })}`
        : '';
      await page.goto(`${FRONTEND_URL}/documents${query}`);
      const table = page.locator('.fmm-documents-table');
      if (!(await visible(table))) {
        if (statusOf('@documents') === 404)
          skip('the backend has no @documents yet');
        throw new Error('no document listed');
      }
      const locked = page.locator('tr.locked');
      check((await locked.count()) > 0, 'no locked document listed');
      check(
        (await locked.first().locator('.fmm-lock').count()) === 1,
        'no lock icon',
      );
      check(
        (await locked.first().locator('a[href*="@@download"]').count()) === 0,
        'a locked document can be downloaded',
      );
      check(
        (await locked.first().innerText()).includes('accès restreint'),
        'no "accès restreint" mention',
      );
    },
  },
  {
    name: 'finds a word that exists only inside a PDF',
    needsLogin: true,
    async run({ page }) {
      if (!PDF_WORD) skip('E2E_PDF_WORD is not set');
      await page.goto(
        `${FRONTEND_URL}/search?${new URLSearchParams({ SearchableText: PDF_WORD })}`,
      );
      const results = page.locator('.fmm-results .fmm-item-title');
      check(await visible(results), `no result for "${PDF_WORD}"`);
      if (PDF_TITLE) {
        check(
          (await results.allInnerTexts()).some((title) =>
            title.includes(PDF_TITLE),
          ),
          `"${PDF_TITLE}" is not among the results`,
        );
      }
    },
  },
  {
    name: 'opens an activity',
    needsLogin: true,
    async run({ page }) {
      await page.goto(`${FRONTEND_URL}/`);
      const activities = page.locator('.home-activities .fmm-item-title');
      if (!(await visible(activities)))
        skip('no upcoming activity on the home page');
      const title = (await activities.first().innerText()).trim();
      await activities.first().click();
      check(
        await visible(page.locator('.fmm-activity')),
        'the activity view did not open',
      );
      check(
        (await page.locator('h1').first().innerText()).trim() === title,
        `the page is not "${title}"`,
      );
    },
  },
];

const main = async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'fmm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: env('E2E_CHROMIUM', '/usr/bin/chromium'),
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 1366, height: 900 },
    locale: 'fr-BE',
    timezoneId: 'Europe/Brussels',
  });
  const page = context.pages()[0] || (await context.newPage());
  page.setDefaultTimeout(TIMEOUT);
  const statusOf = watchResponses(page);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let loggedIn = false;

  for (const [index, step] of steps.entries()) {
    const label = `${String(index + 1).padStart(2, '0')} ${step.name}`;
    let outcome;
    try {
      if (step.needsLogin && !loggedIn) skip('not logged in');
      await step.run({ page, statusOf });
      outcome = 'passed';
      if (index === 0) loggedIn = true;
      console.log(`PASS ${label}`);
    } catch (error) {
      outcome = error instanceof Skip ? 'skipped' : 'failed';
      console.log(
        `${outcome === 'skipped' ? 'SKIP' : 'FAIL'} ${label}: ${error.message}`,
      );
    }
    counts[outcome] += 1;
    const file = join(
      SCREENSHOTS,
      `${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`,
    );
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
  }

  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(
    `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
  process.exitCode = counts.failed > 0 ? 1 : 0;
};

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
