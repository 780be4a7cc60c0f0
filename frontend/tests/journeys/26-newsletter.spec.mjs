// Journey 26 (issue 20: the newsletter): the federation's staff opens the archive
// « Lettre électronique », writes an issue in Volto's add form (two news picked
// with the object browser), looks at its preview, sends herself a test, then
// sends it: the progress reaches « Envoyée » as the scheduler mails it in
// batches. A worker receives it (HTML and text, links on the public address,
// RFC 8058 headers), follows its unsubscribe link without being logged in and
// stops it in one click, then subscribes again from her profile (so the demo
// persona is as before for the journeys after this one).
import {
  FRONTEND_URL,
  RUN,
  appPath,
  create,
  expect,
  fullMailsTo,
  logIn,
  logOut,
  mailTo,
  ok,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const staff = persona('staff_fede');
const worker = persona('collegue_equipe');
const TITLE = `Lettre de la Fédération ${RUN}`;
const NEWS = [`Journée des équipes ${RUN}`, `Nouvelle charte ${RUN}`];

/** Volto core's object browser field has no accessible name (not the add-on's). */
const OBJECT_BROWSER = {
  exclude: ['.objectbrowser-field .selected-values'],
  because: "Volto core's object browser field has no accessible name",
};

test('the staff sends a newsletter; a worker unsubscribes in one click', async ({
  page,
  axe,
}) => {
  test.setTimeout(420000);
  // --- Two news of the federation the issue presents (open to every worker).
  const rest = await restAs(staff);
  for (const title of NEWS) {
    await create(rest, '/actualites', {
      '@type': 'News Item',
      title,
      description: `Ce qui change (${RUN}).`,
    });
  }
  await rest.dispose();

  // --- The archive, from the side menu.
  await signIn(page, axe, staff);
  await axe(); // where signing in leads
  await page
    .locator('#navigation')
    .getByRole('link', { name: 'Lettre électronique' })
    .click();
  await page.waitForURL((url) => url.pathname === '/lettre-electronique');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lettre électronique' }),
  ).toBeVisible();
  await axe();

  // --- The issue, through Volto's add form; its items picked in the object browser.
  await page.getByRole('link', { name: 'Nouvelle lettre' }).click();
  await page.waitForURL((url) => url.pathname === '/lettre-electronique/add');
  await page.locator('#field-title').fill(TITLE);
  await page
    .locator('#field-intro')
    .fill(`Bonjour à toutes et à tous,\n\nvoici les nouvelles (${RUN}).`);
  await page
    .locator('.field-wrapper-items')
    .getByRole('button', { name: "Ouvrir le navigateur d'objets" })
    .click();
  const browser = page.locator('.object-browser');
  await browser
    .getByRole('button', { name: 'Explore Actualités', exact: true })
    .click();
  for (const title of NEWS) {
    await browser.locator(`li[aria-label="Sélectionner ${title}"]`).click();
  }
  await browser.locator('button.clearSVG').click();
  await expect(browser).toBeHidden();
  const picked = page.locator('.field-wrapper-items .selected-values');
  for (const title of NEWS) {
    await expect(picked).toContainText(title);
  }
  await axe(OBJECT_BROWSER);
  await page.locator('#toolbar-save').click();
  await page.waitForURL((url) =>
    url.pathname.startsWith('/lettre-electronique/lettre-de-la-federation'),
  );
  const issuePath = new URL(page.url()).pathname;

  // --- What it holds, then « Préparer l'envoi »: audience, preview, test.
  await expect(page.locator('h1').first()).toHaveText(TITLE);
  for (const title of NEWS) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  const panel = page.locator('.fmm-newsletter-sending');
  await expect(
    panel.getByRole('heading', { name: 'Préparer l’envoi' }),
  ).toBeVisible();
  await expect(panel).toContainText(
    'Destinataires : Tous les travailleur·euse·s actif·ve·s de la Fédération',
  );
  await axe();
  await panel.getByRole('button', { name: 'Aperçu' }).click();
  const preview = page.frameLocator(
    `iframe[title="Aperçu du courriel : ${TITLE}"]`,
  );
  for (const title of NEWS) {
    await expect(preview.getByRole('link', { name: title })).toBeVisible();
  }
  // axe cannot run inside the sandboxed frame (no script may run there, by
  // design): the page was checked above, the preview is closed again.
  await panel.getByRole('button', { name: 'Masquer l’aperçu' }).click();
  await panel.getByRole('button', { name: 'M’envoyer un test' }).click();
  await expect(panel.getByRole('status')).not.toBeEmpty();
  const tested = await mailTo(staff.email, new RegExp(`^\\[Test\\] ${TITLE}$`));
  expect(tested.body).toContain(NEWS[0]);

  // --- The sending, confirmed; its progress until it is sent.
  const send = panel.getByRole('button', {
    name: /^Envoyer à \d+ destinataires?$/,
  });
  const total = Number(/\d+/.exec(await send.textContent())[0]);
  expect(total).toBeGreaterThan(1);
  await send.click();
  const question = page.getByRole('alertdialog');
  await expect(question).toContainText(
    `Envoyer maintenant la lettre à ${total} destinataires ?`,
  );
  await axe();
  await question.getByRole('button', { name: 'Oui, l’envoyer' }).click();
  await expect(panel).toContainText(/Envoyée le .* à \d+ destinataires?\./, {
    timeout: 240000,
  });
  await axe();
  const sender = await restAs(staff);
  const sending = await ok(
    await sender.get(`${issuePath.slice(1)}/@newsletter`),
    'the status of the sending',
  );
  expect(sending).toMatchObject({ state: 'sent', total });
  await sender.dispose();

  // --- The worker's mail: HTML and text, links on the public address.
  const subject = new RegExp(`^${TITLE}$`);
  await mailTo(worker.email, subject);
  const mail = fullMailsTo(worker.email).find((one) =>
    subject.test(one.subject),
  );
  expect(mail.to).not.toContain(',');
  for (const title of NEWS) {
    expect(mail.body).toContain(title);
    expect(mail.html).toContain(title);
  }
  expect(mail.html).toContain(`href="${FRONTEND_URL}/actualites/`);
  expect(mail.body).toContain(`${FRONTEND_URL}/actualites/`);
  expect(mail.list_unsubscribe).toContain(
    `<${FRONTEND_URL}/++api++/@newsletter-unsubscribe/`,
  );
  expect(mail.list_unsubscribe_post).toBe('List-Unsubscribe=One-Click');
  const link = /(https?:\/\/\S+\/se-desabonner\/[\w.-]*\w)/.exec(mail.body)[1];
  expect(link.startsWith(`${FRONTEND_URL}/se-desabonner/`)).toBe(true);
  expect(mail.html).toContain(link);

  // --- Without being logged in, one click stops it.
  await logOut(page);
  await axe(); // where logging out leads
  await open(page, appPath(link));
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Se désabonner de la lettre électronique',
    }),
  ).toBeVisible();
  await axe();
  await page.getByRole('button', { name: 'Me désabonner' }).click();
  await expect(
    page.getByText(
      'Vous ne recevrez plus la lettre électronique. Vous pouvez vous réabonner depuis votre profil.',
    ),
  ).toBeVisible();
  await axe();

  // --- Logged in, she subscribes again from her profile.
  await logIn(page, axe, worker);
  await page.waitForURL((url) => url.pathname !== '/login');
  await expect(page.locator('.fmm-user-menu-button')).toBeVisible();
  await axe(); // where signing in leads (home, or the profile to complete)
  await open(page, '/mon-profil');
  const receive = page.getByLabel('Recevoir la lettre électronique');
  await expect(receive).not.toBeChecked();
  await axe();
  await receive.check();
  await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
  await expect(page.getByText('Votre profil est enregistré.')).toBeVisible();
  await axe();

  // --- The sent issue is in her archive; she reads it, nothing to send.
  await page
    .locator('#navigation')
    .getByRole('link', { name: 'Lettre électronique' })
    .click();
  await page.waitForURL((url) => url.pathname === '/lettre-electronique');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvelle lettre' })).toHaveCount(
    0,
  );
  await axe();
  await page.getByRole('link', { name: TITLE }).click();
  await page.waitForURL((url) => url.pathname === issuePath);
  for (const title of NEWS) {
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await page.waitForLoadState('networkidle'); // @newsletter refused her
  await expect(page.getByText('Préparer l’envoi')).toHaveCount(0);
  await axe();

  const mine = await restAs(worker);
  const profile = await ok(await mine.get('@my-profile'), 'her profile');
  expect(profile.newsletter).toBe(true);
  await mine.dispose();
});
