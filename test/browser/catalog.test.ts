// A service of the catalog in Chromium: cinder chosen on the page, two of its groups edited, and the whole file
// exported; the real oslo.config, with cinder's own options registered as cinder registers them, reads it back.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readServiceWithOslo } from '../interop/oslo';
import { usePageSession } from './chromium';

const appUrl = inject('appUrl');

const session = usePageSession(async (page) => {
  await page.goto(appUrl);
}, { width: 1440, height: 900 });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

async function showGroup(name: string) {
  await page.getByRole('navigation', { name: 'Groups' }).getByRole('button', { name: new RegExp(`^\\[${name}\\]`) }).click();
  await page.getByRole('heading', { name: `[${name}]`, exact: true }).waitFor();
}

describe('a service of the catalog', () => {
  it('chooses cinder, edits [keystone_authtoken] and [database], and exports a file oslo reads with cinder\'s options as entered', async () => {
    const service = page.getByRole('combobox', { name: 'Service' });
    await expect.poll(() => service.isEnabled()).toBe(true);
    await service.selectOption('cinder');
    await page.getByRole('navigation', { name: 'Groups' }).waitFor();
    expect(new URL(page.url()).search).toBe('?service=cinder&release=zed');

    await showGroup('keystone_authtoken');
    await page.getByRole('textbox', { name: 'www_authenticate_uri', exact: true }).fill('https://keystone.example.org:5000/v3');
    await page.getByRole('spinbutton', { name: 'http_connect_timeout', exact: true }).fill('10');

    await showGroup('database');
    await page.getByRole('textbox', { name: 'connection', exact: true }).fill('mysql+pymysql://cinder:s3cret@db.example.org/cinder');
    await page.getByRole('spinbutton', { name: 'max_retries', exact: true }).fill('20');

    const button = page.getByRole('button', { name: 'Download cinder.conf' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toMatchInlineSnapshot(`
      "[database]
      connection = mysql+pymysql://cinder:s3cret@db.example.org/cinder
      max_retries = 20

      [keystone_authtoken]
      www_authenticate_uri = https://keystone.example.org:5000/v3
      http_connect_timeout = 10
      "
    `);

    const { results } = await readServiceWithOslo('zed', 'cinder', [{ files: [text] }]);
    const read = results[0]!;
    expect([read.parse_error, read.errors]).toEqual([null, []]);
    expect({
      www_authenticate_uri: read.values.keystone_authtoken!.www_authenticate_uri,
      http_connect_timeout: read.values.keystone_authtoken!.http_connect_timeout,
      connection: read.values.database!.connection,
      max_retries: read.values.database!.max_retries,
    }).toEqual({
      www_authenticate_uri: 'https://keystone.example.org:5000/v3',
      http_connect_timeout: 10,
      connection: 'mysql+pymysql://cinder:s3cret@db.example.org/cinder',
      max_retries: 20,
    });
  }, 180_000);
});
