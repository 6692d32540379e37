import { readFileSync } from 'node:fs';
import { launchBrowser, openPage } from '../helpers/browser';
import { dragSelect, spanOf } from '../helpers/reviewPage';
const text = readFileSync('/tmp/k16/gd/sources/partnership.txt', 'utf8');
const browser = await launchBrowser();
const { page, consoleErrors } = await openPage(browser, 'http://127.0.0.1:4199/');
await page.addInitScript({ content: 'window.__name = (f) => f' });
await page.goto('http://127.0.0.1:4199/?review=partnership&lang=en');
await page.locator('li.proposal').first().waitFor();
await dragSelect(page, spanOf(text, 'Vương quốc Na Uy'));
const panel = page.locator('.selection-panel'); const form = panel.locator('form');
await panel.getByRole('button', { name: 'Alias of…' }).click();
await form.getByRole('combobox').fill('na uy');
await form.getByRole('option', { name: /^Norway/ }).click();
await form.getByRole('button', { name: 'Add the alias' }).click();
await page.waitForTimeout(500);
for (const [q, o] of [['Bản ghi nhớ', 3], ['Bản ghi nhớ', 1], ['Cảnh sát biển Việt Nam', 0]] as const) {
  await dragSelect(page, spanOf(text, q, o));
  await page.waitForTimeout(200);
  console.log(q, await page.locator('.selection-panel .selected').textContent(), await page.evaluate(() => String(window.getSelection())));
}
console.log(consoleErrors);
await browser.close();
