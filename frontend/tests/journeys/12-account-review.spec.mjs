// Journey 12 (issue 16, the reviewers; SPEC rules 8 and 10): account requests
// are decided in Volto, on « Demandes de compte » of the user menu.
// (1) The coordinator of the intergroup IGL is mailed when a request arrives
// at a house of Liège; on the page she sees her intergroup's requests only,
// rejects one with a reason (the person reads it) and approves another (the
// person activates through the mail's link and signs in).
// (2) The federation's staff, mailed for a request that no coordinator covers,
// follow the mail's link: every request, the overdue ones first and marked.
import {
  RUN,
  alertOf,
  expect,
  fromUserMenu,
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

const coordinator = persona('coord_intergroupe'); // IGL: the houses of Liège
const staff = persona('staff_fede');
// The demo's request of three days ago (src/fmm_extranet/demo: OVERDUE_REQUEST).
const OVERDUE = 'Lucas Dubois';

const person = (first, last) => ({
  first_name: first,
  last_name: last,
  name: `${first} ${last}`,
  email: `${first}.${last}.${RUN}@example.org`.toLowerCase(),
  password: `Extranet-${RUN}-2026!`,
});
const rejected = person('Aline', 'Petit');
const approved = person('Bruno', 'Marchal');
const elsewhere = person('Chloé', 'Renard');

/** Houses of a municipality, from the anonymous request form's choices. */
const housesOf = (workplaces, municipality) =>
  workplaces.filter((choice) => choice.municipality === municipality);

/** An anonymous account request (REST, as the request form sends it). */
const ask = async (anonymous, who, house) =>
  ok(
    await anonymous.post('@account-requests', {
      data: {
        first_name: who.first_name,
        last_name: who.last_name,
        email: who.email,
        workplace: house.token,
        functions: ['infirmier'],
        consent: true,
      },
    }),
    `${who.name} asks for an account`,
  );

/** The request of `who`, an article headed by their name. */
const requestOf = (page, who) => page.getByRole('article', { name: who.name });

/**
 * `who` logs in through the login page and lands where it leads (their
 * profile the first time, else the page they came for), checked by axe.
 */
const signIn = async (page, axe, who) => {
  await logIn(page, axe, who);
  await page.waitForURL((url) => url.pathname !== '/login');
  await expectLoggedIn(page, who);
  await page.waitForLoadState('networkidle');
  await axe();
};

/** Opens « Demandes de compte » from the user menu. */
const openReviewPage = async (page, axe) => {
  await fromUserMenu(page, 'Demandes de compte');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Demandes de compte' }),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  await axe();
};

// The requests are made once (the rate limit counts them per client) and the
// two journeys share them: (2) finds what (1) decided.
test.describe.configure({ mode: 'serial' });

let houseA;
let houseB;

test.beforeAll(async () => {
  const anonymous = await restAs();
  const form = await ok(
    await anonymous.get('@account-request-form'),
    'the request form',
  );
  [houseA, houseB] = housesOf(form.workplaces, 'Liège');
  const [charleroi] = housesOf(form.workplaces, 'Charleroi');
  await ask(anonymous, rejected, houseA);
  await ask(anonymous, approved, houseB);
  await ask(anonymous, elsewhere, charleroi);
  await anonymous.dispose();
});

test('(1) an intergroup coordinator decides on her intergroup’s requests', async ({
  page,
  axe,
}) => {
  // --- She was mailed when each request of her intergroup arrived.
  const notice = await mailTo(
    coordinator.email,
    new RegExp(`Nouvelle demande de compte : ${approved.name}`),
  );
  expect(notice.body).toContain(
    `${approved.name} (${houseB.title.replace(/ \(\d+\)$/, '')})`,
  );
  expect(notice.body).not.toContain(approved.email);
  await mailTo(
    coordinator.email,
    new RegExp(`Nouvelle demande de compte : ${rejected.name}`),
  );

  // --- « Demandes de compte », from the user menu.
  await signIn(page, axe, coordinator);
  await openReviewPage(page, axe);

  // Her intergroup's requests only, with what she needs to decide.
  const first = requestOf(page, rejected);
  await expect(first).toBeVisible();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(
    rejected.name,
  );
  await expect(first).toContainText(rejected.email); // SPEC rule 8: reviewers
  await expect(first).toContainText(houseA.title.replace(/ \(\d+\)$/, ''));
  await expect(first).toContainText('infirmier·ère');
  await expect(requestOf(page, approved)).toBeVisible();
  await expect(requestOf(page, elsewhere)).toHaveCount(0);
  await expect(page.getByRole('article', { name: OVERDUE })).toHaveCount(0);

  // The filters offer her intergroup only; the house filter narrows the list.
  const filters = page.getByRole('search', { name: 'Filtrer les demandes' });
  await expect(filters.getByLabel('Intergroupe').locator('option')).toHaveCount(
    2,
  ); // « Tous les intergroupes » and IGL
  await filters
    .getByLabel('Maison médicale')
    .selectOption({ value: houseB.token });
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  await expect(requestOf(page, rejected)).toHaveCount(0);
  await expect(requestOf(page, approved)).toBeVisible();
  await axe();
  await filters.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(requestOf(page, rejected)).toBeVisible();

  // --- She rejects one with a reason: an empty one is refused first.
  await first
    .getByRole('button', { name: `Refuser la demande de ${rejected.name}…` })
    .click();
  const reason = first.getByLabel(
    `Raison du refus, envoyée par e-mail à ${rejected.name}`,
  );
  await expect(reason).toBeFocused();
  await axe();
  await reason.fill('   ');
  await first.getByRole('button', { name: 'Envoyer le refus' }).click();
  await expect(alertOf(page)).toContainText('Indiquez la raison du refus');
  const why = 'Nous ne trouvons pas votre nom dans l’équipe de cette maison.';
  await reason.fill(why);
  await first.getByRole('button', { name: 'Envoyer le refus' }).click();
  const outcome = page.locator('.fmm-account-request-outcome');
  await expect(outcome).toHaveText(
    `La demande de ${rejected.name} est refusée : la raison a été envoyée.`,
  );
  await expect(outcome).toBeFocused();
  await expect(requestOf(page, rejected)).toHaveCount(0);
  const rejection = await mailTo(rejected.email, /demande de compte/);
  expect(rejection.body).toContain(why);
  expect(rejection.body).not.toContain('token=');

  // --- She approves the other.
  await requestOf(page, approved)
    .getByRole('button', { name: `Accepter la demande de ${approved.name}` })
    .click();
  await expect(outcome).toHaveText(
    `La demande de ${approved.name} est acceptée : le lien pour choisir un mot de passe a été envoyé.`,
  );
  await expect(outcome).toBeFocused();
  await expect(requestOf(page, approved)).toHaveCount(0);
  await axe();

  // --- The approved person activates through the mail's link, and signs in.
  const validation = await mailTo(approved.email, /validé/);
  await page.context().clearCookies();
  await open(page, linkIn(validation));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Activer mon compte' }),
  ).toBeVisible();
  await axe();
  await page
    .getByLabel('Nouveau mot de passe', { exact: true })
    .fill(approved.password);
  await page
    .getByLabel('Nouveau mot de passe (confirmation)')
    .fill(approved.password);
  await page.getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(page.getByRole('status')).toContainText(approved.email);
  await axe();
  await signIn(page, axe, approved);
  // A worker who reviews nothing has no « Demandes de compte ».
  await page.locator('.fmm-user-menu-button').click();
  await expect(
    page.locator('#fmm-user-menu-list').getByRole('link', {
      name: 'Se déconnecter',
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Demandes de compte' }),
  ).toHaveCount(0);
});

test('(2) the staff, mailed on arrival, see every request, overdue first', async ({
  page,
  axe,
}) => {
  // No coordinator covers Charleroi: the staff are mailed; the link leads to the page.
  const notice = await mailTo(
    staff.email,
    new RegExp(`Nouvelle demande de compte : ${elsewhere.name}`),
  );
  const link = /(https?:\/\/\S+\/demandes-de-compte)/.exec(notice.body)[1];
  await open(page, link);
  await page.waitForURL((url) => url.pathname === '/login');
  await signIn(page, axe, staff);
  await openReviewPage(page, axe);

  // Every request: Charleroi's, the demo's, the overdue one first and marked.
  const articles = page.getByRole('article');
  await expect(requestOf(page, elsewhere)).toBeVisible();
  await expect(articles.first()).toHaveAccessibleName(OVERDUE);
  await expect(articles.first()).toContainText(
    'En attente depuis plus de 48 heures',
  );
  await expect(requestOf(page, elsewhere)).not.toContainText(
    'En attente depuis plus de 48 heures',
  );
  await expect(
    page.getByRole('article', { name: persona('en_attente').name }),
  ).toBeVisible();
  // Decided requests are gone from everyone's list.
  await expect(requestOf(page, rejected)).toHaveCount(0);
  await expect(requestOf(page, approved)).toHaveCount(0);

  // The function filter keeps the nurses (Charleroi's, the demo's overdue one).
  const filters = page.getByRole('search', { name: 'Filtrer les demandes' });
  await filters.getByLabel('Fonction').selectOption({ label: 'infirmier·ère' });
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  await expect(
    page.getByRole('article', { name: persona('en_attente').name }),
  ).toHaveCount(0);
  await expect(requestOf(page, elsewhere)).toBeVisible();
  await expect(articles.first()).toHaveAccessibleName(OVERDUE);
  await axe();
});
