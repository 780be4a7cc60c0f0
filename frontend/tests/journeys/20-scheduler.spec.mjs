// Journey 20 (issue 17, the extranet's scheduler): an activity starts in two days;
// without anyone doing anything, the scheduler of the backend mails each confirmed
// participant a reminder, once, whose links lead to the public address (the
// frontend); one of them follows the cancel link and frees her place.
import {
  FRONTEND_URL,
  RUN,
  activity,
  create,
  expect,
  inHours,
  mailTo,
  open,
  persona,
  readMails,
  register,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const organiser = persona('staff_fede');
const participants = [
  persona('infirmiere_liege'),
  persona('medecin_bruxelles'),
];
const TITLE = `Atelier de premiers secours ${RUN}`;
const REMINDER = new RegExp(`^Rappel : ${TITLE}`);

const remindersTo = (who) =>
  readMails().filter(
    (mail) =>
      mail.to.toLowerCase().includes(who.email.toLowerCase()) &&
      REMINDER.test(mail.subject),
  );

test('the scheduler reminds each participant once, two days before, with links on the public address', async ({
  page,
  axe,
}) => {
  // --- Set-up (REST): the organiser's activity in 47 hours, two people registered.
  const staff = await restAs(organiser);
  const { path } = await create(
    staff,
    '/agenda',
    activity(TITLE, inHours(47), inHours(49), { location: 'Namur' }),
  );
  await staff.dispose();
  for (const who of participants) {
    await register(who, path);
  }

  // --- The scheduler (a round every 5 s in this stack) mails the reminders.
  const reminders = [];
  for (const who of participants) {
    const mail = await mailTo(who.email, REMINDER, { timeout: 45000 });
    expect(mail.body.split(/\r?\n/)).toContain(`${FRONTEND_URL}${path}`);
    expect(mail.body).toContain(
      `${FRONTEND_URL}${path}#fmm-registration-title`,
    );
    expect(mail.body).not.toContain('nohost');
    reminders.push(mail);
  }

  // --- The nurse follows the cancel link and cancels her registration.
  const nurse = participants[0];
  const cancelLink = /(https?:\/\/\S+#fmm-registration-title)/.exec(
    reminders[0].body,
  )[1];
  await signIn(page, axe, nurse);
  await page.waitForLoadState('networkidle');
  await axe();
  await open(page, cancelLink);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await axe();
  await page.getByRole('button', { name: 'Annuler mon inscription' }).click();
  await expect(page.getByText('Votre inscription est annulée.')).toBeVisible();
  await axe();

  // --- Rounds later, nobody got a second reminder.
  await page.waitForTimeout(12000);
  for (const who of participants) {
    expect(remindersTo(who), `reminders to ${who.email}`).toHaveLength(1);
  }
});
