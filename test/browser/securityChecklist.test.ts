// nova's schema from the catalog in Chromium: [neutron] insecure and a plain http:// [keystone_authtoken]
// www_authenticate_uri are marked on their fields with an explanation and a fix, the Security checklist fails
// Check-Compute-04, and applying the fixes clears them; the real oslo.config reads the result back.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readWithOslo } from '../interop/oslo';
import { catalogRaw } from '../support/catalogSchema';
import { usePageSession } from './chromium';

const appUrl = inject('appUrl');

const session = usePageSession(async (page) => {
  await page.goto(`${appUrl}?service=nova&release=zed`);
  await page.getByRole('navigation', { name: 'Groups' }).waitFor();
}, { width: 1440, height: 900 });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

const field = (control: ReturnType<Page['getByRole']>) => page.locator('.oce-field').filter({ has: control });
const checklist = () => page.getByRole('region', { name: 'Security checklist' });
const item = (id: string) => checklist().locator('li.oce-checklist__item').filter({ has: page.getByRole('link', { name: id, exact: true }) });

async function showGroup(name: string) {
  await page.getByRole('navigation', { name: 'Groups' }).getByRole('button', { name: new RegExp(`^\\[${name}\\]`) }).click();
  await page.getByRole('heading', { name: `[${name}]`, exact: true }).waitFor();
}

describe("the Security checklist with nova's schema in Chromium", () => {
  it('marks [neutron] insecure and an http:// www_authenticate_uri with an explanation and a fix, fails Check-Compute-04, and the fixes clear them', async () => {
    await showGroup('neutron');
    const insecure = page.getByRole('switch', { name: 'insecure', exact: true });
    await insecure.check();
    await field(insecure).getByText(/nova encrypts its connection to the networking service but accepts any certificate/).waitFor();
    await expect.poll(() => field(insecure).locator('.oce-mark').allTextContents()).toContain('Insecure');
    const fixInsecure = field(insecure).getByRole('button', { name: /^Fix: set insecure = false/ });
    await fixInsecure.waitFor();

    await showGroup('keystone_authtoken');
    const uri = page.getByRole('textbox', { name: 'www_authenticate_uri', exact: true });
    await uri.fill('http://keystone.example.org:5000');
    await field(uri).getByText(/in the WWW-Authenticate header/).waitFor();
    await expect.poll(() => field(uri).locator('.oce-mark').allTextContents()).toContain('Insecure');

    const failing = item('Check-Compute-04');
    await expect.poll(() => failing.locator('.oce-checklist__status').textContent()).toBe('Fail');
    const link = failing.getByRole('link', { name: /www_authenticate_uri: http:\/\/keystone.example.org:5000 is plain HTTP/ });
    await link.waitFor();
    await link.click();
    await expect.poll(() => uri.evaluate((element) => element === document.activeElement)).toBe(true);

    await field(uri).getByRole('button', { name: /^Fix: use https:\/\// }).click();
    await expect.poll(() => uri.inputValue()).toBe('https://keystone.example.org:5000');
    await expect.poll(() => failing.locator('.oce-checklist__status').textContent()).toBe('Pass');
    expect(await field(uri).locator('.oce-mark').allTextContents()).not.toContain('Insecure');

    await showGroup('neutron');
    await fixInsecure.click();
    await expect.poll(() => insecure.isChecked()).toBe(false);
    await field(insecure).getByText(/accepts any certificate/).waitFor({ state: 'detached' });

    const text = (await page.getByLabel('Export preview').textContent())!;
    expect(text).toContain('www_authenticate_uri = https://keystone.example.org:5000');
    // The groups the file sets: oslo.log's whole schema needs a choice's ignore_case, which the generator leaves out.
    const { options } = catalogRaw('nova') as { options: Record<string, unknown> };
    const schema = { options: { DEFAULT: { help: '', opts: [] }, neutron: options.neutron, keystone_authtoken: options.keystone_authtoken } };
    const [oslo] = await readWithOslo(schema, [{ files: [text] }]);
    expect(oslo!.errors).toEqual([]);
    expect(oslo!.values.neutron?.insecure).toBe(false);
    expect(oslo!.values.keystone_authtoken?.www_authenticate_uri).toBe('https://keystone.example.org:5000');
  });
});
