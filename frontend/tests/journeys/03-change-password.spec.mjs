// Journey 3 (the guide: "A la première connexion, vous pouvez modifier le mot de
// passe. Votre navigateur vous proposera de l'enregistrer"): from her profile, a
// worker changes her password; a wrong current password is refused; then only
// the new one opens the extranet.
import {
  alertOf,
  expect,
  expectLoggedIn,
  logIn,
  logOut,
  expectLoginRefused,
  persona,
  restorePassword,
  test,
} from './fixtures.mjs';

const member = persona('membre_gt');
const NEW_PASSWORD = 'Change-Depuis-Profil-2026!';

test('a worker changes her password from her profile', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, member);
  await expectLoggedIn(page, member);
  await page.waitForURL('**/mon-profil');
  await expect(
    page.getByText(`Vous vous connectez avec ${member.email}`),
  ).toBeVisible();
  await axe();

  await page
    .getByRole('main')
    .getByRole('link', { name: 'Changer mon mot de passe' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Changer mon mot de passe' }),
  ).toBeVisible();
  const current = page.getByLabel('Mot de passe actuel');
  const password = page.getByLabel('Nouveau mot de passe', { exact: true });
  const again = page.getByLabel('Nouveau mot de passe (confirmation)');
  await expect(current).toHaveAttribute('autocomplete', 'current-password');
  await expect(password).toHaveAttribute('autocomplete', 'new-password');
  await expect(again).toHaveAttribute('autocomplete', 'new-password');
  await axe();

  // A wrong current password changes nothing.
  await current.fill('pas-le-bon-mot-de-passe');
  await password.fill(NEW_PASSWORD);
  await again.fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
  await expect(alertOf(page)).toContainText(
    'Ce n’est pas votre mot de passe actuel.',
  );
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await axe();

  await current.fill(member.password);
  await page.getByRole('button', { name: 'Changer mon mot de passe' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Votre mot de passe est changé.',
  );
  await axe();

  // Only the new password opens the extranet now.
  await logOut(page);
  await logIn(page, axe, member);
  await expectLoginRefused(page);
  await axe();
  await logIn(page, axe, { ...member, password: NEW_PASSWORD });
  await expectLoggedIn(page, member);
  await page.waitForURL('**/mon-profil');
  await axe();

  // The journeys after this one sign in as her with the demo's password.
  await restorePassword(member, NEW_PASSWORD);
});
