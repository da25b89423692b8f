// The built editor in Debian's Chromium, used as an operator would: fill the [glance] form, see advisories,
// import a file with old names, export, and read what was exported with the real oslo.config.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readWithOslo } from '../interop/oslo';
import { usePageSession } from './chromium';

const seedSchema: unknown = JSON.parse(readFileSync(new URL('../fixtures/seed-glance.json', import.meta.url), 'utf8'));
const appUrl = inject('appUrl');

const session = usePageSession(async (page) => {
  await page.goto(appUrl);
  await page.getByRole('heading', { name: '[glance]' }).waitFor();
});
let page: Page;
let context: BrowserContext;
beforeEach(() => {
  ({ page, context } = session);
});

const preview = () => page.getByLabel('Export preview');
const field = (control: ReturnType<Page['getByRole']>) => page.locator('.oce-field').filter({ has: control });

async function download(name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(file.suggestedFilename()).toBe(name);
  return readFile((await file.path())!, 'utf8');
}

async function readBack(text: string) {
  const [result] = await readWithOslo(seedSchema, [{ files: [text] }]);
  return result!;
}

describe('the editor in Chromium', () => {
  it('drafts [glance] for a real deployment, and oslo.config reads back exactly what was entered', async () => {
    const servers = page.getByRole('group', { name: 'api_servers' });
    await servers.getByRole('button', { name: 'Add item to api_servers' }).click();
    await page.keyboard.type('https://glance-1.example.org:9292');
    await page.keyboard.press('Enter');
    await page.keyboard.type('https://glance-2.example.org:9292');
    await page.getByRole('textbox', { name: 'cafile' }).fill('/etc/nova/ssl/glance-ca.pem');
    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('3');
    await page.getByRole('switch', { name: 'verify_glance_signatures' }).check();

    const expected = [
      '[glance]',
      'api_servers = https://glance-1.example.org:9292,https://glance-2.example.org:9292',
      'verify_glance_signatures = true',
      'num_retries = 3',
      'cafile = /etc/nova/ssl/glance-ca.pem',
      '',
    ].join('\n');
    await expect.poll(() => preview().textContent()).toBe(expected);
    const text = await download('glance.conf');
    expect(text).toBe(expected);

    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(appUrl).origin });
    await page.getByRole('button', { name: 'Copy to clipboard' }).click();
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

    const oslo = await readBack(text);
    expect(oslo.parse_error).toBeNull();
    expect(oslo.errors).toEqual([]);
    expect(oslo.warnings).toEqual([]);
    expect(oslo.values.glance).toMatchObject({
      api_servers: ['https://glance-1.example.org:9292', 'https://glance-2.example.org:9292'],
      cafile: '/etc/nova/ssl/glance-ca.pem',
      num_retries: 3,
      verify_glance_signatures: true,
      insecure: false,
    });
  });

  it('explains the risk when insecure is switched on, and fixes it', async () => {
    const insecure = page.getByRole('switch', { name: 'insecure', exact: true });
    const explanation = field(insecure).getByText(/accepts any certificate/);
    expect(await explanation.count()).toBe(0);
    await insecure.check();
    await explanation.waitFor({ state: 'visible' });
    await expect.poll(() => field(insecure).locator('.oce-mark').allTextContents()).toContain('Insecure');
    await page.getByRole('region', { name: 'Advisories' }).getByRole('link', { name: /insecure = true/ }).waitFor();

    await field(insecure).getByRole('button', { name: /^Fix: set insecure = false/ }).click();
    await explanation.waitFor({ state: 'detached' });
    expect(await insecure.isChecked()).toBe(false);
    const oslo = await readBack((await preview().textContent())!);
    expect(oslo.values.glance?.insecure).toBe(false);
  });

  it('refuses to export a value oslo would refuse, and says why beside the field', async () => {
    const retries = page.getByRole('spinbutton', { name: 'num_retries' });
    await retries.fill('-2');
    await expect.poll(() => retries.getAttribute('aria-invalid')).toBe('true');
    await field(retries).getByText('oslo.config refuses it: Should be greater than or equal to 0').waitFor();
    expect(await page.getByRole('button', { name: 'Download glance.conf' }).isDisabled()).toBe(true);
    await page.getByRole('heading', { name: 'Cannot export yet' }).waitFor();
  });

  it('imports a nova.conf with old names and exports it with only the edited line changed', async () => {
    const original = [
      '[DEFAULT]',
      '# Managed by hand',
      'my_ip = 192.0.2.10',
      '',
      '[ssl]',
      'ca_file = /etc/ssl/certs/glance-ca.pem',
      '',
      '[glance]',
      'api_servers = https://glance.example.org:9292',
      'api_insecure = false',
      'num_retries = 1',
      'unknown_key = kept',
      '',
    ].join('\r\n');
    await page.getByLabel('Open a file…').setInputFiles({ name: 'nova.conf', mimeType: 'text/plain', buffer: Buffer.from(original) });
    await page.getByText(/^Imported nova\.conf:/).waitFor();
    expect(await page.getByText(/cafile from its old name \[ssl\] ca_file/).count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'cafile' }).inputValue()).toBe('/etc/ssl/certs/glance-ca.pem');
    const cafile = page.getByRole('textbox', { name: 'cafile' });
    await expect.poll(() => field(cafile).locator('.oce-mark').allTextContents()).toContain('Deprecated');

    await page.getByRole('spinbutton', { name: 'num_retries' }).fill('4');
    const expected = original.replace('num_retries = 1', 'num_retries = 4');
    await expect.poll(() => preview().textContent()).toBe(expected);
    expect(await download('nova.conf')).toBe(expected);

    const oslo = await readBack(expected);
    expect(oslo.errors).toEqual([]);
    expect(oslo.values.glance).toMatchObject({ cafile: '/etc/ssl/certs/glance-ca.pem', num_retries: 4, insecure: false });
    expect(oslo.warnings).toEqual([
      'Deprecated: Option "ca_file" from group "ssl" is deprecated. Use option "cafile" from group "glance".',
      'Deprecated: Option "api_insecure" from group "glance" is deprecated. Use option "insecure" from group "glance".',
    ]);
  });

  it('keeps the draft across a reload, and discards it on demand', async () => {
    await page.getByRole('textbox', { name: 'cafile' }).fill('/etc/ca.pem');
    await expect.poll(() => preview().textContent()).toBe('[glance]\ncafile = /etc/ca.pem\n');
    await page.reload();
    await page.getByRole('heading', { name: '[glance]' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'cafile' }).inputValue()).toBe('/etc/ca.pem');
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect.poll(() => preview().textContent()).toBe('[glance]\n');
    await page.reload();
    await page.getByRole('heading', { name: '[glance]' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'cafile' }).inputValue()).toBe('');
  });

  it('is usable by keyboard alone', async () => {
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? (element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ?? element?.textContent ?? '';
      });
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 80; presses += 1) {
        if ((await focused()) === name) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${name}`);
    };
    await tabTo('Add item to api_servers');
    await page.keyboard.press('Enter');
    await page.keyboard.type('https://glance.example.org:9292');
    await tabTo('verify_glance_signatures');
    await page.keyboard.press('Space');
    await tabTo('num_retries');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await expect
      .poll(() => preview().textContent())
      .toBe('[glance]\napi_servers = https://glance.example.org:9292\nverify_glance_signatures = true\nnum_retries = 2\n');
    await page.keyboard.press('Control+Z');
    await expect
      .poll(() => preview().textContent())
      .toBe('[glance]\napi_servers = https://glance.example.org:9292\nverify_glance_signatures = true\n');
  });
});
