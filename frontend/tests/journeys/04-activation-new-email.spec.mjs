// Journey 4 (seed 002, "Adresse mail incorrecte": while activating the account
// through the first address, the person may change the reference email herself):
// an MM manager adds a member to her team and invites her (REST, as herself); the
// invitation's link; a new reference email and a password; then only the new
// email opens the extranet.
import {
  FRONTEND_URL,
  RUN,
  expect,
  expectLoggedIn,
  linkIn,
  logIn,
  expectLoginRefused,
  mailTo,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const member = {
  first_name: 'Nora',
  last_name: 'Lambert',
  name: 'Nora Lambert',
  email: `accueil.lambert.${RUN}@example.org`,
  personal: `nora.lambert.${RUN}@example.net`,
  password: 'Nouvelle-Adresse-2026!',
};

test('an invited worker activates her account with another email, then logs in with it', async ({
  page,
  axe,
}) => {
  // The manager of a medical house adds her to the team and invites her.
  const manager = await restAs(persona('gestionnaire_mm'));
  const shortcuts = await ok(
    await manager.get('@my-shortcuts'),
    "the manager's shortcuts",
  );
  const house = shortcuts.items.find((item) => item.kind === 'medical_house');
  expect(house, 'the manager has a medical house').toBeTruthy();
  const housePath = new URL(house['@id']).pathname.replace(
    /^\/\+\+api\+\+/,
    '',
  );
  const added = await ok(
    await manager.post(`.${housePath}/@team`, {
      data: {
        first_name: member.first_name,
        last_name: member.last_name,
        email: member.email,
        functions: ['accueillant'],
      },
    }),
    'the manager adds a team member',
  );
  await ok(
    await manager.post(`.${housePath}/@team/invite`, {
      data: { workers: [added.id] },
    }),
    'the manager invites her',
  );

  // The invitation reaches the first address; its link opens the activation.
  const mail = await mailTo(member.email, /accès à l.extranet/);
  expect(mail.body).toContain('une autre adresse');
  const link = linkIn(mail);
  expect(link.startsWith(`${FRONTEND_URL}/activer-mon-compte?token=`)).toBe(
    true,
  );
  await open(page, link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
  ).toBeVisible();
  await axe();

  // She logs in with another address from now on.
  await page.getByLabel('Me connecter avec une autre adresse email').check();
  const email = page.getByLabel('Nouvelle adresse email');
  await expect(email).toHaveAttribute('autocomplete', 'email');
  await email.fill(member.personal);
  await page
    .getByLabel('Nouveau mot de passe', { exact: true })
    .fill(member.password);
  await page
    .getByLabel('Nouveau mot de passe (confirmation)')
    .fill(member.password);
  // Added by her team, she consents to the processing of her data here.
  const consent = page.getByRole('checkbox', { name: /J.accepte/ });
  if ((await consent.count()) > 0) {
    await consent.check();
  }
  await axe();
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Vous vous connectez avec : ${member.personal}`,
  );
  await axe();

  // The first address no longer opens the extranet; the new one does.
  await logIn(page, axe, { ...member, email: member.email });
  await expectLoginRefused(page);
  await axe();
  await logIn(page, axe, { ...member, email: member.personal });
  await expectLoggedIn(page, member);
  await page.waitForURL('**/mon-profil');
  await expect(
    page.getByText(`Vous vous connectez avec ${member.personal}`),
  ).toBeVisible();
  await axe();
});
