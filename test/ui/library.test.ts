import { describe, expect, it } from 'vitest';
import { openApp } from './harness';

/**
 * The case library on screen, in real Chromium against the browser door and the real backend.
 * Controls are found by role and accessible name, as a screen reader finds them.
 */

describe('search', () => {
  it.each(['Khadija', 'Xədicə', 'Исмаилова'])(
    'finds Khadija Ismayilova by "%s" as it is typed, and opens her case: 537 days',
    async (query) => {
      const { page } = await openApp('demo');
      const box = page.getByRole('combobox', { name: 'Search the library' });
      await box.fill(query);
      const option = page.getByRole('option', { name: /Khadija Ismayilova/ }).first();
      await option.waitFor();
      await box.press('ArrowDown');
      await box.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Khadija Ismayilova' }).waitFor();
      await page.getByRole('link', { name: /Khadija Ismayilova: prosecution/ }).click();
      await page.getByRole('heading', { level: 1, name: /prosecution and imprisonment/ }).waitFor();
      expect(await page.getByText('537 days', { exact: true }).isVisible()).toBe(true);
    },
  );
});
