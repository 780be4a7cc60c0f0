// Journey 23 (issue 19: help people search): a nurse types the beginning of a
// title and picks one of the titles suggested (an accessible combobox); she
// misspells a word and follows « Vouliez-vous dire … »; items of her own
// groups come a little higher, labelled « De mes groupes », until she unticks
// « Favoriser mes groupes ». Staff publish, through REST, two equal
// pages: one in the nurses' sectoral group, one in a thematic area.
import {
  RUN,
  expect,
  expectLoggedIn,
  logIn,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const worker = persona('infirmiere_liege');
const staff = persona('staff_fede');
const NURSES = 'groupes-sectoriels/groupe-sectoriel-infirmier-ere';
const THEMATIC = 'thematiques/assuetudes';
const WORD = 'mandragore';
const MISSPELT = 'mandragote';
/** Two pages equal but for their group (as many words in their titles: no stop word such as "a"; the same text). */
const THEMATIC_TITLE = `Fiche ${WORD} ${RUN} alpha`;
const OWN_TITLE = `Fiche ${WORD} ${RUN} gamma`;
const TEXT = `Le protocole ${WORD} pour les soins.`;

const page_ = (title, text) => ({
  data: {
    '@type': 'Document',
    title,
    text: { 'content-type': 'text/html', data: `<p>${text}</p>` },
  },
});

/** The answer of the next `@search` for `words` (and `check` of its parameters). */
const searchAnswer = (page, words, check = () => true) =>
  page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname.endsWith('/@search') &&
      url.searchParams.get('SearchableText') === words &&
      check(url.searchParams)
    );
  });

test('a nurse is helped to search: suggestions, spelling, her groups', async ({
  page,
  axe,
}) => {
  const rest = await restAs(staff);
  await ok(
    await rest.post(THEMATIC, page_(THEMATIC_TITLE, TEXT)),
    'the thematic page',
  );
  const own = await ok(
    await rest.post(NURSES, page_(OWN_TITLE, TEXT)),
    "the nurses' page",
  );
  await rest.dispose();

  await logIn(page, axe, worker);
  await expectLoggedIn(page, worker);
  await page.waitForURL((url) => url.pathname !== '/login');

  // --- She types the beginning of a title and picks the suggestion.
  await open(page, '/search');
  await axe();
  const words = page.getByRole('combobox', { name: 'Mots' });
  await words.pressSequentially(`fiche ${WORD} ${RUN}`.slice(0, -1), {
    delay: 20,
  });
  const suggestions = page.getByRole('listbox', { name: 'Titres suggérés' });
  await expect(
    suggestions.getByRole('option', { name: OWN_TITLE }),
  ).toBeVisible();
  await expect(words).toHaveAttribute('aria-expanded', 'true');
  await axe();
  // with the keyboard: down to her group's page, Enter opens it
  const options = await suggestions.getByRole('option').allInnerTexts();
  for (let step = 0; step <= options.indexOf(OWN_TITLE); step += 1) {
    await words.press('ArrowDown');
  }
  await expect(
    suggestions.getByRole('option', { name: OWN_TITLE }),
  ).toHaveAttribute('aria-selected', 'true');
  await words.press('Enter');
  await page.waitForURL((url) => own['@id'].endsWith(url.pathname));
  // the page opened (a page made through REST has no title block: the tab's title)
  await expect(page).toHaveTitle(new RegExp(OWN_TITLE));
  await axe();

  // --- She misspells the word and follows « Vouliez-vous dire … ».
  await open(page, '/search');
  const box = page.getByRole('combobox', { name: 'Mots' });
  const misspelt = searchAnswer(page, MISSPELT);
  await box.fill(MISSPELT);
  await box.press('Enter'); // no suggestion is chosen: Enter searches
  expect((await misspelt).ok()).toBe(true);
  const suggestion = page.locator('.fmm-did-you-mean');
  await expect(suggestion).toContainText('Vouliez-vous dire');
  await axe();
  const corrected = searchAnswer(page, WORD);
  await suggestion.getByRole('link', { name: WORD }).click();
  const found = await (await corrected).json();
  expect(found.own_groups_boost).toBe(true);
  const results = page.locator('.fmm-search-results');
  const titles = results.locator('.fmm-item-title');
  await expect(titles.first()).toHaveText(OWN_TITLE);
  await expect(
    results
      .locator('.fmm-item', { hasText: OWN_TITLE })
      .locator('.fmm-own-group'),
  ).toHaveText('De mes groupes');
  await expect(
    results
      .locator('.fmm-item', { hasText: THEMATIC_TITLE })
      .locator('.fmm-own-group'),
  ).toHaveCount(0);
  await expect(box).toHaveValue(WORD);
  await axe();

  // --- She turns the boost off: relevance alone orders (here a tie), no label.
  const toggle = page.getByRole('checkbox', { name: 'Favoriser mes groupes' });
  await expect(toggle).toBeChecked();
  const plain = searchAnswer(
    page,
    WORD,
    (params) => params.get('boost') === 'off',
  );
  await toggle.uncheck();
  const unboosted = await (await plain).json();
  expect(unboosted.own_groups_boost).toBe(false);
  expect(unboosted.items.some((item) => item.own_group)).toBe(false);
  await expect(titles).toHaveCount(2);
  await expect(results.locator('.fmm-own-group')).toHaveCount(0);
  await expect(toggle).not.toBeChecked();
  await axe();
});
