// Nothing lost, nothing leaked, in Debian's Chromium: a damaged draft is set aside with a notice, a secret never
// reaches localStorage, two pages on one draft see each other's changes, integers beyond 2^53 stay exact, and an
// imported file's export shows its diff before download.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { builtinSchema } from '../../src/core';
import { draftKey } from '../../src/session/persistDraft';
import { readWithOslo } from '../interop/oslo';
import { usePageSession } from './chromium';

const seedSchema: unknown = JSON.parse(readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'));
const appUrl = inject('appUrl');
const KEY = draftKey(builtinSchema, undefined);

const session = usePageSession(async (page) => {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: '[glance]' }).waitFor();
});
let page: Page;
let context: BrowserContext;
beforeEach(() => {
  ({ page, context } = session);
});

const preview = (on: Page = page) => on.getByLabel('Export preview');
/** Every value the page keeps in localStorage, as one text. */
const stored = (on: Page = page) => on.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join('\n'));

describe('the draft in Chromium', () => {
  it('sets a damaged draft aside with a notice, and starts afresh', async () => {
    const damaged = JSON.stringify({ format: 2, group: 'glance', style: 'minimal', document: null, fields: { glance: { api_servers: { set: true, value: 'https://a:9292' } } } });
    await page.evaluate(([key, text]) => localStorage.setItem(key!, text!), [KEY, damaged]);
    await page.reload();
    const notice = page.getByRole('alert');
    await notice.getByText(/^The draft kept in this browser for this schema could not be read \(its fields give \[glance\] api_servers "https:\/\/a:9292", where a list of texts is expected\)/).waitFor();
    expect(await stored()).toContain(`${KEY}:set-aside:`);
    expect(await stored()).toContain(damaged);
    await page.getByRole('textbox', { name: 'cafile' }).fill('/etc/ca.pem');
    await expect.poll(() => preview().textContent()).toBe('[glance]\ncafile = /etc/ca.pem\n');
    await notice.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => stored()).not.toContain('set-aside');
  });

  it('never writes a secret to localStorage: after a reload it is asked for again', async () => {
    await page.goto(`${appUrl}?service=nova&release=zed`);
    const groups = page.getByRole('navigation', { name: 'Groups' });
    await groups.getByRole('button', { name: /^\[cinder\]/ }).click();
    await page.getByRole('heading', { name: '[cinder]', exact: true }).waitFor();
    const password = page.getByLabel('password', { exact: true });
    await password.fill('s3cret-typed-here');
    await page.getByRole('spinbutton', { name: 'http_retries', exact: true }).fill('7');
    await expect.poll(() => preview().textContent()).toContain('password = ••••••');
    await expect.poll(() => stored()).toContain('"http_retries"');
    expect(await stored()).not.toContain('s3cret');

    await page.reload();
    await page.getByRole('heading', { name: '[cinder]', exact: true }).waitFor();
    expect(await stored()).not.toContain('s3cret');
    expect(await page.getByLabel('password', { exact: true }).inputValue()).toBe('');
    await page.getByText('Enter this secret again: it was set, and drafts do not keep secrets (unless you choose to keep them).').first().waitFor();
    expect(await page.getByRole('spinbutton', { name: 'http_retries', exact: true }).inputValue()).toBe('7');
  });

  it('shows two pages on one draft the other\'s change, and lets the user choose', async () => {
    const other = await context.newPage();
    await other.goto(appUrl);
    await other.getByRole('heading', { name: '[glance]' }).waitFor();
    await page.getByRole('textbox', { name: 'cafile' }).fill('/from/the/first.pem');
    await expect.poll(() => stored()).toContain('/from/the/first.pem');

    const notice = other.getByRole('alert');
    await notice.getByText('This draft was changed in another tab or window. Nothing you do here is saved until you choose which to keep.').waitFor();
    await other.getByRole('spinbutton', { name: 'num_retries' }).fill('9');
    await other.waitForTimeout(500);
    expect(await stored()).not.toContain('"num_retries"');
    await notice.getByRole('button', { name: 'Load the other version' }).click();
    expect(await other.getByRole('textbox', { name: 'cafile' }).inputValue()).toBe('/from/the/first.pem');
    await expect.poll(() => preview(other).textContent()).toBe('[glance]\ncafile = /from/the/first.pem\n');
    expect(await page.getByRole('alert').count()).toBe(0);
    await other.close();
  });
});

describe('integers beyond 2^53 in Chromium', () => {
  it('are typed, exported, kept across a reload and read back by oslo.config exactly', async () => {
    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('12345678901234567890');
    await expect.poll(() => preview().textContent()).toBe('[glance]\nnum_retries = 12345678901234567890\n');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download glance.conf' }).click()]);
    const [oslo] = await readWithOslo(seedSchema, [{ files: [await readFile((await file.path())!, 'utf8')] }]);
    expect(oslo!.values.glance!.num_retries).toEqual({ int: '12345678901234567890' });
    await expect.poll(() => stored()).toContain('12345678901234567890');
    await page.reload();
    await page.getByRole('heading', { name: '[glance]' }).waitFor();
    expect(await page.getByRole('spinbutton', { name: 'num_retries' }).inputValue()).toBe('12345678901234567890');
  });
});

describe('the export of an imported file in Chromium', () => {
  it('shows what it changes, by section, before download', async () => {
    const original = '[DEFAULT]\ndebug = true\n\n[glance]\nnum_retries = 1\n\n[ssl]\nca_file = /etc/ssl/ca.pem\n';
    await page.getByLabel('Open a file…').setInputFiles({ name: 'nova.conf', mimeType: 'text/plain', buffer: Buffer.from(original) });
    await page.getByText(/^Imported nova\.conf:/).waitFor();
    const changes = page.getByRole('region', { name: 'Changes to nova.conf' });
    await changes.getByText('No change: the export is the imported file.').waitFor();
    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('4');
    await changes.getByText('1 line removed, 1 line added.').waitFor();
    expect(await changes.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['[glance]']);
    expect(await changes.getByRole('listitem').allTextContents()).toEqual([
      'Removed, line 5 of the imported file: − num_retries = 1',
      'Added, line 5 of the export: + num_retries = 4',
    ]);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download nova.conf' }).click()]);
    expect(await readFile((await file.path())!, 'utf8')).toBe(original.replace('num_retries = 1', 'num_retries = 4'));
  });
});
