// Journey 18 (issue 17, formations): a worker says she is interested in a
// formation that has no session yet; the staff see who is interested on the
// formation's page; when they schedule a session, she is mailed, and the
// formation's page leads to the session.
import {
  RUN,
  activity,
  create,
  expect,
  formation,
  inDays,
  logOut,
  mailTo,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const staffMember = persona('staff_fede');
const worker = persona('coord_thematique');
const TITLE = `Communication non violente ${RUN}`;
const SESSION = `Communication non violente — session de printemps ${RUN}`;

test.describe.configure({ mode: 'serial' });

test('a worker shows interest in an unscheduled formation and is mailed when staff schedule it', async ({
  page,
  axe,
}) => {
  const staff = await restAs(staffMember);
  const { path } = await create(
    staff,
    '/formations',
    formation(TITLE, 'waiting_list'),
  );

  // --- The worker says she is interested.
  await signIn(page, axe, worker);
  await open(page, path);
  const interest = page.locator('.fmm-formation-interest');
  const button = interest.getByRole('button', { name: 'Je suis intéressé·e' });
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await axe();
  await button.click();
  await expect(interest.getByRole('status')).toContainText(
    'Vous êtes intéressé·e',
  );
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(interest.locator('.fmm-interested-people')).toHaveCount(0);
  await axe();
  await logOut(page);

  // --- The staff see who is interested.
  await signIn(page, axe, staffMember);
  await open(page, path);
  await expect(interest.locator('.fmm-interested-people')).toContainText(
    worker.name,
  );
  await axe();

  // --- They schedule a session: she is mailed, the page leads to it.
  await create(
    staff,
    path,
    activity(SESSION, inDays(25), inDays(25, 6), {
      location: 'Charleroi',
      capacity: 12,
      waiting_list: true,
    }),
  );
  await staff.dispose();
  const mail = await mailTo(worker.email, /Une session est programmée/);
  expect(mail.body).toContain(TITLE);
  expect(mail.body).toContain(SESSION);
  await open(page, path);
  await expect(page.locator('.fmm-formation-interest')).toHaveCount(0);
  await expect(page.locator('section.formation-sessions')).toContainText(
    SESSION,
  );
  await axe();
});
