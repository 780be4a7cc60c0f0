// Journey 11 (SPEC rule 7): every group's page is open to every active worker.
// The demo GP, who is not a nurse, opens the nurses' sectoral group: its news,
// its activities (one stored in the agenda and organised by the group, one
// tagged with nursing) and its documents — listed with a lock, without a link;
// opening one is refused. « Voir tout » lists that group's documents on the
// Documents page. A thematic area lists its tools; an intergroup leads to its
// local sectoral groups, whose page opens too.
import {
  expect,
  expectLoggedIn,
  logIn,
  ok,
  open,
  persona,
  restAs,
  test,
} from './fixtures.mjs';

const gp = persona('medecin_bruxelles');
// src/fmm_extranet/demo (create_spaces, story.GROUP_CONTENT, story.TOOLS).
const NURSES = '/groupes-sectoriels/groupe-sectoriel-infirmier-ere';
const NEWS = 'Les infirmier·ères se retrouvent à Namur';
const ORGANISED = 'Intervision infirmière : les soins de plaies';
const TAGGED = 'Permanence des infirmier·ères référent·es diabète';
const MINUTES = 'PV de la réunion du groupe infirmier·ère de septembre';
const CHARTER = 'Charte des soins infirmiers à domicile';
const PDF = 'GS infirmier·ère — document 1';
const THEME = '/thematiques/ecologie-et-sante';
const TOOLS = [
  "Kit d'animation « Vague de chaleur »",
  "Affiche « Qualité de l'air intérieur »",
];
const INTERGROUP = '/intergroupes/igb';
const LOCAL_NURSES = `${NURSES}/igb`;

const section = (page, name) =>
  page.locator('section').filter({
    has: page.getByRole('heading', { level: 2, name, exact: true }),
  });

test('a GP opens the nurses’ page, a thematic area and an intergroup', async ({
  page,
  axe,
}) => {
  await logIn(page, axe, gp);
  await expectLoggedIn(page, gp);
  await page.waitForURL((url) => url.pathname !== '/login');

  // --- The nurses' page: open to him, though he is no nurse.
  await open(page, NURSES);
  await expect(page.locator('.fmm-group-space')).toBeVisible();
  await expect(page.locator('h1')).toContainText('infirmier·ère');
  const news = section(page, 'Dernières actualités');
  await expect(news.getByRole('link', { name: NEWS })).toBeVisible();
  const activities = section(page, 'Prochaines activités');
  await expect(activities.getByRole('link', { name: ORGANISED })).toBeVisible();
  await expect(activities.getByRole('link', { name: TAGGED })).toBeVisible();

  // Its documents and pages (the latest five of them): listed, each with a
  // lock and no link.
  const documents = section(page, 'Documents');
  for (const title of [MINUTES, PDF]) {
    const item = documents.locator('li.locked', { hasText: title });
    await expect(item).toBeVisible();
    await expect(item.locator('.fmm-lock')).toHaveCount(1);
    await expect(item).toContainText('accès restreint');
    await expect(item.getByRole('link')).toHaveCount(0);
  }
  // Folder paths by title, not by id.
  await expect(
    documents.locator('li', { hasText: MINUTES }).locator('.fmm-folder-path'),
  ).toHaveText('Comptes rendus');
  await expect(documents.locator('li.locked a[href]')).toHaveCount(0);
  await axe();

  // --- Opening one is refused by the backend: the page gives no address,
  // and the minutes and the folders holding them answer 401 to him.
  const rest = await restAs(gp);
  const overview = await ok(
    await rest.get(`${NURSES.slice(1)}/@group-overview`),
    'the overview of the nurses’ page',
  );
  const minutes = overview.documents.items.find((d) => d.title === MINUTES);
  expect(minutes.locked).toBe(true);
  expect(minutes['@id']).toBeUndefined();
  for (const folder of ['comptes-rendus', 'documents']) {
    const refused = await rest.get(`${NURSES.slice(1)}/${folder}`);
    expect(refused.status(), folder).toBe(401);
  }
  // The staff, who open everything, find where the minutes are: still refused to him.
  const staff = await restAs(persona('staff_fede'));
  const asStaff = await ok(
    await staff.get(`${NURSES.slice(1)}/@group-overview`),
    'the overview as the staff see it',
  );
  const address = asStaff.documents.items.find((d) => d.title === MINUTES)[
    '@id'
  ];
  await staff.dispose();
  const path = address.slice(address.indexOf(NURSES) + 1);
  expect((await rest.get(path)).status(), path).toBe(401);
  await rest.dispose();

  // --- « Voir tout »: the Documents page lists that group's documents.
  await open(page, NURSES);
  await section(page, 'Documents')
    .getByRole('link', { name: /Voir tout/ })
    .click();
  await page.waitForURL((url) => url.pathname === '/documents');
  expect(new URL(page.url()).searchParams.get('group')).toBeTruthy();
  const table = page.locator('.fmm-documents-table');
  await expect(table).toBeVisible();
  const charter = table.locator('tr.locked', { hasText: CHARTER });
  await expect(charter).toBeVisible();
  await expect(charter.locator('.fmm-doc-title a')).toHaveCount(0);
  // Only the nurses' documents: not those of another group.
  await expect(table).not.toContainText('GT Secret professionnel');
  await axe();

  // --- A thematic area lists its tools.
  await open(page, THEME);
  const tools = section(page, 'Outils');
  for (const title of TOOLS) {
    await expect(tools.getByRole('link', { name: title })).toBeVisible();
  }
  await axe();

  // --- An intergroup leads to its local sectoral groups, whose page opens.
  await open(page, INTERGROUP);
  const local = page.getByRole('navigation', { name: 'Groupes locaux' });
  const link = local.locator(`a[href="${LOCAL_NURSES}"]`);
  await expect(link).toBeVisible();
  await axe();
  await link.click();
  await page.waitForURL(`**${LOCAL_NURSES}`);
  await expect(page.locator('.fmm-group-space')).toBeVisible();
  await expect(page.locator('h1')).toContainText('IGB');
  await expect(section(page, 'Documents')).toBeVisible();
  await axe();
});
