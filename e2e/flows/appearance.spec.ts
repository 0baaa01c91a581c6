/**
 * Settings → Appearance through the real main code: the choice goes to the desktop's theme
 * (nativeTheme in the app; here the harness turns it into the page's prefers-color-scheme, as
 * Electron does), System follows the OS switch, and the choice survives a restart.
 */
import { finishSetup } from '../harness/app-driver';
import { bodyColours, contrast, focusRing } from '../harness/colours';
import { expect, SECRET_KEY, test, type Page } from '../harness/fixtures';

const DARK_BG = 'rgb(17, 19, 24)';
const LIGHT_BG = 'rgb(243, 244, 247)';
const background = async (page: Page) => (await bodyColours(page)).background;

test('Appearance: System follows the OS, Light and Dark override it, and it is remembered', async ({
  page,
  nango,
  main,
  openApp,
  shot,
}) => {
  await openApp();
  await finishSetup(page, nango.url, SECRET_KEY);
  await page.getByTestId('nav-settings').click();
  const panel = page.getByTestId('appearance');
  await expect(panel.getByTestId('appearance-system')).toBeChecked();
  expect(main.desktop.themeSources).toEqual(['system']);
  expect(await background(page)).toBe(LIGHT_BG);
  await panel.scrollIntoViewIfNeeded();
  await shot('76-appearance-system-light');

  // The OS goes dark: under System the app follows, and says so.
  main.desktop.setOsDark(true);
  await expect.poll(() => background(page)).toBe(DARK_BG);
  await expect(page.getByTestId('appearance-note')).toContainText('dark now');

  // Light wins over a dark OS; by keyboard, as the radio group moves with the arrows.
  await panel.getByTestId('appearance-system').focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('appearance-light')).toBeChecked();
  await expect.poll(() => main.desktop.themeSources.at(-1)).toBe('light');
  await expect.poll(() => background(page)).toBe(LIGHT_BG);

  await page.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('appearance-dark')).toBeChecked();
  await expect.poll(() => background(page)).toBe(DARK_BG);
  // The focused choice's ring stands out from the dark panel.
  const ring = (await focusRing(page))!;
  expect(ring.style).toBe('solid');
  expect(contrast(ring.color, ring.behind)).toBeGreaterThanOrEqual(3);
  await panel.scrollIntoViewIfNeeded();
  await shot('75-appearance-dark');

  // A restart applies the saved choice before the page asks, whatever the OS says.
  await main.restart();
  expect(main.desktop.themeSources).toEqual(['dark']);
  main.desktop.setOsDark(false);
  await page.reload();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('appearance-dark')).toBeChecked();
  await expect.poll(() => background(page)).toBe(DARK_BG);
});
