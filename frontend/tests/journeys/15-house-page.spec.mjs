// Journey 15 (issues 16 and 20): the demo manager of a medical house publishes
// a job offer from her house's page — « Publier une offre d'emploi » opens the
// add form of an announcement with the type chosen; she ticks « publier sur
// le site public » with an end of publication in a month — and the public
// feed, fetched without any session, shows it with only its public fields.
// She then edits the house's page (« Modifier la page ») and sees the change.
// A colleague of her house who is not a manager sees none of these buttons,
// and the backend refuses her announcement.
import {
  RUN,
  expect,
  expectLoggedIn,
  logIn,
  logOut,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const manager = persona('gestionnaire_mm');
const colleague = persona('medecin_bruxelles'); // works at house 1, does not manage it
const OFFER = `Infirmier·ère à mi-temps ${RUN}`;
const DESCRIPTION = `Ouverte du lundi au vendredi de 8 h à 19 h (${RUN}).`;
/** What the public feed holds of an offer, and nothing else (a contract). */
const FEED_KEYS = [
  'contract',
  'functions',
  'house',
  'how_to_apply',
  'job_start',
  'link',
  'publication_end',
  'published',
  'text',
  'title',
  'uid',
  'working_hours',
];

/** A day `days` from today: its ISO form and as the French date picker shows it. */
const dayFromToday = (days) => {
  const day = new Date(Date.now() + days * 24 * 3600 * 1000);
  const iso = day.toISOString().slice(0, 10);
  const [year, month, date] = iso.split('-');
  return { iso, typed: `${date}/${month}/${year}` };
};

/** The manager's house: its page's path and its title. */
const houseOf = async (who) => {
  const rest = await restAs(who);
  const { items } = await ok(await rest.get('@my-teams'), 'her teams');
  await rest.dispose();
  expect(items).toHaveLength(1);
  return {
    title: items[0].title,
    path: new URL(items[0]['@id']).pathname.replace(/^\/\+\+api\+\+/, ''),
  };
};

test('a manager publishes a job offer from her house page, sees it in the public feed, and edits the page', async ({
  page,
  axe,
}) => {
  const house = await houseOf(manager);
  const end = dayFromToday(30);

  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await page.waitForURL((url) => url.pathname !== '/login');

  // --- The house's page offers her to publish and to edit.
  await open(page, house.path);
  const actions = page.getByRole('navigation', {
    name: 'Gérer la maison médicale',
  });
  await expect(
    actions.getByRole('link', { name: 'Publier une annonce' }),
  ).toBeVisible();
  await axe();
  await actions
    .getByRole('link', { name: 'Publier une offre d’emploi' })
    .click();
  await page.waitForURL((url) => url.pathname === `${house.path}/add`);

  // --- The add form, the type already chosen: a job offer.
  await expect(page.locator('.field-wrapper-announcement_type')).toContainText(
    'Offre d',
  );
  await page.locator('#field-title').fill(OFFER);
  await page
    .locator('.field-wrapper-text [contenteditable="true"]')
    .first()
    .click();
  await page.keyboard.type('Rejoignez notre équipe pluridisciplinaire.');
  // Her fields are in the form's « Offre d'emploi » tab.
  await page.locator('.formtabs .item', { hasText: /Offre d.emploi/ }).click();
  await page.locator('.field-wrapper-contract .react-select__control').click();
  await page.locator('.react-select__option', { hasText: 'CDI' }).click();
  await page.locator('#field-working_hours').fill('19 h par semaine');
  await page.locator('label[for="field-publish_on_website"]').click();
  await page.locator('#publication_end-date').fill(end.typed);
  await page.keyboard.press('Escape');
  await page
    .locator('#field-how_to_apply')
    .fill('CV et lettre de motivation à l’accueil.');
  await axe();
  await page.locator('#toolbar-save').click();
  await page.waitForURL(
    (url) =>
      url.pathname.startsWith(`${house.path}/`) && !/\/add$/.test(url.pathname),
  );
  await expect(page.locator('h1').first()).toHaveText(OFFER);
  await expect(
    page.getByText(/Sur le site web de la Fédération jusqu’au/),
  ).toBeVisible();
  await expect(page.getByText('19 h par semaine')).toBeVisible();
  await axe();

  // --- The public feed, without any session, shows it: only its public fields.
  const anonymous = await restAs();
  const feed = await ok(await anonymous.get('@job-offers'), 'the public feed');
  const offer = feed.items.find((item) => item.title === OFFER);
  expect(offer, `${OFFER} is in the public feed`).toBeTruthy();
  expect(Object.keys(offer).sort()).toEqual(FEED_KEYS);
  expect(offer.publication_end).toBe(end.iso);
  expect(offer.contract.token).toBe('cdi');
  expect(offer.house.name).toContain(house.title);
  expect(JSON.stringify(offer)).not.toContain(manager.email);
  const rss = await anonymous.get('@job-offers/rss');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  expect(await rss.text()).toContain(OFFER);
  // The rest stays private.
  expect([401, 403]).toContain(
    (await anonymous.get(house.path.slice(1))).status(),
  );
  await anonymous.dispose();

  // --- She edits the house's page.
  await open(page, house.path);
  await page
    .getByRole('navigation', { name: 'Gérer la maison médicale' })
    .getByRole('link', { name: 'Modifier la page' })
    .click();
  await page.waitForURL((url) => url.pathname === `${house.path}/edit`);
  await expect(page.locator('#field-description')).toBeVisible();
  await expect(page.getByLabel(/Latitude/)).toBeVisible();
  await axe();
  await page.locator('#field-description').fill(DESCRIPTION);
  await page.locator('#toolbar-save').click();
  await page.waitForURL((url) => url.pathname === house.path);
  await expect(page.locator('.documentDescription')).toHaveText(DESCRIPTION);
  await axe();
  await logOut(page);

  // --- A colleague who does not manage the house: no buttons, and REST refuses.
  await logIn(page, axe, colleague);
  await expectLoggedIn(page, colleague);
  await page.waitForURL((url) => url.pathname !== '/login');
  await open(page, house.path);
  await expect(page.locator('.documentDescription')).toHaveText(DESCRIPTION);
  await expect(
    page.getByRole('link', { name: 'Publier une offre d’emploi' }),
  ).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Modifier la page' }),
  ).toHaveCount(0);
  await axe();
  const rest = await restAs(colleague);
  const refused = await rest.post(house.path.slice(1), {
    data: {
      '@type': 'Announcement',
      title: 'Pas ici',
      announcement_type: 'job_offer',
      text: '<p>Non</p>',
    },
  });
  expect([401, 403]).toContain(refused.status());
  await rest.dispose();
});
