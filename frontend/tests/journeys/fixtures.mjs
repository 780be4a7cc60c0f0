// What the journeys share: the demo's personas, logging in through the login page,
// REST sessions of a persona (to set up what the journey needs, never as admin),
// the mails of the SMTP server, and axe on every page a journey visits.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, request } from '@playwright/test';

export { expect };

const here = dirname(fileURLToPath(import.meta.url));
export const FRONTEND_URL = (
  process.env.FRONTEND_URL || 'http://127.0.0.1:3000'
).replace(/\/$/, '');
const DEMO = JSON.parse(process.env.E2E_DEMO || '{"accounts": {}}');

/** A word that exists only inside a PDF of the nurses' sectoral group. */
export const PDF_WORD = DEMO.pdf_word;

/** Where the demo's support form messages arrive. */
export const SUPPORT_ADDRESS = DEMO.support_address;

/**
 * A demo account (src/fmm_extranet/demo/): email, first_name, last_name,
 * status, name and password.
 */
export const persona = (key) => {
  const account = DEMO.accounts[key];
  if (!account) {
    throw new Error(`no demo account "${key}" in E2E_DEMO`);
  }
  return {
    ...account,
    name: `${account.first_name} ${account.last_name}`,
    password: DEMO.password,
  };
};

/** A suffix making the addresses a journey invents unique to this run. */
export const RUN = Date.now().toString(36);

// ------------------------------------------------------------------ mails

/** Every mail the SMTP server received, oldest first (inbox.py). */
/** What `inbox.py` reads in the SMTP server's Maildir (a newsletter adds hundreds of mails). */
const inbox = (...options) =>
  JSON.parse(
    execFileSync(
      process.env.E2E_PYTHON || 'python3',
      [join(here, 'inbox.py'), ...options, process.env.E2E_MAILDIR],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ),
  );

export const readMails = () => inbox();

/**
 * The first mail to `address` whose subject matches `subject`, waiting for
 * the backend's mail queue to deliver it.
 */
export const mailTo = async (address, subject, { timeout = 60000 } = {}) => {
  const deadline = Date.now() + timeout;
  const wanted = (mail) =>
    mail.to.toLowerCase().includes(address.toLowerCase()) &&
    subject.test(mail.subject);
  for (;;) {
    const found = readMails().find(wanted);
    if (found) {
      return found;
    }
    if (Date.now() > deadline) {
      const seen = readMails().map((mail) => `${mail.to}: ${mail.subject}`);
      throw new Error(
        `no mail ${subject} to ${address} within ${timeout / 1000}s (mails: ${seen.join('; ') || 'none'})`,
      );
    }
    await new Promise((done) => setTimeout(done, 500));
  }
};

/** The one-time link a mail carries. */
export const linkIn = (mail) => {
  const match = /(https?:\/\/\S+\?token=[\w-]+)/.exec(mail.body);
  if (!match) {
    throw new Error(`no link in the mail "${mail.subject}": ${mail.body}`);
  }
  return match[1];
};

// ------------------------------------------------------------------ REST

/**
 * A REST session through the frontend (as the browser's), logged in as
 * `who` (a persona, or `{email, password}`), anonymous without it. Writes
 * send JSON, `{ data: {} }` when there is nothing to say (as Volto does: the
 * services refuse a body-less POST).
 */
export const restAs = async (who = null) => {
  const baseURL = `${FRONTEND_URL}/++api++/`;
  const headers = { Accept: 'application/json' };
  if (!who) {
    return request.newContext({ baseURL, extraHTTPHeaders: headers });
  }
  const anonymous = await request.newContext({
    baseURL,
    extraHTTPHeaders: headers,
  });
  const response = await anonymous.post('@login', {
    data: { login: who.email, password: who.password },
  });
  expect(response.ok(), `${who.email} logs in through REST`).toBe(true);
  const { token } = await response.json();
  await anonymous.dispose();
  return request.newContext({
    baseURL,
    extraHTTPHeaders: { ...headers, Authorization: `Bearer ${token}` },
  });
};

/**
 * Gives `who` (a persona) the demo password back after a journey changed it to
 * `current`, through plone.restapi's `@users/<id>/reset-password` as herself:
 * the journeys after it sign in as the demo says.
 */
