// Journey 7 (issue 14: registration forms with questions; issue 17: organisers
// edit them): a worker opens the demo's study day, whose form asks questions of
// several types; she registers leaving the required ones empty: the page says
// which, by each question, and nothing is registered. She answers: registered,
// the confirmation is mailed. Its organiser (the federation staff) reads her
// answers by question, then adds a question in Volto, which the registration
// page then asks.
import {
  alertOf,
  expect,
  expectLoggedIn,
  logIn,
  logOut,
  mailTo,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const worker = persona('membre_gt');
const organiser = persona('staff_fede');
// src/fmm_extranet/demo: QUESTIONS_ACTIVITY_ID
const ACTIVITY = '/agenda/journee-accueil-en-maison-medicale';
const TITLE = "Journée d'étude : l'accueil en maison médicale";
const DIET = 'Régime alimentaire';
const ALREADY = 'Avez-vous déjà suivi ce module ?';
const WORKSHOPS = "Ateliers de l'après-midi qui vous intéressent";
const SECRET = "Le secret professionnel à l'accueil";
const YEARS = "Depuis combien d'années travaillez-vous à l'accueil ?";
const NEW_QUESTION = 'Covoiturage : depuis quelle commune partez-vous ?';
const REQUIRED = 'Cette question est obligatoire.';
/** The title of a question in the editor (a required field: "Question *"). */
const QUESTION_TITLE = { name: /^Question( \*)?$/ };

/** The worker's registrations to the study day (any state). */
const registrationsOf = async (who) => {
  const rest = await restAs(who);
  const mine = await ok(
    await rest.get('@my-registrations'),
    'her registrations',
  );
  await rest.dispose();
  return [...mine.upcoming, ...mine.past].filter((item) =>
    item.activity['@id'].endsWith(ACTIVITY),
  );
};

test.describe.configure({ mode: 'serial' });

test('a worker answers the questions of a form, its organiser reads and edits them', async ({
  page,
  axe,
}) => {
  // --- The worker opens the study day: its form asks its questions.
  await logIn(page, axe, worker);
  await expectLoggedIn(page, worker);
  await page.waitForURL((url) => url.pathname !== '/login');
  await axe();
  await open(page, ACTIVITY);
  await expect(page.locator('h1')).toHaveText(TITLE);
  const section = page.locator('.fmm-registration');
  const form = section.locator('form.fmm-registration-form');
  const diet = form.getByRole('group', { name: DIET });
  await expect(diet.getByRole('radio')).toHaveCount(5);
  const already = form.getByRole('group', { name: ALREADY });
  await expect(already.getByRole('radio', { name: 'Oui' })).toBeVisible();
  const workshops = form.getByRole('group', { name: WORKSHOPS });
  await expect(workshops.getByRole('checkbox')).toHaveCount(3);
  const years = form.getByRole('spinbutton', { name: YEARS });
  await expect(years).toBeVisible();
  await expect(form).toContainText(
    'Les questions marquées * sont obligatoires.',
  );
  await axe();

  // --- She registers without answering: the page says which answers are missing.
  const posts = [];
  page.on('request', (request) => {
    if (
      request.method() === 'POST' &&
      request.url().endsWith('/@registration')
    ) {
      posts.push(request);
    }
  });
  const register = form.getByRole('button', {
    name: 'S’inscrire',
    exact: true,
  });
  await register.click();
  await expect(alertOf(page)).toContainText(
    'Des réponses manquent ou ne sont pas valides.',
  );
  await expect(diet).toContainText(REQUIRED);
  await expect(already).toContainText(REQUIRED);
  await expect(workshops).not.toContainText(REQUIRED); // optional
  await expect(diet.getByRole('radio').first()).toBeFocused();
  await expect(diet.getByRole('radio').first()).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await axe();
  expect(posts, 'nothing was sent').toEqual([]);
  expect(await registrationsOf(worker)).toEqual([]);

  // --- She answers: registered, and the confirmation is mailed.
  await diet.getByRole('radio', { name: 'Végétarien' }).check();
  await already.getByRole('radio', { name: 'Non' }).check();
  await workshops.getByRole('checkbox', { name: SECRET }).check();
  await years.fill('7');
  await register.click();
  await expect(section.getByRole('status')).toContainText(
    'inscription est confirmée',
  );
  await expect(section.getByText('Vous êtes inscrit·e.')).toBeVisible();
  await axe();
  const [registration] = await registrationsOf(worker);
  expect(registration.state).toBe('confirmed');
  const confirmation = await mailTo(worker.email, /confirm/i);
  expect(confirmation.body).toContain(TITLE);

  // --- Its organiser reads her answers, by question.
  const staffRest = await restAs(organiser);
  const participants = await ok(
    await staffRest.get(`${ACTIVITY.slice(1)}/@registrations`),
    'the participants',
  );
  await staffRest.dispose();
  const hers = participants.items.find(
    (item) => item.participant.last_name === worker.last_name,
  );
  const answers = Object.fromEntries(
    hers.answers_by_question.map((item) => [item.question, item.answer]),
  );
  expect(answers).toMatchObject({
    [DIET]: 'Végétarien',
    [ALREADY]: 'Non',
    [WORKSHOPS]: SECRET,
    [YEARS]: '7',
  });

  // --- The organiser adds a question in Volto; the registration page asks it.
  await logOut(page);
  await logIn(page, axe, organiser);
  await expectLoggedIn(page, organiser);
  await page.waitForURL((url) => url.pathname !== '/login');
  await axe();
  await open(page, ACTIVITY);
  const edit = section.getByRole('button', {
    name: 'Modifier les questions du formulaire',
  });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const editor = page.getByRole('form', {
    name: "Questions du formulaire d'inscription",
  });
  await expect(editor.getByRole('textbox', QUESTION_TITLE)).toHaveCount(6); // five of the demo and the remarks
  await axe();
  await editor.getByRole('button', { name: 'Ajouter une question' }).click();
  const title = editor.getByRole('textbox', QUESTION_TITLE).last();
  await expect(title).toBeFocused();
  await title.fill(NEW_QUESTION);
  await editor
    .getByRole('button', { name: 'Enregistrer les questions' })
    .click();
  await expect(editor.locator('.fmm-submit-status')).toHaveText('Enregistré.');
  await expect(form.getByLabel(NEW_QUESTION)).toBeVisible();
  await axe();
  await page.reload();
  await expect(
    page.locator('form.fmm-registration-form').getByLabel(NEW_QUESTION),
  ).toBeVisible();
  await axe();
});
