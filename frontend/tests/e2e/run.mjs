// End-to-end scenario of the extranet in Debian's Chromium (playwright-core).
//
//   FRONTEND_URL=http://127.0.0.1:3000 \
//   E2E_NURSE_LOGIN=... E2E_NURSE_PASSWORD=... E2E_PDF_WORD=... node tests/e2e/run.mjs
//
// `make test-e2e` (backend/scripts/e2e.sh) starts a throw-away backend with the
// demo data, a real Solr and the production frontend, then runs this with the
// demo's values. Settings (defaults in brackets):
//   E2E_NURSE_LOGIN, E2E_NURSE_PASSWORD   the nurse's account (required)
//   E2E_NURSE_NAME        her name, checked in the user menu when set
//   E2E_SECTORAL_GROUP    path of the nurses' sectoral group [/groupes-sectoriels/infirmiers]
//   E2E_LOCKED_WORDS      words finding the locked working-group documents on /documents []
//   E2E_PDF_WORD          a word that exists only inside a PDF (required)
//   E2E_PDF_TITLE         title of that PDF's document, checked when set
//   E2E_CHROMIUM          Chromium binary [/usr/bin/chromium]
//   E2E_SCREENSHOTS       folder of the screenshots [tests/e2e/screenshots]
//   E2E_TIMEOUT           milliseconds to wait for a page element [15000]
//
// Every step asserts what the user must see and fails otherwise; a step after a
// failed login fails too. One screenshot per step. Prints "N passed, M failed"
// and exits non-zero when a step failed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
const NURSE_NAME = env('E2E_NURSE_NAME');
const SECTORAL_GROUP = env(
  'E2E_SECTORAL_GROUP',
  '/groupes-sectoriels/infirmiers',
);
const LOCKED_WORDS = env('E2E_LOCKED_WORDS');
const PDF_WORD = env('E2E_PDF_WORD');
const PDF_TITLE = env('E2E_PDF_TITLE');
const TIMEOUT = Number(env('E2E_TIMEOUT', '15000'));
const SCREENSHOTS = resolve(env('E2E_SCREENSHOTS', join(here, 'screenshots')));

const check = (condition, message) => {
  if (!condition) throw new Error(message);
};

const visible = (locator) =>
  locator
    .first()
    .waitFor({ state: 'visible', timeout: TIMEOUT })
    .then(() => true)
    .catch(() => false);

