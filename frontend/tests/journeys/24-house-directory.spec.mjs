// Journey 24 (the guide's "répertoire des maisons médicales" and "cartographie"):
// the demo nurse asks "quelles maisons médicales autour de la mienne ont un psy":
// the houses au forfait with a psychologist within 10 km of hers, in the directory
// (cards) and on the map (its table), then opens one. The demo makes a worker of
// the nearest such house a psychologist; the disciplines come from the accounts,
// and the house's page says so. Then the reception desk's question: which open
// houses take a patient from 4020? Exactly those whose zone covers 4020.
import {
  expect,
  expectLoggedIn,
  logIn,
  ok,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');

/** The answer of `@medical-houses` whose parameters satisfy `check`. */
const asked = (page, check) =>
  page.waitForResponse(
    (response) =>
      response.url().includes('/@medical-houses') &&
      check(new URL(response.url()).searchParams),
  );

/**
 * Chooses, in the filters `filters`, a psychologist, the nurse's house,
 * 10 km and the flat rate, each applied at once; the last answer.
 */
const aroundMineWithAPsy = async (page, filters) => {
  let answer = asked(
    page,
    (params) => params.get('discipline') === 'psychologue',
  );
  await filters
    .getByLabel('Discipline présente')
    .selectOption({ label: 'psychologue' });
  await answer;
  // "Autour de" offers the houses the nurse works in: hers.
  const around = filters.getByLabel('Autour de');
  const house = await around.locator('option').nth(1).getAttribute('value');
  answer = asked(page, (params) => params.get('near') === house);
  await around.selectOption(house);
  await answer;
  answer = asked(page, (params) => params.get('radius_km') === '10');
  await filters.getByLabel('Dans un rayon de').selectOption('10');
  await answer;
  answer = asked(page, (params) => params.get('payment_mode') === 'forfait');
  await filters.getByLabel('Mode de paiement').selectOption('forfait');
  const found = await (await answer).json();
  expect(found.items_total).toBeGreaterThanOrEqual(1);
  for (const item of found.items) {
    expect(item.distance_km).toBeLessThanOrEqual(10);
    expect(item.payment_mode.token).toBe('forfait');
    expect(item.disciplines.map((d) => d.token)).toContain('psychologue');
  }
  // No email anywhere (the houses' general addresses included), no GSM.
  expect(JSON.stringify(found)).not.toMatch(/@demo\.fmm\.be|\+32 470/);
  return found;
};

test('the nurse finds the houses around hers with a psychologist, in the list and on the map', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, nurse);
  await expectLoggedIn(page, nurse);
  await page.waitForURL((url) => url.pathname !== '/login');

  // The left menu's "Maisons médicales" opens the directory.
  await page
    .locator('#navigation')
    .getByRole('link', { name: 'Maisons médicales', exact: true })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Répertoire des maisons médicales',
    }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await axe();

  const found = await aroundMineWithAPsy(
    page,
    page.getByRole('search', { name: 'Filtres des maisons médicales' }),
  );
  const cards = page.locator('.fmm-house-cards .fmm-card');
  await expect(cards).toHaveCount(found.items.length);
  await expect(cards.first()).toContainText(found.items[0].title);
  await expect(cards.first()).toContainText('psychologue');
  await expect(cards.first()).toContainText('km');
  const shown = await page.locator('#page-medical-houses').innerText();
  expect(shown).not.toMatch(/@/);
  await axe();

  // The same question on the map: its table lists the same houses.
  await open(page, '/cartographie');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Cartographie des maisons médicales',
    }),
  ).toBeVisible();
  await axe();
  const onMap = await aroundMineWithAPsy(
    page,
    page.getByRole('search', { name: 'Filtres de la carte' }),
  );
  expect(onMap.items.map((item) => item.UID)).toEqual(
    found.items.map((item) => item.UID),
  );
  await expect(
    page.getByRole('region', {
      name: 'Carte des maisons médicales listées ci-dessous',
    }),
  ).toBeVisible();
  const rows = page.locator('.fmm-houses-table tbody tr');
  await expect(rows).toHaveCount(onMap.items.length);
  await axe();

  // She opens the farthest of them (not her own) from the table.
  const other = onMap.items[onMap.items.length - 1];
  await rows.last().getByRole('link', { name: other.title }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: other.title }),
  ).toBeVisible();
  // Its page shows the disciplines present, those known from the accounts
  // apart from those its managers declared.
  const psy = other.disciplines.find((d) => d.token === 'psychologue');
  const row = page.locator('.fmm-detail').filter({
    hasText: psy.from_accounts
      ? 'Disciplines présentes d’après les comptes extranet'
      : 'Disciplines présentes (déclarées)',
  });
  await expect(row.locator('dd')).toContainText('psychologue');
  await axe();
});

test('the reception desk finds the open houses whose zone covers 4020, and only them', async ({
  page,
  axe,
}) => {
  // What the demo says: every house covering 4020, open or not.
  const rest = await restAs(nurse);
  const all = await ok(
    await rest.get('@medical-houses?b_size=1000'),
    'every house',
  );
  await rest.dispose();
  const covering = all.items.filter((house) =>
    house.zone_postal_codes.includes('4020'),
  );
  const expected = covering
    .filter((house) => house.open_to_registrations)
    .map((house) => house.title)
    .sort();
  expect(expected.length).toBeGreaterThanOrEqual(1);
  expect(covering.length, 'a closed house covers 4020 too').toBeGreaterThan(
    expected.length,
  );

  await signIn(page, axe, nurse);
  await axe();
  await open(page, '/maisons-medicales');
  await axe();
  const filters = page.getByRole('search', {
    name: 'Filtres des maisons médicales',
  });
  let answer = asked(
    page,
    (params) => params.get('open_to_registrations') === 'true',
  );
  await filters
    .getByLabel('Ouverte aux inscriptions')
    .selectOption({ label: 'Oui' });
  await answer;
  answer = asked(
    page,
    (params) =>
      params.get('covers') === '4020' &&
      params.get('open_to_registrations') === 'true',
  );
  await filters
    .getByLabel('Zone d’inscription couvrant le code postal')
    .fill('4020');
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  const found = await (await answer).json();
  expect(found.items.map((house) => house.title).sort()).toEqual(expected);
  await expect(page).toHaveURL(/covers=4020/);
  const cards = page.locator('.fmm-house-cards .fmm-card');
  await expect(cards).toHaveCount(expected.length);
  for (const title of expected) {
    await expect(cards.filter({ hasText: title })).toHaveCount(1);
  }
  await expect(cards.filter({ hasText: 'Fermée aux' })).toHaveCount(0);
  await axe();
});
