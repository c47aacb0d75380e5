import { it } from 'vitest';
import { go, openApp } from './harness';
it('debug', async () => {
  const app = await openApp({ encrypted: 'correct horse battery staple' });
  const { page } = app;
  await go(app, '/cases');
  await page.waitForTimeout(1000);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.waitForTimeout(1500);
  console.log(app.errors);
  await page.screenshot({ path: '/tmp/d1.png' });
});
