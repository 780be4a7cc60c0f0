// Journey 28 (issue 17: coordinators « modèrent les commentaires »): comments on
// news (plone.app.discussion, shown by Volto under the item). A nurse comments a
// news item of the Liège intergroup; a doctor of another intergroup reads the
// comment but may not delete it (no « Supprimer », and the REST DELETE is refused);
// the intergroup's coordinator (local role Reviewer) deletes it from the page.
import {
  RUN,
  create,
  expect,
  logOut,
  ok,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const coordinator = persona('coord_intergroupe');
const nurse = persona('infirmiere_liege');
const doctor = persona('medecin_bruxelles');
const SPACE = '/intergroupes/igl';
const TEXT = `Qui covoiture depuis Seraing ? (${RUN})`;

/** The comment whose text is `TEXT`, in the comments under the item. */
const commentOf = (page) =>
  page.locator('.comments .comment').filter({ hasText: TEXT });

/** Its « Supprimer » action (Volto's comments). */
const deleteOf = (page) => commentOf(page).locator('[aria-label="Supprimer"]');

test('a coordinator deletes a comment in their intergroup; a worker may not', async ({
  page,
  axe,
}) => {
  // The coordinator publishes a news item in her intergroup; the nurse comments it.
  const rest = await restAs(coordinator);
  const news = await create(rest, SPACE, {
    '@type': 'News Item',
    title: `Journée de l'intergroupe ${RUN}`,
    description: 'Covoiturage et programme de la journée.',
  });
  await rest.dispose();
  const nurseRest = await restAs(nurse);
  await ok(
    await nurseRest.post(`${news.path.slice(1)}/@comments`, {
      data: { text: TEXT },
    }),
    'the nurse comments',
  );
  await nurseRest.dispose();

  // --- A doctor of another intergroup reads it, without « Supprimer ».
  await signIn(page, axe, doctor);
  await axe();
  await open(page, news.path);
  await expect(commentOf(page)).toBeVisible();
  await expect(deleteOf(page)).toHaveCount(0);
  await axe();
  const doctorRest = await restAs(doctor);
  const { items } = await ok(
    await doctorRest.get(`${news.path.slice(1)}/@comments`),
    'the comments',
  );
  const comment = items.find((item) => item.text.data === TEXT);
  expect(comment.is_deletable).toBe(false);
  const refused = await doctorRest.delete(
    `${news.path.slice(1)}/@comments/${comment.comment_id}`,
  );
  expect([401, 403]).toContain(refused.status());
  await doctorRest.dispose();
  await logOut(page);
  await axe();

  // --- The coordinator deletes it from the page, with the keyboard (a
  // button: focusable, answers Enter).
  await signIn(page, axe, coordinator);
  await axe();
  await open(page, news.path);
  await expect(commentOf(page)).toBeVisible();
  await axe();
  await deleteOf(page).focus();
  await expect(deleteOf(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(commentOf(page)).toHaveCount(0);
  await axe();
  const after = await restAs(nurse);
  const left = await ok(
    await after.get(`${news.path.slice(1)}/@comments`),
    'the comments after',
  );
  expect(left.items.map((item) => item.text.data)).not.toContain(TEXT);
  await after.dispose();
});
