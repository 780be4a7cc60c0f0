// Journey 1 (SPEC rules 1 and 11; the guide's "Toute première fois"): from the
// login page, a visitor asks for an account by picking from lists; an intergroup
// coordinator approves it (REST: the Volto review page comes with the reviewers'
// issue); the mail's link; the password; the first login leads to the profile;
// a second job; the sectoral shortcut of its function appears.
import {
  FRONTEND_URL,
  RUN,
  expect,
  expectLoggedIn,
  linkIn,
  logIn,
  mailTo,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const visitor = {
  first_name: 'Camille',
  last_name: 'Dewez',
  name: 'Camille Dewez',
  email: `camille.dewez.${RUN}@example.org`,
  password: 'Kine-Namur-2026!',
};
// The houses of Namur belong to the intergroup IGN (the demo's geography).
const MUNICIPALITY = 'Namur';
const INTERGROUP = 'ign';

test('a visitor asks for an account, is approved, activates it and finds her groups', async ({
  page,
  axe,
}) => {
  // --- The login page offers to create an account.
  await open(page, '/login');
  await axe();
  await page.getByRole('link', { name: 'Créer un nouveau compte' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Demander un compte' }),
  ).toBeVisible();
  const search = page.getByLabel(
    'Trouvez votre maison médicale : nom, numéro ou commune',
  );
  await expect(search).toBeVisible();
  await axe();

  // --- She fills in the form, picking from lists.
  await page.getByLabel('Prénom').fill(visitor.first_name);
  await page.getByLabel('Nom', { exact: true }).fill(visitor.last_name);
  await page.getByLabel('Adresse e-mail').fill(visitor.email);
  const workplace = page.getByLabel('Votre maison médicale, ou la Fédération');
  const allHouses = await workplace.locator('option').count();
  await search.fill(MUNICIPALITY.toLowerCase());
  await expect(page.getByText(/maisons? médicales? correspond/)).toBeVisible();
  const houses = workplace.locator('option', { hasText: `— ${MUNICIPALITY}` });
  const shown = await workplace.locator('option').count();
  expect(shown).toBeLessThan(allHouses);
  expect(await houses.count()).toBe(shown - 1); // with "Choisissez dans la liste"
  const house = (await houses.first().textContent()).trim();
  await workplace.selectOption({ label: house });
  const houseName = house.split(' — ')[0].replace(/ \(\d+\)$/, '');

  const functions = page.getByRole('group', { name: /Fonctions/ });
  await functions.getByLabel('kinésithérapeute', { exact: true }).check();
  await expect(
    functions.getByLabel('Spécialité pour kinésithérapeute (facultatif)'),
  ).toBeVisible();
  await functions
    .getByLabel('Spécialité pour kinésithérapeute (facultatif)')
    .fill('rééducation périnatale');

  // The privacy notice can be read before consenting.
  await page.getByText('Lire la notice de confidentialité').click();
  await expect(
    page.getByText(/La Fédération des maisons médicales traite vos prénom/),
  ).toBeVisible();
  await page
    .getByLabel(/J’accepte que la Fédération traite ces données/)
    .check();
  await axe();
  await page.getByRole('button', { name: 'Envoyer ma demande' }).click();

  // --- The confirmation: an answer within 48 h, and the spam folder.
  const sent = page.getByRole('status');
  await expect(sent).toContainText('Votre demande');
  await expect(sent).toContainText('dans les 48 heures');
  await expect(sent).toContainText('courriers indésirables');
  await expect(sent).toContainText('extranet@fmm.be');
  await axe();

  // --- The federation's staff makes a worker coordinator of the intergroup,
  // who approves the request (REST, as themselves).
  const staff = await restAs(persona('staff_fede'));
  const intergroup = await ok(
    await staff.get(`intergroupes/${INTERGROUP}`),
    'the intergroup',
  );
  const coordinatorId = 'coord_thematique';
  const coordinators = (intergroup.coordinators || []).map(
    (item) => item.token || item,
  );
  await ok(
    await staff.patch(`intergroupes/${INTERGROUP}`, {
      data: { coordinators: [...coordinators, coordinatorId] },
    }),
    'the staff appoints a coordinator of the intergroup',
  );
  const coordinator = await restAs(persona('coord_thematique'));
  const requests = await ok(
    await coordinator.get('@account-requests'),
    "the coordinator's requests",
  );
  const mine = requests.items.find((item) => item.email === visitor.email);
  expect(mine, 'her request waits for the coordinator').toBeTruthy();
  expect(mine.jobs[0].workplace_title).toBe(houseName);
  expect(mine.jobs[0].functions).toEqual(['kinésithérapeute']);
  const approved = await ok(
    await coordinator.post(`@account-requests/${mine.id}/approve`, {
      data: {},
    }),
    'the coordinator approves',
  );
  expect(approved.status).toBe('active');

  // --- The mail's link: she chooses her password.
  const mail = await mailTo(visitor.email, /validé/);
  const link = linkIn(mail);
  expect(link.startsWith(`${FRONTEND_URL}/activer-mon-compte?token=`)).toBe(
    true,
  );
  await open(page, link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
  ).toBeVisible();
  const password = page.getByLabel('Nouveau mot de passe', { exact: true });
  await expect(password).toHaveAttribute('autocomplete', 'new-password');
  await expect(
    page.getByLabel('Nouveau mot de passe (confirmation)'),
  ).toHaveAttribute('autocomplete', 'new-password');
  await axe();
  await password.fill(visitor.password);
  await page
    .getByLabel('Nouveau mot de passe (confirmation)')
    .fill(visitor.password);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Vous vous connectez avec : ${visitor.email}`,
  );
  await axe();

  // --- First login: the profile first.
  await page
    .locator('#page-account-activation')
    .getByRole('link', { name: 'Se connecter' })
    .click();
  await expect(page.getByLabel('Adresse e-mail')).toHaveAttribute(
    'autocomplete',
    'username',
  );
  await logIn(page, axe, visitor);
  await page.waitForURL('**/mon-profil');
  await expectLoggedIn(page, visitor);
  await expect(page.getByText(/Bienvenue/)).toBeVisible();
  const gsm = page.getByLabel('GSM');
  await expect(gsm).toBeVisible();
  await axe();
  await gsm.fill('+32 470 11 22 33');
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await expect(page.getByText('Votre profil est enregistré.')).toBeVisible();

  // Her shortcuts: her intergroup, her house, her profession's group.
  const shortcuts = page.getByRole('navigation', { name: 'Mes groupes' });
  await expect(shortcuts.getByRole('link', { name: houseName })).toBeVisible();
  await expect(
    shortcuts.getByRole('link', { name: /kinésithérapeute/ }),
  ).toBeVisible();
  await expect(
    shortcuts.getByRole('link', { name: /psychologue/ }),
  ).toHaveCount(0);

  // --- A second job, in another house, as psychologist.
  await page
    .getByRole('navigation', { name: 'Mon compte' })
    .getByRole('link', { name: 'Mes emplois' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: new RegExp(houseName) }),
  ).toBeVisible();
  await axe();
  await page
    .getByRole('button', {
      name: 'Ajouter un emploi dans une autre institution',
    })
    .click();
  const job = page.locator('form.fmm-job-form');
  const jobWorkplace = job.getByLabel('Lieu de travail');
  await expect(jobWorkplace.locator('option')).not.toHaveCount(1);
  const otherHouse = (
    await jobWorkplace
      .locator('option', { hasNotText: houseName })
      .filter({ hasText: /\(\d+\)$/ })
      .first()
      .textContent()
  ).trim();
  await jobWorkplace.selectOption({ label: otherHouse });
  await job.getByLabel('Fonction / profession').selectOption({
    label: 'psychologue',
  });
  await job.getByLabel('Complément').selectOption({ label: 'maître de stage' });
  await axe();
  await job.getByRole('button', { name: 'Enregistrer cet emploi' }).click();
  await expect(page.getByText('L’emploi est enregistré.')).toBeVisible();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: otherHouse.replace(/ \(\d+\)$/, ''),
    }),
  ).toBeVisible();

  // --- The shortcut of her new profession's group appears; it opens the group.
  const psychologists = shortcuts.getByRole('link', { name: /psychologue/ });
  await expect(psychologists).toBeVisible();
  await axe();
  await psychologists.click();
  await expect(
    page.getByRole('heading', { level: 1, name: /psychologue/ }),
  ).toBeVisible();
  await axe();
});
