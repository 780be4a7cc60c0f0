// Journey 22 (issue 17: people pickers): the coordinator of a working group
// (not staff) opens its edit form in Volto — complete: members, coordinators
// and confidentiality — and adds a member by typing part of his name and
// picking him with the keyboard; the form shows names and houses, never ids.
// The new member then opens the group's documents, refused to him before.
import {
  expect,
  expectLoggedIn,
  logIn,
  logOut,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const coordinator = persona('coord_gt');
const recruit = persona('recrue_gt');
// src/fmm_extranet/demo: WORKING_GROUPS, WORKING_GROUP_COORDINATORS, add_documents.
const GROUP = '/groupes-de-travail/gt-secret';
const NOTE = 'GT Secret professionnel — note de synthèse';
const PDF = 'GT Secret professionnel — document 1';

const documentsSection = (page) =>
  page.locator('section').filter({
    has: page.getByRole('heading', {
      level: 2,
      name: 'Documents',
      exact: true,
    }),
  });

test('a working-group coordinator adds a member by name, who opens its documents', async ({
  page,
  axe,
}) => {
  // Before: the group's documents are refused to him.
  const before = await restAs(recruit);
  const folder = await before.get(`${GROUP.slice(1)}/documents`);
  expect(folder.status(), 'the documents before he is a member').toBe(401);
  await before.dispose();

  await logIn(page, axe, coordinator);
  await expectLoggedIn(page, coordinator);
  await page.waitForURL((url) => url.pathname !== '/login');

  // --- The edit form: every field of the group, people shown by name.
  await open(page, `${GROUP}/edit`);
  const members = page.getByRole('combobox', { name: 'Membres' });
  await expect(members).toBeVisible();
  await expect(
    page.getByRole('combobox', { name: 'Coordinateur·rice·s' }),
  ).toBeVisible();
  await expect(page.getByLabel('Confidentiel')).toHaveCount(1);
  const coordinators = page.locator('.fmm-people').filter({
    has: page.getByRole('combobox', { name: 'Coordinateur·rice·s' }),
  });
  await expect(
    coordinators.locator('.fmm-chip', { hasText: coordinator.name }),
  ).toBeVisible();
  await axe();

  // --- He types part of the name, picks him with the keyboard.
  await members.fill(`${recruit.first_name} ${recruit.last_name.slice(0, 4)}`);
  const option = page.getByRole('option', { name: new RegExp(recruit.name) });
  await expect(option).toBeVisible();
  await expect(members).toHaveAttribute('aria-expanded', 'true');
  await axe();
  await members.press('ArrowDown');
  await expect(members).toHaveAttribute('aria-activedescendant', /person-0/);
  await members.press('Enter');
  const chip = page.locator('.fmm-chip', { hasText: recruit.name });
  await expect(chip).toBeVisible();
  await expect(
    chip.getByRole('button', { name: `Retirer ${recruit.name}` }),
  ).toBeVisible();
  await page.locator('#toolbar-save').click();
  await page.waitForURL((url) => url.pathname === GROUP);
  await expect(page.locator('.fmm-group-space')).toBeVisible();
  await axe();
  await logOut(page);

  // --- The new member opens the group's documents.
  await logIn(page, axe, recruit);
  await expectLoggedIn(page, recruit);
  await page.waitForURL((url) => url.pathname !== '/login');
  await open(page, GROUP);
  const documents = documentsSection(page);
  await expect(documents.getByRole('link', { name: NOTE })).toBeVisible();
  await expect(documents.locator('li.locked')).toHaveCount(0);
  await axe();
  await documents.getByRole('link', { name: PDF }).click();
  await page.waitForURL((url) => url.pathname !== GROUP);
  await expect(page.locator('h1.documentFirstHeading')).toHaveText(PDF);
  await axe();
});
