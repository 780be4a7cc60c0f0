// Journey 17 (issue 17, organisers): the organiser of an activity writes to its
// participants, then cancels the session: every confirmed and waiting person is
// mailed at once, and the activity shows as cancelled, registration closed.
import {
  RUN,
  activity,
  create,
  expect,
  inDays,
  mailTo,
  open,
  persona,
  register,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const organiser = persona('staff_fede');
const participants = [
  persona('infirmiere_liege'),
  persona('medecin_bruxelles'),
  persona('membre_gt'),
];
const TITLE = `Atelier de gestion du stress ${RUN}`;

test.describe.configure({ mode: 'serial' });

test('the organiser writes to the participants, then cancels the session: everyone is told', async ({
  page,
  axe,
}) => {
  // --- Set-up (REST): an activity of two places and a waiting list, three registered.
  const staff = await restAs(organiser);
  const { path } = await create(
    staff,
    '/agenda',
    activity(TITLE, inDays(15), inDays(15, 3), {
      location: 'Liège',
      capacity: 2,
      waiting_list: true,
    }),
  );
  await staff.dispose();
  for (const who of participants) {
    await register(who, path);
  }

  // --- The organiser opens the participants page.
  await signIn(page, axe, organiser);
  await open(page, `${path}/participants`);
  await expect(page.locator('.fmm-participants-counts')).toContainText(
    "2 confirmé·e·s, 1 en liste d'attente",
  );
  await axe();

  // --- A message to the confirmed participants and the waiting list.
  const writing = page.locator('.fmm-message-participants');
  await writing.getByLabel('Objet').fill('Apportez un coussin');
  await writing.getByLabel('Message').fill('Nous ferons des exercices au sol.');
  await writing.getByLabel("La liste d'attente").check();
  await writing.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(writing.getByRole('status')).toHaveText(
    'Message envoyé à 3 personnes.',
  );
  await axe();
  for (const who of participants) {
    const mail = await mailTo(who.email, /Apportez un coussin/);
    expect(mail.body).toContain('Nous ferons des exercices au sol.');
    expect(mail.to).not.toContain(',');
  }

  // --- The organiser cancels the session, after confirming.
  const cancelling = page.locator('.fmm-cancel-session');
  await cancelling
    .getByRole('button', { name: 'Annuler cette session' })
    .click();
  const dialog = cancelling.getByRole('alertdialog');
  await expect(dialog).toContainText('Annuler définitivement la session ?');
  await axe();
  await dialog.getByRole('button', { name: 'Oui, annuler la session' }).click();
  await expect(cancelling.getByRole('status')).toHaveText(
    'Session annulée : 3 personnes prévenues.',
  );
  await expect(page.locator('.fmm-session-cancelled')).toBeVisible();
  await expect(
    page.locator('table.fmm-participants-cancelled tbody tr'),
  ).toHaveCount(3);
  await axe();

  // --- Every participant is mailed; the activity shows as cancelled.
  for (const who of participants) {
    const mail = await mailTo(who.email, /Session annulée/);
    expect(mail.body).toContain(TITLE);
  }
  await open(page, path);
  await expect(page.locator('.fmm-session-cancelled')).toHaveText(
    'Cette session est annulée.',
  );
  await expect(page.locator('form.fmm-registration-form')).toHaveCount(0);
  await axe();
});