/** Waits until `locator`'s text matches `pattern`; returns that text. */
const textMatching = async (locator, pattern, what) => {
  const deadline = Date.now() + TIMEOUT;
  let text = '';
  while (Date.now() < deadline) {
    text = (
      await locator
        .first()
        .innerText()
        .catch(() => '')
    ).trim();
    if (pattern.test(text)) return text;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${what}: "${text}" does not match ${pattern}`);
};

/** A pattern matching exactly `text`. */
const exactly = (text) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const pathOf = (url) => decodeURIComponent(new URL(url).pathname);
const notRefused = async (page) =>
  check(
    (await page.locator('.view-unauthorized, .view-notfound').count()) === 0,
    `${pathOf(page.url())} was refused`,
  );

/** Places left as the activity says them ("12 places restantes"), or null. */
const placesLeft = (text) => {
  const match = /(\d+)\s+places?\s+restantes?/i.exec(text);
  return match ? Number(match[1]) : null;
};

const steps = [
  {
    name: 'nurse logs in',
    async run({ page }) {
      check(
        LOGIN && PASSWORD,
        'E2E_NURSE_LOGIN and E2E_NURSE_PASSWORD are not set',
      );
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
      check(
        !pathOf(page.url()).startsWith('/login'),
        `still on ${pathOf(page.url())} after logging in`,
      );
      if (NURSE_NAME) {
        await textMatching(
          page.locator('.fmm-user-menu'),
          new RegExp(NURSE_NAME),
          'the user menu',
        );
      }
    },
  },
  {
    name: 'sees her shortcut buttons',
    needsLogin: true,
    async run({ page }) {
      await page.goto(`${FRONTEND_URL}/`);
      const buttons = page.locator('.fmm-shortcuts a');
      check(await visible(buttons), 'no shortcut button');
      const sectoral = page.locator('.fmm-shortcuts a.sectoral_group');
      check(
        (await sectoral.count()) > 0,
        'no sectoral group among her shortcuts',
      );
      const targets = await sectoral.evaluateAll((links) =>
        links.map((link) => new URL(link.href).pathname),
      );
      check(
        targets.includes(SECTORAL_GROUP),
        `no shortcut to ${SECTORAL_GROUP} (shortcuts to ${targets.join(', ')})`,
      );
      check(
        (await page.locator('.fmm-shortcuts a.medical_house').count()) === 1,
        'no shortcut to her medical house',
      );
    },
  },
  {
    name: "opens a document of the nurses' sectoral group",
    needsLogin: true,
    async run({ page }) {
      // From her shortcut, as she would.
      await page.goto(`${FRONTEND_URL}/`);
      await page
        .locator(`.fmm-shortcuts a.sectoral_group[href="${SECTORAL_GROUP}"]`)
        .click();
      check(
        await visible(page.locator('.fmm-group-space')),
        `${SECTORAL_GROUP} did not open as a group space`,
      );
      check(
        pathOf(page.url()) === SECTORAL_GROUP,
        `the shortcut led to ${pathOf(page.url())}`,
      );
      const documents = page.locator('.group-documents .fmm-item-title');
      check(await visible(documents), `no document in ${SECTORAL_GROUP}`);
      const title = (await documents.first().innerText()).trim();
      await documents.first().click();
      await page.waitForURL(
        (url) => url.pathname.startsWith(`${SECTORAL_GROUP}/`),
        { timeout: TIMEOUT },
      );
      await textMatching(
        page.locator('h1'),
        exactly(title),
        `the page of "${title}": its heading`,
      );
      await notRefused(page);
      // Its PDF downloads, with the nurse's session.
      const download = page.locator('a[href*="@@download"]');
      check(await visible(download), `no download link on "${title}"`);
      const href = await download.first().getAttribute('href');
      const response = await page.request.get(new URL(href, page.url()).href);
      check(response.ok(), `downloading ${href} answered ${response.status()}`);
      const body = await response.body();
      check(body.subarray(0, 5).toString() === '%PDF-', `${href} is not a PDF`);
    },
  },
  {
    name: "sees a lock on a working group's document",
    needsLogin: true,
    async run({ page }) {
      const query = LOCKED_WORDS
        ? `?${new URLSearchParams({ SearchableText: LOCKED_WORDS })}`
        : '';
      await page.goto(`${FRONTEND_URL}/documents${query}`);
      check(
        await visible(page.locator('.fmm-documents-table')),
        'no document listed',
      );
      const locked = page.locator('tr.locked');
      check(await visible(locked), 'no locked document listed');
      const row = locked.first();
      check((await row.locator('.fmm-lock').count()) === 1, 'no lock icon');
      check(
        (await row.locator('.fmm-doc-title a').count()) === 0,
        'a locked document has a link to open it',
      );
      check(
        (await row.locator('a[href*="@@download"]').count()) === 0,
        'a locked document can be downloaded',
      );
      const text = await row.innerText();
      check(text.includes('accès restreint'), 'no "accès restreint" mention');
      if (LOCKED_WORDS) {
        check(
          text.includes(LOCKED_WORDS),
          `the locked document is not one of "${LOCKED_WORDS}": ${text}`,
        );
      }
    },
  },
  {
    name: 'finds a word that exists only inside a PDF',
    needsLogin: true,
    async run({ page }) {
      check(PDF_WORD, 'E2E_PDF_WORD is not set');
      // She types the word in the search form (the browser then asks @search).
      await page.goto(`${FRONTEND_URL}/search`);
      const words = page.locator('#search-words');
      check(await visible(words), 'no search field');
      const answer = page.waitForResponse(
        (response) =>
          response.url().includes('@search') &&
          // Volto adds a trailing * (prefix search)
          (
            new URL(response.url()).searchParams.get('SearchableText') || ''
          ).replace(/\*$/, '') === PDF_WORD,
        { timeout: TIMEOUT },
      );
      await words.fill(PDF_WORD);
      await words.press('Enter');
      const response = await answer;
      check(response.ok(), `@search answered ${response.status()}`);
      const found = await response.json();
      check(found.items_total >= 1, `@search found nothing for "${PDF_WORD}"`);
      // Highlighted snippets and facets come from Solr only (the catalog
      // fallback has neither): the word was found by Solr, inside the PDF.
      const mark = new RegExp(`<mark>${PDF_WORD}</mark>`, 'i');
      const hits = found.items.filter((item) => mark.test(item.snippet || ''));
      check(hits.length >= 1, `no Solr snippet highlights "${PDF_WORD}"`);
      check(found.facets, 'no facets in the answer');
      if (PDF_TITLE) {
        check(
          hits.some((item) => item.title === PDF_TITLE),
          `"${PDF_TITLE}" is not among the highlighted results`,
        );
      }
      const results = page.locator('.fmm-results .fmm-item-title');
      check(await visible(results), `no result shown for "${PDF_WORD}"`);
      const titles = await results.allInnerTexts();
      if (PDF_TITLE) {
        check(
          titles.some((title) => title.includes(PDF_TITLE)),
          `"${PDF_TITLE}" is not among the results shown`,
        );
      }
      const shown = (
        await page.locator('.fmm-results').innerText()
      ).toLowerCase();
      check(
        !shown.includes(PDF_WORD.toLowerCase()),
        `"${PDF_WORD}" is in a title or description: not only inside the PDF`,
      );
    },
  },
  {
    name: 'opens an activity and registers',
    needsLogin: true,
    async run({ page, shot }) {
      await page.goto(`${FRONTEND_URL}/`);
      const activities = page.locator('.home-activities .fmm-item-title');
      check(await visible(activities), 'no upcoming activity on the home page');
      const title = (await activities.first().innerText()).trim();
      await activities.first().click();
      check(
        await visible(page.locator('.fmm-activity')),
        'the activity view did not open',
      );
      await textMatching(
        page.locator('h1'),
        exactly(title),
        `the page of "${title}": its heading`,
      );
      await notRefused(page);
      const details = await page.locator('.fmm-details').innerText();
      check(/Quand/.test(details) && /Où/.test(details), 'no date or place');

      const section = page.locator('.fmm-registration');
      check(await visible(section), 'the activity shows no registration');
      const before = placesLeft(
        await textMatching(
          section.locator('.fmm-places'),
          /\d+ places? restantes?/,
          'the places left',
        ),
      );
      check(before > 0, 'no place left: the demo activity should have some');
      const register = section.getByRole('button', {
        name: 'S’inscrire',
        exact: true,
      });
      check(await visible(register), 'no "S’inscrire" button');
      await shot('activity');

      // While the request runs, the button shows its progress.
      let progress = null;
      await page.route('**/@registration', async (route) => {
        if (route.request().method() === 'POST') {
          progress = await register
            .evaluate(
              (button) =>
                button.disabled && button.getAttribute('aria-busy') === 'true',
            )
            .catch(() => false);
        }
        await route.continue();
      });
      await register.click();
      const status = section.getByRole('status');
      await textMatching(status, /inscription est confirmée/, 'the status');
      await shot('confirmation');
      await page.unroute('**/@registration');
      check(
        progress === true,
        'the button showed no progress while registering',
      );
      check(
        await visible(
          section.getByRole('button', { name: 'Annuler mon inscription' }),
        ),
        'no "Annuler mon inscription" button once registered',
      );
      check(
        await visible(section.getByText('Vous êtes inscrit·e.')),
        'she is not said registered',
      );
      await textMatching(
        section.locator('.fmm-places'),
        new RegExp(`^${before - 1} places? restantes?`),
        'the places left after registering',
      );

      // The registration is the backend's: still there after a reload.
      await page.reload();
      check(
        await visible(page.locator('.fmm-registration .fmm-my-registration')),
        'her registration is gone after reloading the page',
      );
      await textMatching(
        page.locator('.fmm-registration .fmm-my-registration'),
        /Vous êtes inscrit·e\./,
        'her registration after reloading',
      );
    },
  },
  {
    name: 'keeps the activity in her favourites',
    needsLogin: true,
    async run({ page }) {
      // Still on the activity of the previous step.
      const title = (await page.locator('h1').first().innerText()).trim();
      const heart = page.locator('.fmm-favourite-button');
      check(await visible(heart), 'no heart on the activity');
      check(
        await visible(page.getByRole('button', { name: 'Partager' })),
        'no "Partager" button beside the heart',
      );
      if ((await heart.getAttribute('aria-pressed')) === 'true') {
        await heart.click(); // left from an earlier run on the same site
        await textMatching(heart, /Ajouter à mes favoris/, 'the heart');
      }
      await textMatching(heart, /Ajouter à mes favoris/, 'the heart');
      await heart.click();
      await textMatching(heart, /Retirer de mes favoris/, 'the pressed heart');
      check(
        (await heart.getAttribute('aria-pressed')) === 'true',
        'the heart is not pressed',
      );
      await page.goto(`${FRONTEND_URL}/mes-favoris`);
      const favourite = page.locator('.fmm-favourites a').first();
      await textMatching(favourite, exactly(title), 'her first favourite');
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
  const counts = { passed: 0, failed: 0 };
  let loggedIn = false;

  for (const [index, step] of steps.entries()) {
    const label = `${String(index + 1).padStart(2, '0')} ${step.name}`;
    const base = join(
      SCREENSHOTS,
      label.replace(/[^a-z0-9]+/gi, '-').toLowerCase(),
    );
    // An extra screenshot in the middle of a step
    const shot = (suffix) =>
      page.screenshot({ path: `${base}-${suffix}.png`, fullPage: true });
    const started = Date.now();
    let outcome;
    try {
      check(!step.needsLogin || loggedIn, 'not logged in');
      await step.run({ page, shot });
      outcome = 'passed';
      if (index === 0) loggedIn = true;
      console.log(
        `PASS ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
      );
    } catch (error) {
      outcome = 'failed';
      console.log(`FAIL ${label}: ${error.message}`);
    }
    counts[outcome] += 1;
    await page
      .screenshot({ path: `${base}.png`, fullPage: true })
      .catch((error) => {
        console.log(`(no screenshot of step ${index + 1}: ${error.message})`);
      });
  }

  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = counts.failed > 0 ? 1 : 0;
};

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
