// Journey 13 (seed 002, "Gestion des accès"): the manager of a medical house
// (the demo's house 7, kept for this journey) works on her team's access in
// the page of the user menu: (3) she invites the whole team, then again only
// those not active, and one invited person activates; (4) she corrects a
// pending member's wrong email and re-sends: the mail reaches the new address
// only; (5) she delegates the house's management to a colleague, who then
// invites someone, and takes it back; (6) she marks someone as left, who then
// sees nothing; (7) she reaches nothing of another house (REST and page).
import {
  RUN,
  expect,
  fromUserMenu,
  expectLoggedIn,
  linkIn,
  logIn,
  mailTo,
  ok,
  open,
  persona,
  readMails,
  restAs,
  test,
} from './fixtures.mjs';

const PAGE = '/gestion-des-acces';
const SUBJECT = /accès à l.extranet/;
const PASSWORD = 'Equipe-Active-2026!';
const UNAVAILABLE = 'Cette information n’est pas disponible pour le moment.';

/** Someone new to the team, unique to this run (name and email). */
const newcomer = (first, last, domain = 'example.org') => {
  const lastName = `${last}-${RUN}`;
  return {
    first_name: first,
    last_name: lastName,
    name: `${first} ${lastName}`,
    email: `${first}.${last}.${RUN}@${domain}`.toLowerCase(),
  };
};

/** The manager's house: its REST path (`maisons-medicales/…`) and UID. */
const houseOf = async (rest, what) => {
  const { items } = await ok(await rest.get('@my-teams'), what);
  expect(items, what).toHaveLength(1);
  return {
    ...items[0],
    path: new URL(items[0]['@id']).pathname.replace(/^\/(\+\+api\+\+\/)?/, ''),
  };
};

/** Adds a member through REST (as the manager would from the page). */
const addMember = async (rest, house, member, functions = ['accueillant']) =>
  ok(
    await rest.post(`${house.path}/@team`, {
      data: { ...member, name: undefined, functions },
    }),
    `${member.name} is added to the team`,
  );

const mailsTo = (address) =>
  readMails().filter(
    (mail) =>
      mail.to.toLowerCase().includes(address.toLowerCase()) &&
      SUBJECT.test(mail.subject),
  );

/** The row of a member in the team's table. */
const rowOf = (page, name) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

/** Opens the page from the user menu, as a manager does. */
const openFromMenu = async (page, axe) => {
  // After a login, the redirect (home, or the profile at a first login) closes
  // a menu opened before it.
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.waitForLoadState('networkidle');
  await fromUserMenu(page, 'Gestion des accès');
  await page.waitForURL(`**${PAGE}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Gestion des accès' }),
  ).toBeVisible();
  await expect(page.locator('.fmm-team-table')).toBeVisible();
  await axe();
};

/** How many members of the table have no active account. */
const notActiveCount = (page) =>
  page
    .locator('.fmm-team-table tbody tr')
    .filter({ hasNotText: 'actif·ve' })
    .count();

/** Invites, in one click, the `count` members without an active account. */
const inviteAll = async (page, count) => {
  await page
    .getByRole('button', {
      name: `Envoyer les e-mails d'invitation destinés à mon équipe (${count})`,
    })
    .click();
  await expect(page.locator('.fmm-team-invite-status')).toHaveText(
    `Invitations envoyées : ${count}.`,
  );
};

/** Confirms the action of a member's button, and waits for its notice. */
const confirmAction = async (page, row, button, notice) => {
  await row.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await expect(page.locator('.fmm-team-notice')).toHaveText(notice);
};

/** Activates an account with the link of its invitation, through the page. */
const activate = async (page, axe, link) => {
  await open(page, link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
  ).toBeVisible();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Nouveau mot de passe (confirmation)').fill(PASSWORD);
  await page.getByRole('checkbox', { name: /J.accepte/ }).check();
  await axe();
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(page.getByRole('status')).toContainText('Vous vous connectez');
  await axe();
};

const manager = persona('gestionnaire_equipe');
const colleague = persona('collegue_equipe');

