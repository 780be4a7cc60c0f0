// Journey 6 (ported from the former tests/e2e/run.mjs): the demo nurse logs in
// ("Se souvenir de moi"), sees her shortcuts, opens a document of the nurses'
// sectoral group, sees a lock on a working group's document, finds a word that
// exists only inside a PDF (answered by Solr), registers to an activity (the
// confirmation is mailed) and keeps it in her favourites.
import {
  PDF_WORD,
  expect,
  expectLoggedIn,
  logIn,
  mailTo,
  open,
  persona,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');
const SECTORAL_GROUP = '/groupes-sectoriels/groupe-sectoriel-infirmier-ere';
const PDF_TITLE = 'GS infirmier·ère — document 1';
const LOCKED_WORDS = 'GT Secret professionnel';

/** Places left as the activity says them ("12 places restantes"), or null. */
const placesLeft = (text) => {
  const match = /(\d+)\s+places?\s+restantes?/i.exec(text);
  return match ? Number(match[1]) : null;
};

const DAY = 24 * 3600 * 1000;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe.configure({ mode: 'serial' });

test('the nurse finds her documents, an activity and her favourites', async ({
  page,
  axe,
}) => {
  // --- She logs in, asking to be remembered.
  const login = page.waitForRequest(
    (request) =>
      request.url().endsWith('/@login') && request.method() === 'POST',
  );
  await logIn(page, axe, nurse, { remember: true });
  expect((await login).postDataJSON()).toMatchObject({
    login: nurse.email,
    remember: true,
  });
  await expectLoggedIn(page, nurse);
  // Remembered: her session outlives the browser for weeks (SPEC rule 11).
  const session = (await page.context().cookies()).find(
    (cookie) => cookie.name === 'auth_token',
  );
  expect(session.expires * 1000).toBeGreaterThan(Date.now() + 7 * DAY);
  await expect(page.locator('#navigation')).toBeVisible();
  await page.waitForURL((url) => url.pathname !== '/login');
  await axe();

  // --- Her shortcut buttons: her medical house, her sectoral group.
  await open(page, '/');
  const shortcuts = page.getByRole('navigation', { name: 'Mes groupes' });
  await expect(shortcuts.locator('a.medical_house')).toHaveCount(1);
  const sectoral = shortcuts.locator(
    `a.sectoral_group[href="${SECTORAL_GROUP}"]`,
  );
  await expect(sectoral).toBeVisible();
  await axe();

  // --- A document of the nurses' group, from her shortcut; its PDF downloads.
  await sectoral.click();
  await page.waitForURL(`**${SECTORAL_GROUP}`);
  await expect(page.locator('.fmm-group-space')).toBeVisible();
  const documents = page.locator('.group-documents .fmm-item-title');
  await expect(documents.first()).toBeVisible();
  await axe();
  const title = (await documents.first().innerText()).trim();
  await documents.first().click();
  await page.waitForURL((url) => url.pathname.startsWith(`${SECTORAL_GROUP}/`));
  await expect(page.locator('h1')).toHaveText(title);
  await expect(page.locator('.view-unauthorized, .view-notfound')).toHaveCount(
    0,
  );
  const download = page.locator('a[href*="@@download"]').first();
  await expect(download).toBeVisible();
  await axe();
  const href = await download.getAttribute('href');
  const pdf = await page.request.get(new URL(href, page.url()).href);
  expect(pdf.ok(), `downloading ${href}`).toBe(true);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // --- A working group's document is listed with a lock, and cannot be opened.
  await open(
    page,
    `/documents?${new URLSearchParams({ SearchableText: LOCKED_WORDS })}`,
  );
  await expect(page.locator('.fmm-documents-table')).toBeVisible();
  const locked = page.locator('tr.locked').first();
  await expect(locked).toBeVisible();
  await expect(locked.locator('.fmm-lock')).toHaveCount(1);
  await expect(locked.locator('.fmm-doc-title a')).toHaveCount(0);
  await expect(locked.locator('a[href*="@@download"]')).toHaveCount(0);
  await expect(locked).toContainText('accès restreint');
  await expect(locked).toContainText(LOCKED_WORDS);
  await axe();

  // --- A word that exists only inside a PDF: Solr finds it (snippets, facets).
  await open(page, '/search');
  const words = page.locator('#search-words');
  await expect(words).toBeVisible();
  await axe();
  const answer = page.waitForResponse(
    (response) =>
      response.url().includes('@search') &&
      (
        new URL(response.url()).searchParams.get('SearchableText') || ''
      ).replace(/\*$/, '') === PDF_WORD,
  );
  await words.fill(PDF_WORD);
  await words.press('Enter');
  const response = await answer;
  expect(response.ok()).toBe(true);
  const found = await response.json();
  expect(found.items_total).toBeGreaterThanOrEqual(1);
  const mark = new RegExp(`<mark>${PDF_WORD}</mark>`, 'i');
  const hits = found.items.filter((item) => mark.test(item.snippet || ''));
  expect(hits.map((item) => item.title)).toContain(PDF_TITLE);
  expect(found.facets).toBeTruthy();
  const results = page.locator('.fmm-results');
  await expect(
    results.locator('.fmm-item-title', { hasText: PDF_TITLE }),
  ).toBeVisible();
  // Not in a title nor a description: only inside the PDF, which the snippet
  // quotes with the word highlighted.
  const hit = results.locator('.fmm-item', { hasText: PDF_TITLE });
  for (const part of ['.fmm-item-title', '.fmm-item-description']) {
    for (const text of await hit.locator(part).allInnerTexts()) {
      expect(text.toLowerCase()).not.toContain(PDF_WORD.toLowerCase());
    }
  }
  await expect(hit.locator('.fmm-snippet mark').first()).toHaveText(
    new RegExp(PDF_WORD, 'i'),
  );
  await axe();

  // --- An activity of the home page: she registers.
  await open(page, '/');
  const activities = page.locator('.home-activities .fmm-item-title');
  await expect(activities.first()).toBeVisible();
  const activity = (await activities.first().innerText()).trim();
  await activities.first().click();
  await expect(page.locator('.fmm-activity')).toBeVisible();
  await expect(page.locator('h1')).toHaveText(activity);
  await expect(page.locator('.fmm-details')).toContainText('Quand');
  await expect(page.locator('.fmm-details')).toContainText('Où');
  const section = page.locator('.fmm-registration');
  const places = section.locator('.fmm-places');
  await expect(places).toHaveText(/\d+ places? restantes?/);
  const before = placesLeft(await places.innerText());
  expect(before).toBeGreaterThan(0);
  const register = section.getByRole('button', {
    name: 'S’inscrire',
    exact: true,
  });
  await expect(register).toBeVisible();
  await axe();

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
  await expect(section.getByRole('status')).toContainText(
    'inscription est confirmée',
  );
  await page.unroute('**/@registration');
  expect(progress, 'the button shows its progress').toBe(true);
  await expect(
    section.getByRole('button', { name: 'Annuler mon inscription' }),
  ).toBeVisible();
  await expect(section.getByText('Vous êtes inscrit·e.')).toBeVisible();
  await expect(places).toHaveText(
    new RegExp(`^${before - 1} places? restantes?`),
  );
  await axe();
  // The registration is the backend's: still there after a reload.
  await page.reload();
  await expect(section.locator('.fmm-my-registration')).toContainText(
    'Vous êtes inscrit·e.',
  );
  // The confirmation is mailed to her.
  const confirmation = await mailTo(nurse.email, /confirm/i);
  expect(confirmation.body).toContain(activity);

  // --- She keeps it in her favourites (the heart), then finds it there.
  const heart = page.locator('.fmm-favourite-button');
  await expect(heart).toHaveText(/Ajouter à mes favoris/);
  await expect(page.getByRole('button', { name: 'Partager' })).toBeVisible();
  await heart.click();
  await expect(heart).toHaveText(/Retirer de mes favoris/);
  await expect(heart).toHaveAttribute('aria-pressed', 'true');
  await axe();
  await open(page, '/mes-favoris');
  await expect(page.locator('.fmm-favourites a').first()).toHaveText(
    new RegExp(`^${escape(activity)}$`),
  );
  await axe();
});
