// Journey 29 (the guide's "L'agenda"): the nurse looks for a training in the
// agenda: the month's grid (short lines from @agenda), the week with each
// activity's details, a filter by type, the cards, then the activity's page.
import {
  RUN,
  activity,
  create,
  expect,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const staff = persona('staff_fede');
const nurse = persona('infirmiere_liege');
const TITLE = `Formation à l'entretien motivationnel ${RUN}`;
const DAY = '2031-03-12';

test('the nurse finds a training in the agenda, by month, week and type', async ({
  page,
  axe,
}) => {
  // --- Set-up (REST): the federation's staff puts a training in the agenda.
  const rest = await restAs(staff);
  const { path } = await create(
    rest,
    '/agenda',
    activity(TITLE, `${DAY}T14:00:00+01:00`, `${DAY}T16:30:00+01:00`, {
      location: 'Namur',
      capacity: 12,
    }),
  );
  await rest.dispose();

  await signIn(page, axe, nurse);

  // --- The month's grid asks @agenda for short lines: a title and a time.
  const month = page.waitForResponse(
    (response) =>
      response.url().includes('/@agenda?') &&
      new URL(response.url()).searchParams.get('lines') === 'short',
  );
  await open(page, `/agenda?view=month&date=${DAY}`);
  const lines = (await (await month).json()).items;
  const line = lines.find((item) => item.title === TITLE);
  expect(line.start).toBe(`${DAY}T14:00:00+01:00`);
  expect(line).not.toHaveProperty('organiser');
  expect(line).not.toHaveProperty('remaining_places');
  await expect(
    page.getByRole('heading', { level: 2, name: 'mars 2031' }),
  ).toBeVisible();
  const grid = page.getByRole('table', { name: 'mars 2031' });
  const cell = grid.locator('td', { hasText: 'mercredi 12 mars' });
  await expect(cell.getByRole('link', { name: TITLE })).toContainText('14:00');
  await axe();

  // --- The week shows each activity's details: type, place, places left.
  await page.getByLabel('Semaine').check();
  const day = page.locator('.fmm-days > li', {
    has: page.getByRole('heading', { level: 3, name: 'mercredi 12 mars' }),
  });
  const event = day.locator('.fmm-event', { hasText: TITLE });
  await expect(event).toContainText('Formation');
  await expect(event).toContainText('Namur');
  await expect(event).toContainText('12 places restantes');
  await axe();

  // --- Only the movement's activities: the training goes; the filters cleared, it is back.
  const filters = page.getByRole('search', { name: 'Filtres de l’agenda' });
  await filters
    .getByLabel('Type d’activité')
    .selectOption({ label: 'Activité du mouvement' });
  await filters.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/activity_type=movement/);
  await expect(day.getByText(TITLE)).toBeHidden();
  await filters.getByRole('button', { name: 'Effacer les filtres' }).click();
  await expect(event).toBeVisible();
  await axe();

  // --- The cards, and the iCal export of what is shown (no short lines there).
  await page.getByLabel('Vignettes').check();
  const card = page.locator('.fmm-agenda-cards .fmm-card', { hasText: TITLE });
  await expect(card).toContainText('Namur');
  const ical = page.getByRole('link', {
    name: 'Télécharger ces activités (iCal)',
  });
  await expect(ical).toHaveAttribute(
    'href',
    /\/@agenda\/ical\?start=2031-03-01/,
  );
  expect(await ical.getAttribute('href')).not.toContain('lines=');
  await axe();

  // --- The card opens the training's page.
  await card.getByRole('link', { name: TITLE }).click();
  await page.waitForURL(`**${path}`);
  await expect(
    page.getByRole('heading', { level: 1, name: TITLE }),
  ).toBeVisible();
  await axe();
});