test('(3) the manager invites the whole team, then only those not active; one activates', async ({
  page,
  axe,
}) => {
  const rest = await restAs(manager);
  const house = await houseOf(rest, "the manager's team");
  const ana = newcomer('Ana', 'Dupont');
  const bruno = newcomer('Bruno', 'Peeters');
  await addMember(rest, house, bruno);

  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await openFromMenu(page, axe);
  await expect(page.locator('caption')).toHaveText(`Équipe : ${house.title}`);
  await expect(rowOf(page, bruno.name)).toContainText(
    "recevra un e-mail d'invitation",
  );
  await expect(rowOf(page, bruno.name)).toContainText(bruno.email);
  // Her colleagues are active: their emails are masked.
  await expect(rowOf(page, colleague.name)).toContainText('actif·ve');
  await expect(rowOf(page, colleague.name)).not.toContainText(colleague.email);

  // She adds Ana through the page.
  await page
    .getByRole('button', { name: "Ajouter un membre à l'équipe" })
    .click();
  await page.getByLabel('Prénom').fill(ana.first_name);
  await page.getByLabel('Nom', { exact: true }).fill(ana.last_name);
  await page.getByLabel('Adresse e-mail').fill(ana.email);
  await page.getByRole('checkbox', { name: 'accueillant·e' }).check();
  await axe();
  await page.getByRole('button', { name: "Ajouter à l'équipe" }).click();
  await expect(page.locator('.fmm-team-notice')).toContainText(
    `${ana.name} est ajouté·e à l'équipe`,
  );
  await expect(rowOf(page, ana.name)).toContainText(
    "recevra un e-mail d'invitation",
  );

  // One click invites everyone without an active account: Ana and Bruno
  // (and whoever else of the team has not activated yet).
  const notActive = await notActiveCount(page);
  expect(notActive).toBeGreaterThanOrEqual(2);
  await inviteAll(page, notActive);
  await expect(rowOf(page, ana.name)).toContainText('invité·e le');
  await axe();
  const anaMail = await mailTo(ana.email, SUBJECT);
  expect(anaMail.body).toContain(house.title);
  expect(anaMail.body).toContain('valable 7 jours');
  await mailTo(bruno.email, SUBJECT);

  // Ana activates her account with the link of the mail (on this browser).
  await page.context().clearCookies();
  await activate(page, axe, linkIn(anaMail));

  // Again: only Bruno, who has not activated, is invited.
  await page.context().clearCookies();
  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, PAGE);
  await expect(rowOf(page, ana.name)).toContainText('actif·ve');
  await expect(rowOf(page, ana.name)).not.toContainText(ana.email);
  await axe();
  await inviteAll(page, notActive - 1);
  await expect.poll(() => mailsTo(bruno.email).length).toBe(2);
  expect(mailsTo(ana.email)).toHaveLength(1);
  await rest.dispose();
});

test('(4) the manager corrects a wrong email and re-sends: only the new address is mailed', async ({
  page,
  axe,
}) => {
  const rest = await restAs(manager);
  const house = await houseOf(rest, "the manager's team");
  const carla = newcomer('Carla', 'Janssens', 'exmaple.org');
  const right = carla.email.replace('@exmaple.org', '@example.org');
  const added = await addMember(rest, house, carla);
  await ok(
    await rest.post(`${house.path}/@team/invite`, {
      data: { workers: [added.id] },
    }),
    'Carla is invited at the wrong address',
  );
  const wrongMail = await mailTo(carla.email, SUBJECT);

  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, PAGE);
  await axe();
  const row = rowOf(page, carla.name);
  await expect(row).toContainText(carla.email);
  await row
    .getByRole('button', { name: `Corriger l'e-mail de ${carla.name}` })
    .click();
  const email = page.getByLabel('Adresse e-mail correcte');
  await expect(email).toHaveValue(carla.email);
  await email.fill(right);
  await axe();
  await page
    .getByRole('button', { name: "Corriger et renvoyer l'invitation" })
    .click();
  await expect(page.locator('.fmm-team-notice')).toHaveText(
    "L'adresse e-mail est corrigée et l'invitation envoyée à la nouvelle adresse.",
  );
  await expect(rowOf(page, carla.name)).toContainText(right);
  await expect(rowOf(page, carla.name)).toContainText('invité·e le');

  await mailTo(right, SUBJECT);
  expect(mailsTo(carla.email)).toHaveLength(1); // only the first, wrong one
  // The link of the wrong address no longer works.
  const anonymous = await restAs();
  const refused = await anonymous.post('@account-activation', {
    data: {
      token: new URL(linkIn(wrongMail)).searchParams.get('token'),
      password: PASSWORD,
      consent: true,
    },
  });
  expect(refused.status()).toBe(400);
  await anonymous.dispose();
  await rest.dispose();
});

