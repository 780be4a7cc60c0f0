// Journey 9: the federation's home. The demo nurse logs in and lands on a home
// that is the federation's (its name and logo, its footer with the help and
// privacy pages): hot news are the news the editors put « à la une » until a day
// still to come — not the one whose day was yesterday —, then her next
// registrations, the next activities and the latest announcements. No page of
// the news, the announcements or the documents shows Plone's "not published"
// date (1969). The first page she opens transfers at most 1 MB, scripts
// compressed.
import {
  FRONTEND_URL,
  expect,
  expectLoggedIn,
  logIn,
  open,
  persona,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');
const FEDERATION = 'Fédération des maisons médicales';
// src/fmm_extranet/demo (HOT_NEWS): featured until in 14 and 7 days, and until
// yesterday.
const HOT = [
  'Assemblée générale de la Fédération : le mouvement décide de ses priorités',
  'Campagne « La santé, un droit pour toutes et tous »',
];
const EXPIRED = 'Journée portes ouvertes des maisons médicales : merci !';
const MB = 1024 * 1024;

/** The page shows no date of Plone's "never published" placeholder. */
const expectNoEpoch = async (page) => {
  const text = await page.locator('#main').innerText();
  expect(text).not.toMatch(/1969|1er janvier 1970|1 janvier 1970/);
};

test('the nurse finds the federation’s home, its hot news and its footer', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, nurse);
  await expectLoggedIn(page, nurse);
  // (she may land on her profile first, to complete it)
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.waitForLoadState('networkidle');
  await axe();
  await open(page, '/');

  // --- The federation's identity: its name in the logo, no Plone.
  const logo = page.locator('.fmm-header a.fmm-logo');
  await expect(logo).toContainText(FEDERATION);
  await expect(logo).toHaveAttribute('href', '/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(FEDERATION);
  await expect(page.locator('body')).not.toContainText('Plone®');

  // --- Hot news: the featured ones, not the one featured until yesterday.
  const hot = page.locator('section.home-news');
  await expect(hot.getByRole('heading', { level: 2 })).toHaveText(
    'Actualités chaudes',
  );
  for (const title of HOT) {
    await expect(hot.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(hot.getByText(EXPIRED)).toHaveCount(0);
  // Her next registrations, the next activities, the latest announcements.
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: 'Mes prochaines inscriptions',
    }),
  ).toBeVisible();
  await expect(
    page.locator('section.home-activities .fmm-item-title').first(),
  ).toBeVisible();
  await expect(
    page.locator('section.home-announcements .fmm-item-title').first(),
  ).toBeVisible();
  await expect(hot.locator('time').first()).toBeVisible();
  await expectNoEpoch(page);
  await axe();

  // --- The news, the announcements and the documents: no 1969.
  await open(page, '/actualites');
  await expect(page.locator('#main time').first()).toBeVisible();
  await expectNoEpoch(page);
  await axe();

  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Annonces' })
    .click();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('#main time').first()).toBeVisible();
  await expectNoEpoch(page);
  await axe();

  await open(page, '/documents');
  await expect(page.locator('#main time').first()).toBeVisible();
  await expectNoEpoch(page);
  await axe();

  // --- The footer's help and privacy pages.
  await footer.getByRole('link', { name: 'Aide' }).click();
  await page.waitForURL('**/aide');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Aide' }),
  ).toBeVisible();
  await axe();
  await footer.getByRole('link', { name: 'Vie privée' }).click();
  await page.waitForURL('**/vie-privee');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Vie privée' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'Voir, télécharger ou effacer mes données',
    }),
  ).toHaveAttribute('href', '/mes-donnees');
  await axe();

  // --- Her first page, opened afresh (nothing cached): ≤ 1 MB transferred,
  // the scripts compressed.
  const fresh = await page
    .context()
    .browser()
    .newContext({
      baseURL: FRONTEND_URL,
      storageState: await page.context().storageState(),
    });
  const home = await fresh.newPage();
  const cdp = await fresh.newCDPSession(home);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  let transferred = 0;
  const scripts = [];
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
    transferred += encodedDataLength;
  });
  cdp.on('Network.responseReceived', ({ response }) => {
    if (/\/client\.[\w.]*\.?js$/.test(new URL(response.url).pathname)) {
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]),
      );
      scripts.push({
        url: response.url,
        encoding: headers['content-encoding'],
      });
    }
  });
  await home.goto('/');
  await home.waitForLoadState('networkidle');
  await expect(home.locator('section.home-news')).toBeVisible();
  expect(scripts.length, 'client.*.js was downloaded').toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.encoding, `Content-Encoding of ${script.url}`).toMatch(
      /^(gzip|br)$/,
    );
  }
  test.info().annotations.push({
    type: 'first page',
    description: `${transferred} bytes transferred`,
  });
  expect(
    transferred,
    `bytes transferred by the first page: ${transferred}`,
  ).toBeLessThanOrEqual(MB);
  await fresh.close();
});
