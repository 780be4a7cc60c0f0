// Journey 5 (SPEC rule 10): an account awaiting approval and the account of a
// worker who left sign in with their right password, and see nothing: no
// shortcut, no news, no group page nor document, no search result; every answer
// of the backend to them, but their login, is a refusal.
import {
  PDF_WORD,
  expect,
  expectLoggedIn,
  logIn,
  logOut,
  open,
  persona,
  test,
} from './fixtures.mjs';

const UNAVAILABLE = 'Cette information n’est pas disponible pour le moment.';
/** What each page says to an account that may see nothing. */
const PAGES = [
  ['/', UNAVAILABLE],
  ['/actualites', UNAVAILABLE],
  ['/groupes-sectoriels/groupe-sectoriel-infirmier-ere', 'Non autorisé'],
  ['/documents?SearchableText=GT', 'Les documents ne peuvent pas être listés'],
  [`/search?SearchableText=${PDF_WORD}`, UNAVAILABLE],
  ['/mon-profil', UNAVAILABLE],
];

/** No shortcut, no item of the extranet: titles, documents, results. */
const expectNothing = async (page, message) => {
  await expect(page.getByText(message).first()).toBeVisible();
  await expect(page.locator('.fmm-shortcuts')).toHaveCount(0);
  await expect(page.locator('.fmm-item-title')).toHaveCount(0);
  await expect(page.locator('.fmm-documents-table tbody tr')).toHaveCount(0);
};

for (const key of ['en_attente', 'parti']) {
  const who = persona(key);

  test(`${who.status} account: ${who.name} signs in and sees nothing`, async ({
    page,
    axe,
  }) => {
    // Every answer of the backend to this account, but its login, is a refusal.
    const answered = [];
    page.on('response', (response) => {
      const url = response.url();
      if (
        url.includes('/++api++/') &&
        response.status() < 400 &&
        !/\/@(login|logout)$/.test(new URL(url).pathname)
      ) {
        answered.push(`${response.status()} ${url}`);
      }
    });

    await logIn(page, axe, who);
    // Signed in (the name, top right), on a home page without anything.
    await expectLoggedIn(page, who);
    await page.waitForURL((url) => url.pathname === '/');
    await expectNothing(page, UNAVAILABLE);
    // each section of the home (hot news, my registrations, activities, announcements)
    await expect(page.getByText(UNAVAILABLE)).toHaveCount(4);
    await axe();

    for (const [path, message] of PAGES) {
      await open(page, path);
      await expectNothing(page, message);
      await axe();
    }
    expect(answered, 'what the backend answered this account').toEqual([]);
    await logOut(page);
  });
}