test('(5) the manager delegates to a colleague, who invites someone; she takes it back', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, PAGE);
  await axe();
  await confirmAction(
    page,
    rowOf(page, colleague.name),
    `Déléguer la gestion de la maison médicale à ${colleague.name}`,
    'La gestion est déléguée.',
  );
  await expect(rowOf(page, colleague.name)).toContainText('délégué·e');

  // The colleague now finds the page in his menu and invites a newcomer.
  const dan = newcomer('Dan', 'Lejeune');
  const colleagueRest = await restAs(colleague);
  const house = await houseOf(colleagueRest, "the delegate's team");
  await addMember(colleagueRest, house, dan);
  await page.context().clearCookies();
  await logIn(page, axe, colleague);
  await expectLoggedIn(page, colleague);
  await openFromMenu(page, axe);
  await rowOf(page, dan.name).getByLabel(`Choisir ${dan.name}`).check();
  await page
    .getByRole('button', { name: 'Inviter les personnes cochées (1)' })
    .click();
  await expect(page.locator('.fmm-team-invite-status')).toHaveText(
    'Invitations envoyées : 1.',
  );
  await axe();
  await mailTo(dan.email, SUBJECT);

  // She takes the delegation back: the colleague no longer reaches the team.
  await page.context().clearCookies();
  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, PAGE);
  await confirmAction(
    page,
    rowOf(page, colleague.name),
    `Reprendre la délégation de ${colleague.name}`,
    'La délégation est reprise.',
  );
  await axe();
  expect((await colleagueRest.get(`${house.path}/@team`)).status()).toBe(403);
  await colleagueRest.dispose();
});

test('(6) the manager marks someone as left, who at once sees nothing', async ({
  page,
  axe,
}) => {
  const rest = await restAs(manager);
  const house = await houseOf(rest, "the manager's team");
  const eli = newcomer('Eli', 'Martens');
  const added = await addMember(rest, house, eli);
  await ok(
    await rest.post(`${house.path}/@team/invite`, {
      data: { workers: [added.id] },
    }),
    'Eli is invited',
  );
  const token = new URL(
    linkIn(await mailTo(eli.email, SUBJECT)),
  ).searchParams.get('token');
  const anonymous = await restAs();
  await ok(
    await anonymous.post('@account-activation', {
      data: { token, password: PASSWORD, consent: true },
    }),
    'Eli activates her account',
  );
  await anonymous.dispose();
  const eliRest = await restAs({ ...eli, password: PASSWORD });
  await ok(await eliRest.get('@my-shortcuts'), 'Eli sees her shortcuts');

  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, PAGE);
  await axe();
  await confirmAction(
    page,
    rowOf(page, eli.name),
    `Marquer comme parti·e : ${eli.name}`,
    "La personne est marquée comme ayant quitté l'équipe.",
  );
  await expect(rowOf(page, eli.name)).toHaveCount(0);
  await axe();

  // Her open session sees nothing at once; signing in again shows nothing.
  expect([401, 403]).toContain((await eliRest.get('@my-shortcuts')).status());
  await eliRest.dispose();
  await page.context().clearCookies();
  await logIn(page, axe, { ...eli, password: PASSWORD });
  await expect(page.getByText(UNAVAILABLE).first()).toBeVisible();
  await expect(page.locator('.fmm-shortcuts')).toHaveCount(0);
  await axe();
});

test('(7) a manager of one house reaches nothing of another (REST and page)', async ({
  page,
  axe,
}) => {
  const other = await houseOf(
    await restAs(persona('gestionnaire_mm')),
    'the other house',
  );
  const rest = await restAs(manager);
  const team = `${other.path}/@team`;
  expect((await rest.get(team)).status()).toBe(403);
  expect((await rest.post(`${team}/invite`, { data: {} })).status()).toBe(403);
  expect(
    (
      await rest.post(team, {
        data: {
          ...newcomer('Fay', 'Intrus'),
          name: undefined,
          functions: ['accueillant'],
        },
      })
    ).status(),
  ).toBe(403);
  expect((await rest.get('@team')).status()).toBe(403); // the federation's
  await rest.dispose();

  await logIn(page, axe, manager);
  await expectLoggedIn(page, manager);
  await open(page, `${PAGE}?equipe=${other.uid}`);
  await expect(page.getByText('Vous ne gérez pas cette équipe.')).toBeVisible();
  await expect(page.locator('.fmm-team-table')).toHaveCount(0);
  await axe();
  await open(page, `/${other.path}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    other.title,
  );
  await expect(
    page.getByRole('link', { name: "Gérer les accès de l'équipe" }),
  ).toHaveCount(0);
  await axe();
});
