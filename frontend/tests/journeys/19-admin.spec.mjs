// Journey 19 (issue 17, administrators): an administrator reads the audit log from
// her menu, filtered by action; she erases the personal data of a worker who left,
// after a confirmation, and finds the erasure in the audit log; in the Extranet
// settings she adds an announcement type (a row of its vocabulary), which the
// announcements' filter then offers. A worker objects to the processing of her
// data from « Mes données »; the administrator refuses it, with a reason, from
// « Demandes RGPD » (the refusal ends the objection: the worker is as before).
import {
  expect,
  fromUserMenu,
  expectLoggedIn,
  logIn,
  logOut,
  open,
  persona,
  readMails,
  RUN,
  signIn,
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
  await fromUserMenu(page, "Journal d'audit");
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
  await fromUserMenu(page, "Réglages de l'extranet");
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

test('a worker objects from « Mes données », an administrator decides in « Demandes RGPD »', async ({
  page,
  axe,
}) => {
  const worker = persona('membre_gt');
  const message = `Je ne veux pas figurer dans l'annuaire (${RUN}).`;

  // --- The worker objects from « Mes données ».
  await signIn(page, axe, worker);
  await axe();
  await open(page, '/mes-donnees');
  const rights = page.getByRole('region', {
    name: 'M’opposer ou demander l’effacement',
  });
  await expect(rights).toBeVisible();
  await axe();
  await rights.getByRole('button', { name: 'M’opposer au traitement' }).click();
  await rights.getByLabel('Message (facultatif)').fill(message);
  await axe();
  await rights
    .getByRole('button', { name: 'Confirmer mon opposition' })
    .click();
  await expect(
    rights.getByRole('status').filter({ hasText: 'annuaire' }),
  ).toBeVisible();
  const mine = rights.getByRole('list', { name: 'Vos demandes' });
  await expect(mine).toContainText('Opposition au traitement');
  await expect(mine).toContainText('En attente de réponse');
  await axe();
  await logOut(page);
  await axe();

  // --- The administrator opens « Demandes RGPD » from her menu and refuses it.
  await signIn(page, axe, admin);
  await axe();
  // The home page reads her actions (the administration's entries of the menu).
  await open(page, '/');
  await axe();
  await fromUserMenu(page, 'Demandes RGPD');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Demandes RGPD' }),
  ).toBeVisible();
  const row = page
    .locator('table.fmm-gdpr-table tbody tr')
    .filter({ hasText: message });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Opposition au traitement');
  await expect(row).toContainText(worker.name);
  await axe();
  await row.getByRole('button', { name: 'Refuser' }).click();
  const reason = `Votre rôle dans le groupe vous rend joignable (${RUN}).`;
  await row
    .getByLabel('Raison du refus (envoyée par courriel à la personne)')
    .fill(reason);
  await axe();
  await row.getByRole('button', { name: 'Envoyer le refus' }).click();
  await expect(row).toContainText(`: ${reason}`);
  await expect(row.getByRole('button', { name: 'Refuser' })).toHaveCount(0);
  await axe();

  // --- The worker is told why; her objection ended.
  await expect
    .poll(
      () =>
        readMails().some(
          (mail) =>
            mail.to.includes(worker.email) &&
            /Votre demande RGPD/.test(mail.subject) &&
            mail.body.includes(reason),
        ),
      { timeout: 60000 },
    )
    .toBe(true);
});
