import { launchBrowser, openPage } from '../helpers/browser';
const [url, out, w, h, script] = process.argv.slice(2);
const browser = await launchBrowser();
const { page, consoleErrors } = await openPage(browser, url!, Number(w ?? 1400), Number(h ?? 900));
await page.goto(url!);
await page.waitForTimeout(800);
if (script) {
  const fn = new Function('page', `return (async () => { ${script} })()`);
  await fn(page);
}
await page.screenshot({ path: out! });
process.stdout.write(JSON.stringify(consoleErrors) + '\n');
await browser.close();