export const restorePassword = async (who, current) => {
  const baseURL = `${FRONTEND_URL}/++api++/`;
  const headers = { Accept: 'application/json' };
  const anonymous = await request.newContext({
    baseURL,
    extraHTTPHeaders: headers,
  });
  const login = await anonymous.post('@login', {
    data: { login: who.email, password: current },
  });
  expect(login.ok(), `${who.email} logs in with ${current}`).toBe(true);
  const { token } = await login.json();
  const { sub } = JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
  );
  const reset = await anonymous.post(`@users/${sub}/reset-password`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { old_password: current, new_password: who.password },
  });
  expect(reset.ok(), `${who.email} gets the demo password back`).toBe(true);
  await anonymous.dispose();
};

/** The Volto path of a REST `@id` (through `++api++` or not). */
export const appPath = (id) =>
  new URL(id).pathname.replace(/^\/\+\+api\+\+/, '');

/** An ISO moment `hours` from now (what the journeys give activities). */
export const inHours = (hours) =>
  new Date(Date.now() + hours * 36e5).toISOString();

/** An ISO moment `days` (and `hours`) from now. */
export const inDays = (days, hours = 0) => inHours(days * 24 + hours);

/** The JSON of a REST answer, which must be a success. */
export const ok = async (response, what) => {
  expect(response.ok(), `${what}: ${await response.text()}`).toBe(true);
  return response.status() === 204 ? null : response.json();
};

