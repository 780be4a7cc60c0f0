// Journey 16 (issue 17, organisers): the federation staff organise a session of a
// formation whose documents are reserved to its participants. The organiser adds a
// required question in Volto; a worker registers answering it; the organiser sees
// her answer on the participants page, downloads the CSV (its content checked)
// and marks her present: she then opens the reserved document, another
// participant (not marked present) cannot.
import { readFileSync } from 'node:fs';
import {
  RUN,
  activity,
  create,
  expect,
  formation,
  inDays,
  logOut,
  ok,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const organiser = persona('staff_fede');
const attendee = persona('infirmiere_liege');
const other = persona('medecin_bruxelles');
const QUESTION = 'Quelle est votre attente principale ?';
const ANSWER = 'Mieux accueillir les patients allophones';
const QUESTION_TITLE = { name: /^Question( \*)?$/ };

test.describe.configure({ mode: 'serial' });

test('an organiser reads the answers, downloads the CSV and marks attendance, which opens the reserved documents', async ({
  page,
  axe,
}) => {
  // --- Set-up (REST, as the organiser): a formation, its session, a reserved folder.
  const staff = await restAs(organiser);
  const { path: formationPath } = await create(
    staff,
    '/formations',
    formation(`Accueil des patients allophones ${RUN}`, 'scheduled'),
  );
  const { path: sessionPath } = await create(
    staff,
    formationPath,
    activity(
      `Accueil des patients allophones — session ${RUN}`,
      inDays(20),
      inDays(20, 6),
      { location: 'Namur', capacity: 10 },
    ),
  );
  const folder = await create(staff, formationPath, {
    '@type': 'Folder',
    title: 'Supports des participant·e·s',
    participants_only: true,
  });
  const { path: reservedPath } = await create(staff, folder.path, {
    '@type': 'Document',
    title: 'Support de cours',
    blocks: { title: { '@type': 'title' } },
    blocks_layout: { items: ['title'] },
  });

  // --- The organiser adds a required question in Volto.
  await signIn(page, axe, organiser);
  await axe();
  await open(page, sessionPath);
  await axe();
  const section = page.locator('.fmm-registration');
  await section
    .getByRole('button', { name: 'Modifier les questions du formulaire' })
    .click();
  const editor = page.getByRole('form', {
    name: "Questions du formulaire d'inscription",
  });
  await editor.getByRole('button', { name: 'Ajouter une question' }).click();
  const title = editor.getByRole('textbox', QUESTION_TITLE).last();
  await title.fill(QUESTION);
  await editor
    .getByRole('checkbox', { name: 'Réponse obligatoire' })
    .last()
    .check();
  await editor
    .getByRole('button', { name: 'Enregistrer les questions' })
    .click();
  await expect(editor.locator('.fmm-submit-status')).toHaveText('Enregistré.');
  await axe();
  await logOut(page);

  // --- A worker registers, answering it (the other participant through REST).
  await signIn(page, axe, attendee);
  await open(page, sessionPath);
  const form = page.locator('form.fmm-registration-form');
  await form.getByLabel(QUESTION).fill(ANSWER);
  await form.getByRole('button', { name: 'S’inscrire', exact: true }).click();
  await expect(section.getByText('Vous êtes inscrit·e.')).toBeVisible();
  await axe();
  const otherRest = await restAs(other);
  const registrationForm = await ok(
    await otherRest.get(`${sessionPath.slice(1)}/@registration`),
    'the form',
  );
  const question = registrationForm.questions.find((q) => q.title === QUESTION);
  await ok(
    await otherRest.post(`${sessionPath.slice(1)}/@registration`, {
      data: { answers: { [question.name]: 'Rien de particulier' } },
    }),
    'the other registration',
  );
  // Neither participant opens the reserved document yet.
  const attendeeRest = await restAs(attendee);
  expect((await attendeeRest.get(reservedPath.slice(1))).ok()).toBe(false);
  await logOut(page);

  // --- The organiser reads the answers on the participants page.
  await signIn(page, axe, organiser);
  await open(page, sessionPath);
  await page.getByRole('link', { name: 'Participants', exact: true }).click();
  await page.waitForURL(
    (url) => url.pathname === `${sessionPath}/participants`,
  );
  await expect(page.locator('h1')).toContainText('Participants');
  const confirmed = page.locator('table.fmm-participants-confirmed');
  await expect(
    confirmed.getByRole('columnheader', { name: QUESTION }),
  ).toBeVisible();
  const row = confirmed.getByRole('row').filter({ hasText: attendee.name });
  await expect(row).toContainText(ANSWER);
  await expect(page.locator('.fmm-participants-counts')).toContainText(
    '2 confirmé·e·s',
  );
  await axe();

  // --- The CSV, downloaded through the organiser's session.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Télécharger la liste (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toContain(QUESTION);
  expect(lines).toHaveLength(3);
  const line = lines.find((l) => l.includes(attendee.last_name));
  expect(line).toContain(attendee.first_name);
  expect(line).toContain(ANSWER);
  expect(csv).not.toContain(attendee.email);

  // --- She is marked present.
  await row
    .getByRole('checkbox', { name: `${attendee.name} était présent·e` })
    .check();
  await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await expect(page.locator('.fmm-submit-status').first()).toHaveText(
    'Présences enregistrées.',
  );
  await axe();
  await logOut(page);

  // --- The attendee opens the reserved document; the other participant cannot.
  await signIn(page, axe, attendee);
  await open(page, reservedPath);
  await expect(page.locator('h1')).toHaveText('Support de cours');
  await axe();
  expect((await attendeeRest.get(reservedPath.slice(1))).ok()).toBe(true);
  const refused = await otherRest.get(reservedPath.slice(1));
  expect([401, 403, 404]).toContain(refused.status());
  await Promise.all([staff, otherRest, attendeeRest].map((r) => r.dispose()));
});
