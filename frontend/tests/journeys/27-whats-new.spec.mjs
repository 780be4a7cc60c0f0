// Journey 27 (issue 20: what's new in my spaces): the federation staff publishes
// two news items in the nurses' sectoral group and an activity it organises; the
// nurse logs in and sees on that group's shortcut button how many items are new
// there; she opens the group: the news items and the activity are marked
// « Nouveau », and the button's count is gone.
import {
  RUN,
  activity,
  appPath,
  create,
  expect,
  inHours,
  ok,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');
const staff = persona('staff_fede');
const NEWS = [`Garde de Noël ${RUN}`, `Formation plaies ${RUN}`];
const ACTIVITY = `Atelier soins de plaies ${RUN}`;

test('shortcut buttons count what is new in a space until it is opened', async ({
  page,
  axe,
}) => {
  // Her sectoral group, as her shortcuts give it.
  const mine = await restAs(nurse);
  const { items } = await ok(await mine.get('@my-shortcuts'), 'her shortcuts');
  await mine.dispose();
  const group = items.find((item) => item.kind === 'sectoral_group');
  expect(group, 'the nurse has her sectoral group as a shortcut').toBeTruthy();
  const groupPath = appPath(group['@id']);

  const publisher = await restAs(staff);
  for (const title of NEWS) {
    await create(publisher, groupPath, {
      '@type': 'News Item',
      title,
      effective: new Date().toISOString(),
    });
  }
  // the next activity the group organises (the page lists the next ones)
  const { UID } = await ok(
    await publisher.get(groupPath.slice(1)),
    'the nurses’ group',
  );
  await create(
    publisher,
    '/agenda',
    activity(ACTIVITY, inHours(1), inHours(2), {
      organiser: UID,
      registration_enabled: false,
    }),
  );
  await publisher.dispose();

  // --- Her home page: the group's button tells how many items are new.
  await signIn(page, axe, nurse);
  await open(page, '/');
  const shortcuts = page.getByRole('navigation', { name: 'Mes groupes' });
  const button = shortcuts.getByRole('link', { name: group.title });
  const count = button.locator('.fmm-new-count');
  await expect(count).toBeVisible();
  const shown = await count.textContent();
  expect(shown === '99+' || Number(shown) >= NEWS.length, shown).toBe(true);
  await expect(button).toContainText('nouveautés');
  await axe();

  // --- The group's page: both news items and the activity are marked « Nouveau ».
  await button.click();
  await page.waitForURL((url) => url.pathname === groupPath);
  const marked = [
    ...NEWS.map((title) => ['group-news', title]),
    ['group-activities', ACTIVITY],
  ];
  for (const [section, title] of marked) {
    await expect(
      page
        .locator(`section.${section} li.fmm-item`)
        .filter({ hasText: title })
        .locator('.fmm-new'),
      title,
    ).toHaveText('Nouveau');
  }
  // the shortcuts are asked again: opened, the group has nothing new
  await expect(count).toHaveCount(0);
  await axe();

  // --- Back on the home page, the count is gone.
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(button).toBeVisible();
  await expect(count).toHaveCount(0);
  await axe();
});
