// Journey 10: the extranet on a 390-px phone. The demo nurse logs in; no page
// scrolls sideways; the left menu hides behind a "Menu" button that she opens
// and closes with the keyboard (and a tap); her shortcut buttons wrap on the
// screen.
import {
  expect,
  expectLoggedIn,
  logIn,
  open,
  persona,
  test,
} from './fixtures.mjs';

const nurse = persona('infirmiere_liege');

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** The page is no wider than the screen. */
const expectNoSidewaysScroll = async (page) => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(
    scrollWidth,
    `${page.url()} is ${scrollWidth}px wide on a ${innerWidth}px screen`,
  ).toBeLessThanOrEqual(innerWidth);
};

test('the nurse uses the extranet on her phone', async ({ page, axe }) => {
  await logIn(page, axe, nurse);
  await expectLoggedIn(page, nurse);
  // (she may land on her profile first, to complete it)
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.waitForLoadState('networkidle');
  await axe();
  await open(page, '/');
  await expectNoSidewaysScroll(page);

  // --- Her shortcut buttons are on the screen, wrapped.
  const shortcuts = page
    .getByRole('navigation', { name: 'Mes groupes' })
    .getByRole('link');
  await expect(shortcuts.first()).toBeVisible();
  for (const box of await shortcuts.evaluateAll((links) =>
    links.map((link) => link.getBoundingClientRect().toJSON()),
  )) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(390);
  }
  await axe();

  // --- The menu, by keyboard: Enter opens it, Escape closes it.
  const menu = page.getByRole('navigation', { name: 'Menu principal' });
  const toggle = menu.getByRole('button', { name: 'Menu' });
  const agenda = menu.getByRole('link', { name: 'Agenda' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveAttribute('aria-controls', 'fmm-side-menu-list');
  await expect(agenda).toBeHidden();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(agenda).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('link', { name: 'Actualités' })).toBeFocused();
  await axe();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(agenda).toBeHidden();

  // --- Space opens it again; she goes to the agenda, the menu closes.
  await page.keyboard.press('Space');
  await expect(agenda).toBeVisible();
  await agenda.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL('**/agenda');
  await page.waitForLoadState('networkidle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expectNoSidewaysScroll(page);
  await axe();

  // --- By touch: a tap opens it, a tap closes it.
  await toggle.tap();
  await expect(agenda).toBeVisible();
  await toggle.tap();
  await expect(agenda).toBeHidden();

  // --- The other pages of the menu fit the screen too.
  for (const path of ['/actualites', '/documents', '/mes-inscriptions']) {
    await open(page, path);
    await expectNoSidewaysScroll(page);
    await axe();
  }
});
