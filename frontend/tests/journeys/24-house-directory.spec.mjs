// Journey 24 (the guide's "répertoire des maisons médicales" and "cartographie"):
// the demo nurse asks "quelles maisons médicales autour de la mienne ont un psy":
// the houses au forfait with a psychologist within 10 km of hers, in the directory
// (cards) and on the map (its table), then opens one. The demo makes a worker of
// the nearest such house a psychologist; the disciplines come from the accounts.
import {
  expect,
  expectLoggedIn,
  logIn,
  open,
  persona,
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
  await axe();
});