/** The REST path (relative to `++api++/`) of a Volto path. */
const restPath = (path) => path.replace(/^\//, '');

/**
 * Creates `body` (its `@type`, title…) in the folder at the Volto path
 * `parent`, through the REST session `rest`: the item created, with its Volto
 * `path`.
 */
export const create = async (rest, parent, body) => {
  const item = await ok(
    await rest.post(restPath(parent), { data: body }),
    `the ${body['@type']} « ${body.title} »`,
  );
  return { ...item, path: appPath(item['@id']) };
};

/** An activity open to registration, from `start` to `end` (ISO), with `more`. */
export const activity = (title, start, end, more = {}) => ({
  '@type': 'Activity',
  title,
  activity_type: 'training',
  start,
  end,
  registration_enabled: true,
  ...more,
});

/** A formation of the DEQuaP catalogue, in the state `status`. */
export const formation = (title, status) => ({
  '@type': 'Formation',
  title,
  dequap_category: 'travail_equipe',
  formation_status: status,
});

/** `who` (a persona) registers for the activity at `path` through REST. */
export const register = async (who, path, answers = {}) => {
  const rest = await restAs(who);
  await ok(
    await rest.post(`${restPath(path)}/@registration`, { data: { answers } }),
    `${who.email} registers`,
  );
  await rest.dispose();
};

// ------------------------------------------------------------------ pages

/**
 * Opens `path` and waits until Volto runs the server-rendered page (React
 * attached to #main, no request pending).
 */
export const open = async (page, path) => {
  await page.goto(path);
  await page.waitForFunction(() => {
    const root = document.getElementById('main');
    return (
      Boolean(root) &&
      Object.keys(root).some((key) => key.startsWith('__reactContainer$'))
    );
  });
  await page.waitForLoadState('networkidle');
};

/** The login page, as everyone sees it. */
export const loginHeading = (page) =>
  page.getByRole('heading', { level: 1, name: 'Connexion à l’extranet' });

/**
 * `who` logs in through the login page (axe-checked), as they would; the
 * caller checks where they land.
 */
export const logIn = async (page, axe, who, { remember = false } = {}) => {
  await open(page, '/login');
  await expect(loginHeading(page)).toBeVisible();
  await axe();
  await page.getByLabel('Adresse e-mail').fill(who.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(who.password);
  if (remember) {
    await page.getByLabel('Se souvenir de moi').check();
  }
  await page.getByRole('button', { name: 'Se connecter' }).click();
};

/** `who` logs in (`logIn`) and lands, logged in, on a page other than the login page. */
export const signIn = async (page, axe, who) => {
  await logIn(page, axe, who);
  await expectLoggedIn(page, who);
  await page.waitForURL((url) => url.pathname !== '/login');
};

/** What a form announces at once (not Volto's route announcer). */
export const alertOf = (page) =>
  page.locator('[role="alert"]:not(#route-announcer)');

/** The login page refused the email and password. */
export const expectLoginRefused = async (page) => {
  await expect(alertOf(page)).toContainText('La connexion a échoué.');
  await expect(loginHeading(page)).toBeVisible();
};

/** The name in the user menu, top right: `who` is logged in. */
export const expectLoggedIn = (page, who) =>
  expect(page.locator('.fmm-user-menu-button')).toContainText(who.name);

/** Logs out through the user menu. */
export const logOut = async (page) => {
  await page.locator('.fmm-user-menu-button').click();
  await page
    .locator('#fmm-user-menu-list')
    .getByRole('link', { name: 'Se déconnecter' })
    .click();
  await page.waitForURL(
    (url) => url.pathname === '/login' || url.pathname === '/',
  );
  await expect(page.locator('.fmm-user-menu-button')).toHaveCount(0);
};

// ------------------------------------------------------------------ axe

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = ['critical', 'serious'];
/** A page left within this time was a redirect, not a page the user saw. */
const TRANSIENT_MS = 1500;

const pathOf = (url) => {
  try {
    const parsed = new URL(url);
    return parsed.protocol.startsWith('http') ? parsed.pathname : null;
  } catch (error) {
    return null;
  }
};

const describe = (violation) =>
  `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
    .slice(0, 5)
    .map((node) => node.target.join(' '))
    .join(', ')}`;

export const test = base.extend({
  /**
   * `await axe()` checks the page as it is now: no critical or serious WCAG
   * 2.1 A/AA violation. When the journey passed, every page it stayed on
   * must have been checked.
   */
  axe: [
    async ({ page }, use, testInfo) => {
      const stays = []; // {path, since, until}
      const checked = new Set();
      page.on('framenavigated', (frame) => {
        if (frame !== page.mainFrame()) return;
        const path = pathOf(frame.url());
        const now = Date.now();
        const last = stays[stays.length - 1];
        if (last && last.until === null) last.until = now;
        if (path) stays.push({ path, since: now, until: null });
      });
      // `exclude`: selectors of Volto core widgets axe may skip, each with
      // `because` saying why (only on pages the add-on does not render).
      const check = async ({ exclude = [], because = '' } = {}) => {
        expect(!exclude.length || because, 'why axe skips a part').toBeTruthy();
        const path = pathOf(page.url());
        const builder = new AxeBuilder({ page }).withTags(WCAG_21_AA);
        exclude.forEach((selector) => builder.exclude(selector));
        const results = await builder.analyze();
        const blocking = results.violations.filter((violation) =>
          BLOCKING.includes(violation.impact),
        );
        if (blocking.length > 0) {
          await testInfo.attach(`axe ${path}`, {
            body: JSON.stringify(blocking, null, 2),
            contentType: 'application/json',
          });
        }
        expect(
          blocking.map(describe),
          `critical or serious WCAG 2.1 A/AA violations on ${path}`,
        ).toEqual([]);
        checked.add(path);
      };
      await use(check);
      if (testInfo.status === testInfo.expectedStatus) {
        const seen = stays.filter(
          ({ since, until }) => until === null || until - since >= TRANSIENT_MS,
        );
        const unchecked = [
          ...new Set(
            seen.map(({ path }) => path).filter((p) => !checked.has(p)),
          ),
        ];
        expect(unchecked, 'pages the journey visited without axe').toEqual([]);
      }
    },
    { auto: true },
  ],
});

// ------------------------------------------------------------------ mails, in full

/**
 * The mails to `address` with their HTML part (`html`) and their
 * `list_unsubscribe` and `list_unsubscribe_post` headers (inbox.py --to),
 * oldest first; `mailTo` waits for one first.
 */
export const fullMailsTo = (address) => inbox('--to', address);

/** Follow the entry `name` of the user menu (beside the user's name). */
export const fromUserMenu = async (page, name) => {
  await page.locator('.fmm-user-menu-button').click();
  await page.locator('#fmm-user-menu-list').getByRole('link', { name }).click();
};
