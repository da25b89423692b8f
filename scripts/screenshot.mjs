// Saves docs/editor.png: the built editor in Debian's Chromium, filled in for a real deployment
// (two API servers over https, a CA file, retries, signature verification) with insecure switched on to show an
// advisory; and docs/editor-groups.png: the synthetic nova-sized schema of 59 groups, with values in two groups and
// a search across groups; and docs/editor-narrow.png: nova at a phone's width, the bar pinned above the form. Run with
// `npm run screenshot`.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = fileURLToPath(new URL('../docs/editor.png', import.meta.url));
const groupsOutput = fileURLToPath(new URL('../docs/editor-groups.png', import.meta.url));
const narrowOutput = fileURLToPath(new URL('../docs/editor-narrow.png', import.meta.url));
const largeSchema = fileURLToPath(new URL('../bench/schemas/synthetic-1000.json', import.meta.url));

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

  await page.getByLabel('Open a schema…').setInputFiles(largeSchema);
  const groups = page.getByRole('navigation', { name: 'Groups' });
  await groups.getByRole('button', { name: /^\[api\]/ }).click();
  await page.getByRole('textbox', { name: 'rescue_backend', exact: true }).fill('/srv/rescue');
  await groups.getByRole('button', { name: /^\[database\]/ }).click();
  await page.getByRole('spinbutton', { name: 'cell_timeout', exact: true }).fill('45');
  await page.getByRole('spinbutton', { name: 'flavor_delay', exact: true }).fill('-5');
  await page.getByRole('searchbox', { name: 'Search options' }).fill('timeout');
  await page.getByRole('region', { name: 'Matches in every group' }).waitFor();
  await page.getByRole('heading', { name: 'Cannot export yet' }).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: groupsOutput });
  console.log(`saved ${groupsOutput}`);

  // The narrow layout: a phone's width, nova from the catalog, the group menu in the bar.
  const narrow = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await narrow.goto(`${server.resolvedUrls.local[0]}?service=nova`);
  await narrow.locator('nav.oce-groups').waitFor({ state: 'attached' });
  await narrow.getByRole('searchbox', { name: 'Search options' }).fill('glance.num_retries');
  await narrow.getByRole('link', { name: '[glance] num_retries' }).click();
  await narrow.getByRole('spinbutton', { name: 'num_retries', exact: true }).fill('5');
  await narrow.getByRole('searchbox', { name: 'Search options' }).fill('');
  await narrow.waitForTimeout(500);
  await narrow.evaluate(() => window.scrollTo(0, document.querySelector('.oce-bar').getBoundingClientRect().top + window.scrollY - 8));
  await narrow.screenshot({ path: narrowOutput });
  console.log(`saved ${narrowOutput}`);
} finally {
  await browser.close();
  await server.close();
}
