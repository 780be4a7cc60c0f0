// Journey 25 (issue 20: helpdesk and relays): a visitor without an account goes
// from the login page to the FAQ and writes to the support, whose mail answers
// them by replying. A worker writes to the coordinator of a thematic area from its
// page; the coordinator follows the mail's link and answers in the extranet; the
// worker gets the answer. Nobody's address is in the other's mail.
import {
  FRONTEND_URL,
  RUN,
  SUPPORT_ADDRESS,
  expect,
  logIn,
  logOut,
  mailTo,
  open,
  persona,
  test,
} from './fixtures.mjs';

const worker = persona('medecin_bruxelles');
const coordinator = persona('coord_thematique');
const THEMATIC = '/thematiques/assuetudes';
const VISITOR = `camille.${RUN}@example.net`;

test('a visitor reads the FAQ and writes to the support', async ({
  page,
  axe,
}) => {
  await open(page, '/login');
  await axe();
  await page.getByRole('link', { name: 'Autres questions fréquentes' }).click();
  await expect(
    page.getByRole('heading', { name: 'Questions fréquentes' }),
  ).toBeVisible();
  await expect(page.getByText('Quel est mon identifiant ?')).toBeVisible();
  await axe();

  const support = page.locator('#support');
  await support.getByLabel('Prénom et nom').fill('Camille Durand');
  await support.getByLabel('Adresse e-mail').fill(VISITOR);
  await support.getByLabel('Votre message').fill(`Mon lien a expiré (${RUN}).`);
  await support.getByRole('button', { name: 'Envoyer' }).click();
  await expect(support.getByRole('status')).toContainText(
    'Votre message est envoyé.',
  );
  await axe();
  const mail = await mailTo(SUPPORT_ADDRESS, /Support de l'extranet : Camille/);
  expect(mail.body).toContain(`Mon lien a expiré (${RUN}).`);
  expect(mail.reply_to).toBe(VISITOR);
});

test('a worker writes to a coordinator, who answers through the extranet', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, worker);
  await page.waitForURL((url) => url.pathname !== '/login');
  await expect(page.locator('.fmm-user-menu-button')).toBeVisible();
  await axe(); // where signing in leads (home, or the profile to complete)
  await open(page, THEMATIC);
  await page
    .getByRole('button', { name: 'Contacter les coordinateur·rice·s' })
    .click();
  await page
    .locator('#fmm-contact-coordinators')
    .getByLabel('Votre message')
    .fill(`Avez-vous des outils sur le tabac ? (${RUN})`);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByText('Votre message est envoyé.')).toBeVisible();
  await axe();
  await logOut(page);

  const asked = await mailTo(
    coordinator.email,
    new RegExp(`${worker.first_name} .* écrit aux coordinateur·rice·s`),
  );
  expect(asked.body).toContain(`Avez-vous des outils sur le tabac ? (${RUN})`);
  expect(asked.body).not.toContain(worker.email);
  const link = /(https?:\/\/\S+\/repondre\/[\w-]+)/.exec(asked.body)[1];
  expect(link.startsWith(`${FRONTEND_URL}/repondre/`)).toBe(true);

  await logIn(page, axe, coordinator);
  await page.waitForURL((url) => url.pathname !== '/login');
  await expect(page.locator('.fmm-user-menu-button')).toBeVisible();
  await axe(); // where signing in leads (home, or the profile to complete)
  await open(page, link);
  await expect(
    page.getByText(`Répondre à ${worker.name} au sujet de Assuétudes.`),
  ).toBeVisible();
  await axe();
  await page
    .getByLabel('Votre message')
    .fill(`Oui, le kit « Tabac » (${RUN}).`);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByText('Votre message est envoyé.')).toBeVisible();

  const answer = await mailTo(
    worker.email,
    new RegExp(
      `${coordinator.first_name} .* vous répond au sujet de Assuétudes`,
    ),
  );
  expect(answer.body).toContain(`Oui, le kit « Tabac » (${RUN}).`);
  expect(answer.body).not.toContain(coordinator.email);
});
