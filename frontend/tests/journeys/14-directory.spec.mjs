// Journey 14 (the guide's "Le répertoire des travailleur·euse·s"): the demo nurse
// looks for the GPs of Liège with addictions as speciality ("MG liégeois"): the
// directory's filters, cards opening each worker's page; nowhere an email or a GSM.
import {
  expect,
  expectLoggedIn,
  logIn,
  open,
  persona,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');

test('the nurse finds the GPs of Liège with addictions as speciality', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, nurse);
  await expectLoggedIn(page, nurse);
  await page.waitForURL((url) => url.pathname !== '/login');

  await open(page, '/travailleurs');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Répertoire des travailleur·euse·s',
    }),
  ).toBeVisible();
  await axe();

  // The function and the intergroup apply at once; the speciality on "Rechercher".
  const filters = page.getByRole('search', { name: 'Filtres du répertoire' });
  const asked = (check) =>
    page.waitForResponse(
      (response) =>
        response.url().includes('/@directory') &&
        check(new URL(response.url()).searchParams),
    );
  let answer = asked(
    (params) => params.get('function') === 'medecin_generaliste',
  );
  await filters
    .getByLabel('Fonction')
    .selectOption({ label: 'médecin généraliste' });
  await answer;
  answer = asked((params) => params.get('intergroup') === 'igl');
  await filters.getByLabel('Intergroupe').selectOption('igl');
  await answer;
  await filters.getByLabel('Spécialité').fill('Addictions');
  answer = asked((params) => params.get('speciality') === 'Addictions');
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  const found = await (await answer).json();
  expect(found.items_total).toBeGreaterThanOrEqual(1);

  const cards = page.locator('.fmm-directory-cards .fmm-card');
  await expect(cards.first()).toContainText('médecin généraliste');
  await expect(cards.first()).toContainText('addictions');
  await expect(cards.first()).toContainText('maître de stage');
  // SPEC rule 8: no email, no GSM in the directory.
  const shown = await page.locator('#page-directory').innerText();
  expect(shown).not.toMatch(/@|\+32 4/);
  expect(JSON.stringify(found)).not.toMatch(/@demo\.fmm\.be|\+32 470/);
  await axe();

  // A card opens the worker's page.
  const name = await cards.first().locator('.fmm-card-title').innerText();
  await cards.first().locator('.fmm-card-title a').click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await axe();
});
