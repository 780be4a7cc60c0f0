// Journey 21 (issue 17: coordinators work in Volto): the demo coordinator of
// the thematic areas publishes a news item and a PDF in one of them through
// Volto's add forms (the add menu offers what the area allows; the news form
// has « À la une jusqu'au »). A nurse, who is not coordinator, finds the PDF
// by a word that exists only inside it; she has no « Ajouter » in the area,
// and a REST POST of hers there is refused.
import { execFileSync } from 'node:child_process';
import {
  RUN,
  expect,
  logOut,
  open,
  persona,
  restAs,
  signIn,
  test,
} from './fixtures.mjs';

const coordinator = persona('coord_thematique');
const nurse = persona('infirmiere_liege');
const AREA = '/thematiques/sante-communautaire';
const NEWS = `Marche exploratoire du quartier ${RUN}`;
const PDF = `Diagnostic communautaire ${RUN}`;
const FILE_NAME = `diagnostic-${RUN}.pdf`;
/** A word only inside the PDF: not in its title, description nor file name. */
const WORD = `quartierscope${RUN}`;

/**
 * What axe skips on Volto's own add forms: Volto core widgets without an
 * accessible name — the empty text block's Slate editor (labelled by
 * `field-undefined`, an id nothing has) and the object browser's search box
 * (related items, preview image) — not widgets of the add-on.
 */
const VOLTO_ADD_FORM = {
  exclude: [
    '[aria-labelledby="field-undefined"]',
    '.objectbrowser-field .selected-values',
  ],
  because: 'Volto core widgets without an accessible name',
};

/** A one-page PDF showing `lines` (the demo's generator, demo/pdf.py). */
const pdfOf = (lines) =>
  execFileSync(process.env.E2E_PYTHON || 'python3', [
    '-c',
    'import json, sys; from fmm_extranet.demo.pdf import text_pdf; ' +
      'sys.stdout.buffer.write(text_pdf(json.loads(sys.argv[1])))',
    JSON.stringify(lines),
  ]);

test('a thematic coordinator publishes a news item and a PDF; a nurse finds the PDF', async ({
  page,
  axe,
}) => {
  await signIn(page, axe, coordinator);

  // --- The add menu of the area offers what a thematic area holds.
  await open(page, AREA);
  await page.locator('#toolbar-add').click();
  const menu = page.locator('.menu-more .pastanaga-menu-list');
  for (const type of ['news-item', 'file', 'document', 'folder', 'activity']) {
    await expect(menu.locator(`#toolbar-add-${type}`)).toBeVisible();
  }
  for (const type of ['announcement', 'formation', 'medicalhouse']) {
    await expect(menu.locator(`#toolbar-add-${type}`)).toHaveCount(0);
  }
  // the menu slides in: axe checks its colours once it is still
  await page.waitForFunction(() => document.getAnimations().length === 0);
  await axe();

  // --- A news item through Volto's add form.
  await open(page, `${AREA}/add?type=News%20Item`);
  const title = page.locator('.documentFirstHeading').first();
  await title.click();
  await page.keyboard.type(NEWS);
  await expect(page.getByText("À la une jusqu'au").first()).toBeVisible();
  await axe(VOLTO_ADD_FORM);
  await page.locator('#toolbar-save').click();
  await page.waitForURL((url) => /marche-exploratoire/.test(url.pathname));
  await expect(page.locator('h1').first()).toHaveText(NEWS);
  await axe();

  // --- A PDF through Volto's add form of a File.
  await open(page, `${AREA}/add?type=File`);
  await page.locator('#field-title').fill(PDF);
  await page.locator('#field-file').setInputFiles({
    name: FILE_NAME,
    mimeType: 'application/pdf',
    buffer: pdfOf([
      'Diagnostic communautaire du quartier.',
      `Mot de la recherche : ${WORD}.`,
    ]),
  });
  await axe(VOLTO_ADD_FORM);
  await page.locator('#toolbar-save').click();
  // the file's id comes from its file name
  await page.waitForURL((url) => url.pathname.endsWith(`/${FILE_NAME}`));
  await expect(page.locator('h1').first()).toHaveText(PDF);
  await axe();
  await logOut(page);

  // --- A nurse: no « Ajouter » in the area, and the backend refuses her.
  await signIn(page, axe, nurse);
  await open(page, AREA);
  await expect(page.locator('.fmm-group-space')).toBeVisible();
  await expect(page.locator('#toolbar-add')).toHaveCount(0);
  await axe();
  const rest = await restAs(nurse);
  const refused = await rest.post(AREA.slice(1), {
    data: { '@type': 'News Item', title: 'Pas ici' },
  });
  expect([401, 403]).toContain(refused.status());
  await rest.dispose();

  // --- She finds the PDF by the word inside it.
  await open(page, '/search');
  const words = page.locator('#search-words');
  await expect(words).toBeVisible();
  await axe();
  await words.fill(WORD);
  await words.press('Enter');
  const results = page.locator('.fmm-results');
  await expect(
    results.locator('.fmm-item-title', { hasText: PDF }),
  ).toBeVisible();
  await axe();
});
