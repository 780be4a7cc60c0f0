// Journey 8 (issue 14: search, announcements, news filters): a nurse searches
// "santé": content comes first (medical houses after, no worker nor job), the
// types are in French, the facets show their counts and an author by name, a
// passage shows the word highlighted; checking an author narrows the results.
// On the announcements page the type filter keeps the job offers only; on the
// news page the group filter finds a news item stored elsewhere but tagged
// with the nurses' group. Staff publish the page and the news item the journey
// looks for, through REST.
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
const PAGE_TITLE = `Repères pour la santé de quartier ${RUN}`;
const NEWS_TITLE = `Vaccination en maison médicale ${RUN}`;
/** What the site search must never answer, and English type names. */
const PEOPLE = ['Worker', 'Job'];
const NOT_CONTENT = ['MedicalHouse', 'Worker', 'Job'];
const ENGLISH = ['File', 'Document', 'News Item', 'Thematic area', 'Job'];

/** The answer of the next `@search` whose words are `words`. */
const searchAnswer = (page, check = () => true) =>
  page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname.endsWith('/@search') &&
      new URL(response.url()).searchParams.get('SearchableText') === 'santé' &&
      check(new URL(response.url()).searchParams),
  );

test('a nurse searches, filters the announcements and the news', async ({
  page,
  axe,
}) => {
  // --- Staff publish a page about santé and a news item tagged with the nurses.
  const rest = await restAs(staff);
  const nurses = await ok(await rest.get(NURSES), 'the nurses group');
  await ok(
    await rest.post('thematiques/sante-communautaire', {
      data: {
        '@type': 'Document',
        title: PAGE_TITLE,
        description: 'Fiche pratique de la thématique.',
        text: {
          'content-type': 'text/html',
          data: '<p>La santé communautaire part des habitant·e·s : la santé se construit dans le quartier.</p>',
        },
      },
    }),
    'the page about santé',
  );
  await ok(
    await rest.post('actualites', {
      data: {
        '@type': 'News Item',
        title: NEWS_TITLE,
        description: 'Les infirmier·ère·s organisent la campagne.',
        concerned_groups: [nurses.UID],
      },
    }),
    'the news tagged with the nurses',
  );
  await rest.dispose();

  await logIn(page, axe, worker);
  await expectLoggedIn(page, worker);
  await page.waitForURL((url) => url.pathname !== '/login');

  // --- She searches "santé".
  await open(page, '/search');
  await axe();
  const words = page.locator('#search-words');
  const answered = searchAnswer(page);
  await words.fill('santé');
  await words.press('Enter');
  const found = await (await answered).json();
  expect(found.items_total).toBeGreaterThan(0);
  const types = found.items.map((item) => item['@type']);
  expect(types.filter((type) => PEOPLE.includes(type))).toEqual([]);
  expect(
    found.facets.portal_type.filter((entry) => PEOPLE.includes(entry.value)),
  ).toEqual([]);
  // Content first: the best answers are content, medical houses come after.
  expect(NOT_CONTENT).not.toContain(types[0]);
  const firstHouse = types.indexOf('MedicalHouse');
  expect(firstHouse === -1 || firstHouse >= 5).toBe(true);

  const results = page.locator('.fmm-search-results');
  const firstType = results.locator('.fmm-item-type').first();
  await expect(firstType).toBeVisible();
  for (const label of await results.locator('.fmm-item-type').allInnerTexts()) {
    expect(ENGLISH).not.toContain(label.trim());
  }
  // A passage with the word highlighted.
  await expect(
    results.locator('.fmm-snippet mark', { hasText: /santé/i }).first(),
  ).toBeVisible();
  // The facets, with their counts, in French; the author by name.
  const refine = page.getByRole('complementary', {
    name: 'Affiner les résultats',
  });
  const typeFacet = refine.getByRole('group', { name: 'Type de contenu' });
  await expect(
    typeFacet.getByRole('checkbox', { name: /^Page Web \(\d+\)$/ }),
  ).toBeVisible();
  const author = refine
    .getByRole('group', { name: 'Auteur·rice' })
    .getByRole('checkbox', { name: new RegExp(`^${staff.name} \\(\\d+\\)$`) });
  await expect(author).toBeVisible();
  expect(JSON.stringify(found)).not.toContain(staff.email);
  await expect(page.locator('.fmm-result-count')).toContainText(
    `${found.items_total} résultat`,
  );
  await axe();

  // --- Checking the author narrows the results to what she published.
  const authorCount = found.facets.Creator.find(
    (entry) => entry.title === staff.name,
  ).count;
  expect(authorCount).toBeLessThan(found.items_total);
  const narrowed = searchAnswer(page, (params) => params.has('Creator'));
  await author.check();
  const byAuthor = await (await narrowed).json();
  expect(byAuthor.items_total).toBe(authorCount);
  await expect(
    results.locator('.fmm-item-title', { hasText: PAGE_TITLE }),
  ).toBeVisible();
  await expect(results.locator('.fmm-item-author')).toHaveCount(
    Math.min(authorCount, 20),
  );
  for (const byline of await results
    .locator('.fmm-item-author')
    .allInnerTexts()) {
    expect(byline.trim()).toBe(`par ${staff.name}`);
  }
  await expect(author).toBeChecked();
  await axe();

  // --- The announcements: the type filter keeps the job offers.
  await open(page, '/annonces');
  const list = page.locator('.fmm-announcement-list');
  await expect(list.locator('.fmm-item').first()).toBeVisible();
  const allTypes = await list.locator('.fmm-item-type').allInnerTexts();
  expect(new Set(allTypes).size).toBeGreaterThan(1);
  await axe();
  const typeFilter = page.getByRole('group', { name: "Type d'annonce" });
  await typeFilter.getByText("Offre d'emploi", { exact: true }).click();
  await page.waitForURL((url) =>
    url.search.includes('announcement_type=job_offer'),
  );
  await page.waitForLoadState('networkidle');
  await expect(list.locator('.fmm-item').first()).toBeVisible();
  const offers = await list.locator('.fmm-item-type').allInnerTexts();
  expect(offers.length).toBeGreaterThan(0);
  expect(new Set(offers)).toEqual(new Set(["Offre d'emploi"]));
  await expect(
    typeFilter.getByRole('radio', { name: "Offre d'emploi" }),
  ).toBeChecked();
  await axe();

  // --- The news: the nurses' group finds the news item tagged with it.
  await open(page, '/actualites');
  await axe();
  await page.getByLabel('Groupe', { exact: true }).selectOption(nurses.UID);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.waitForURL((url) => url.search.includes(nurses.UID));
  await page.waitForLoadState('networkidle');
  await expect(
    page.locator('.fmm-news-list').getByRole('heading', { name: NEWS_TITLE }),
  ).toBeVisible();
  await axe();
});
