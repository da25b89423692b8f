// Saves docs/editor.png: the built editor in Debian's Chromium, filled in for a real deployment
// (two API servers over https, a CA file, retries, signature verification) with insecure switched on to show an
// advisory. Run with `npm run screenshot`.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = fileURLToPath(new URL('../docs/editor.png', import.meta.url));

await build({ root, logLevel: 'error' });
const server = await preview({ root, logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1100 } });
  await page.goto(server.resolvedUrls.local[0]);
  await page.getByRole('group', { name: 'api_servers' }).getByRole('button', { name: 'Add item to api_servers' }).click();
  await page.keyboard.type('https://glance-1.example.org:9292');
  await page.keyboard.press('Enter');
  await page.keyboard.type('https://glance-2.example.org:9292');
  await page.getByRole('switch', { name: 'verify_glance_signatures', exact: true }).check();
  await page.getByRole('spinbutton', { name: 'num_retries', exact: true }).fill('3');
  await page.getByRole('textbox', { name: 'cafile', exact: true }).fill('/etc/nova/ssl/glance-ca.pem');
  await page.getByRole('switch', { name: 'insecure', exact: true }).check();
  await page.getByRole('switch', { name: 'insecure', exact: true }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: output });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  await server.close();
}
