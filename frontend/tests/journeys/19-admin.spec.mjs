// Journey 19 (issue 17, administrators): an administrator reads the audit log from
// her menu, filtered by action; she erases the personal data of a worker who left,
// after a confirmation, and finds the erasure in the audit log; in the Extranet
// settings she adds an announcement type (a row of its vocabulary), which the
// announcements' filter then offers.
import {
  expect,
  expectLoggedIn,
  logIn,
  open,
  persona,
  RUN,
  test,
} from './fixtures.mjs';

const admin = persona('admin_site');
const departed = persona('depart_rgpd');

const rows = (page) => page.locator('table.fmm-audit-table tbody tr');

test('an administrator reads the audit log and erases a departed worker', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, admin);
  await expectLoggedIn(page, admin);
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.waitForLoadState('networkidle');
  await axe();
  // The home page reads her actions (the administration's entries of the menu).
  await open(page, '/');
  await axe();

  // --- The audit log, from the user menu, filtered by action.
  await page.locator('.fmm-user-menu-button').click();
  await page
    .locator('#fmm-user-menu-list')
    .getByRole('link', { name: "Journal d'audit" })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: "Journal d'audit" }),
  ).toBeVisible();
  await expect(rows(page).first()).toBeVisible();
  await axe();
  // Filtered by the action of the latest entry: every row is such an action.
  const latest = (
    await rows(page).first().locator('td:nth-child(3)').textContent()
  ).trim();
  const filters = page.getByRole('search', {
    name: "Filtrer le journal d'audit",
  });
  await filters.getByLabel('Action').selectOption({ label: latest });
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/action=\w+/);
  await expect(rows(page).first()).toBeVisible();
  for (const cell of await rows(page).locator('td:nth-child(3)').all()) {
    await expect(cell).toHaveText(latest);
  }
  await axe();

  // --- The page of the worker who left: erase her data, after confirming.
  await open(page, '/travailleurs/depart_rgpd');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    departed.last_name,
  );
  const erasure = page.locator('.fmm-erase-worker');
  await erasure
    .getByRole('button', { name: 'Effacer ses données personnelles' })
    .click();
  await expect(erasure.getByRole('alert')).toContainText("C'est irréversible.");
  await axe();
  await erasure
    .getByRole('button', { name: 'Oui, effacer ses données' })
    .click();

  // --- The audit log shows the erasure, by her, about an anonymous id.
  await expect(page).toHaveURL(/\/journal-d-audit\?action=erased/);
  const first = rows(page).first();
  await expect(first.locator('td:nth-child(2)')).toHaveText('admin_site');
  await expect(first.locator('td:nth-child(3)')).toHaveText(
    'Données personnelles effacées',
  );
  await expect(first.locator('td:nth-child(4)')).toHaveText(/^ancien-/);
  await axe();

  // --- The Extranet settings: a new row in the announcement types.
  const label = `Formation continue ${RUN}`;
  await page.locator('.fmm-user-menu-button').click();
  await page
    .locator('#fmm-user-menu-list')
    .getByRole('link', { name: "Réglages de l'extranet" })
    .click();
  const types = page.getByRole('group', { name: /Types d'annonce/ });
  await expect(types).toBeVisible();
  await axe();
  await types.getByRole('button', { name: 'Ajouter un terme' }).click();
  await types
    .getByLabel(/^Jeton/)
    .last()
    .fill(`formation_${RUN}`);
  await types
    .getByLabel(/^Libellé/)
    .last()
    .fill(label);
  await expect(
    types.getByRole('button', { name: `Retirer : ${label}` }),
  ).toBeVisible();
  await page.locator('#toolbar-save').click();
  await expect(page.getByText('Changements sauvegardés')).toBeVisible();

  // --- The announcements' filter offers it.
  await open(page, '/annonces');
  await expect(page.getByRole('radio', { name: label })).toBeVisible();
  await axe();
});
