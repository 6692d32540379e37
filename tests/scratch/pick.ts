import { launchBrowser, openPage } from '../helpers/browser';
const browser = await launchBrowser();
const { page, consoleErrors } = await openPage(browser, 'http://127.0.0.1:4198/');
await page.addInitScript({ content: 'window.__name = (f) => f' });
await page.goto('http://127.0.0.1:4198/?review=fixture&lang=en');
await page.locator('li.proposal').first().waitFor();
await page.evaluate(() => {
  const root = document.querySelector('[data-testid="article"]')!;
  const r = document.createRange(); r.selectNodeContents(root.children[5]!); getSelection()!.removeAllRanges(); getSelection()!.addRange(r);
  root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
});
await page.locator('.selection-panel').getByRole('button', { name: 'Mention of…' }).click();
const t0 = Date.now();
await page.locator('.selection-panel').getByRole('combobox').fill('trung tam quoc phong hai phong 1234');
await page.waitForTimeout(1500);
console.log(Date.now() - t0, await page.locator('.selection-panel [role="option"]').allTextContents());
console.log(consoleErrors);
await browser.close();
