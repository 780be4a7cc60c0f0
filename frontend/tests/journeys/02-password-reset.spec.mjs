// Journey 2 (the guide's "C'est quoi déjà votre mot de passe ?"): from the login
// page, a worker asks for a new password, follows the mailed link and chooses one;
// the old password fails, the new one works.
import {
  expect,
  expectLoggedIn,
  linkIn,
  logIn,
  expectLoginRefused,
  mailTo,
  open,
  persona,
  restorePassword,
  test,
} from './fixtures.mjs';

const doctor = persona('medecin_bruxelles');
const NEW_PASSWORD = 'Reinitialise-2026!';

test('a worker resets her password through the mailed link', async ({
  page,
  axe,
}) => {
  await open(page, '/login');
  await axe();
  await page
    .getByRole('link', { name: 'Réinitialiser le mot de passe' })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Réinitialiser mon mot de passe',
    }),
  ).toBeVisible();
  const email = page.getByLabel('Adresse e-mail');
  await expect(email).toHaveAttribute('autocomplete', 'email');
  await axe();
  await email.fill(doctor.email);
  await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
  await expect(page.getByRole('status')).toContainText(
    /Si un compte actif utilise cette adresse, .*est en route/,
  );
  await axe();

  // The link of the mail (valid 24 hours) opens the page of the new password.
  const mail = await mailTo(doctor.email, /nouveau mot de passe/i);
  expect(mail.body).toContain('24 heures');
  await open(page, linkIn(mail));
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Choisir un nouveau mot de passe',
    }),
  ).toBeVisible();
  const password = page.getByLabel('Nouveau mot de passe', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'new-password');
  await expect(
    page.getByLabel('Nouveau mot de passe (confirmation)'),
  ).toHaveAttribute('autocomplete', 'new-password');
  await expect(page.getByLabel(/autre adresse/)).toHaveCount(0);
  await axe();
  await password.fill(NEW_PASSWORD);
  await page
    .getByLabel('Nouveau mot de passe (confirmation)')
    .fill(NEW_PASSWORD);
  await page
    .getByRole('button', { name: 'Enregistrer mon mot de passe' })
    .click();
  await expect(page.getByRole('status')).toContainText(
    'mot de passe est enregistré',
  );
  await axe();

  // The old password no longer opens the extranet.
  await logIn(page, axe, doctor);
  await expectLoginRefused(page);
  await axe();

  // The new one does.
  await logIn(page, axe, { ...doctor, password: NEW_PASSWORD });
  await expectLoggedIn(page, doctor);
  await page.waitForURL('**/mon-profil');
  await expect(
    page.getByText(`Vous vous connectez avec ${doctor.email}`),
  ).toBeVisible();
  await axe();

  // The journeys after this one sign in as him with the demo's password.
  await restorePassword(doctor, NEW_PASSWORD);
});
