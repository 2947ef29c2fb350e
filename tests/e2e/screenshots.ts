/**
 * Screenshots of the task pane taken by the browser tests: always into a
 * scratch directory (to look at after a run), and into docs/images for the
 * README when SROI_SCREENSHOTS=1.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../addin/helpers/built-addin';

/** Where every run's screenshots go. */
export const SCREENSHOT_DIRECTORY = path.join(tmpdir(), 'sroi-screenshots');
const README_IMAGES = path.join(ROOT, 'docs/images');

/**
 * Saves the whole page as `<name>.png` and returns where it went.
 *
 * @param name - a file name without extension, e.g. `wizard-review`
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const file = path.join(SCREENSHOT_DIRECTORY, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  if (process.env['SROI_SCREENSHOTS'] === '1') {
    mkdirSync(README_IMAGES, { recursive: true });
    copyFileSync(file, path.join(README_IMAGES, `${name}.png`));
  }
  return file;
}
