// The built editor in Chromium with a nova-sized schema of 59 groups: loaded through the page's schema chooser,
// edited in two groups, searched across groups, and exported whole (minimal and annotated) and by group; the real
// oslo.config reads each export back.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { readWithOslo } from '../interop/oslo';
import { usePageSession } from './chromium';

const schemaPath = fileURLToPath(new URL('../../bench/schemas/synthetic-1000.json', import.meta.url));
const schemaData: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
const appUrl = inject('appUrl');

const session = usePageSession(async (page) => {
  await page.goto(appUrl);
  await page.getByLabel('Open a schema…').setInputFiles(schemaPath);
  await page.getByRole('navigation', { name: 'Groups' }).waitFor();
}, { width: 1440, height: 900 });
let page: Page;
beforeEach(() => {
  ({ page } = session);
});

const groupButton = (name: string) =>
  page.getByRole('navigation', { name: 'Groups' }).getByRole('button', { name: new RegExp(`^\\[${name}\\]`) });

async function showGroup(name: string) {
  await groupButton(name).click();
  await page.getByRole('heading', { name: `[${name}]`, exact: true }).waitFor();
}

async function download(name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${name}` }).click()]);
  expect(file.suggestedFilename()).toBe(name);
  return readFile((await file.path())!, 'utf8');
}

async function readBack(text: string) {
  const [result] = await readWithOslo(schemaData, [{ files: [text] }]);
  expect(result!.parse_error).toBeNull();
  expect(result!.errors).toEqual([]);
  return result!;
}

describe('a schema of 59 groups in Chromium', () => {
  it('edits two groups, finds an option across groups, and exports the whole file that oslo.config reads', async () => {
    expect(await page.getByRole('navigation', { name: 'Groups' }).getByRole('button').count()).toBe(59);
    await showGroup('api');
    await page.getByRole('textbox', { name: 'rescue_backend', exact: true }).fill('/srv/rescue');
    await expect.poll(() => groupButton('api').textContent()).toContain('1 set');

    await showGroup('database');
    await page.getByRole('spinbutton', { name: 'cell_timeout', exact: true }).fill('45');
    await page.getByRole('spinbutton', { name: 'flavor_delay', exact: true }).fill('-5');
    await expect.poll(() => groupButton('database').textContent()).toContain('2 set1 invalid');
    expect(await page.getByRole('button', { name: 'Download synthetic-1000.conf' }).isDisabled()).toBe(true);
    await page.getByRole('spinbutton', { name: 'flavor_delay', exact: true }).fill('5');
    await expect.poll(() => groupButton('database').textContent()).not.toContain('invalid');

    await page.getByRole('searchbox', { name: 'Search options' }).fill('rescue_backend');
    const results = page.getByRole('region', { name: 'Matches in every group' });
    await results.getByRole('link', { name: '[api] rescue_backend' }).click();
    await page.getByRole('heading', { name: '[api]', exact: true }).waitFor();
    const rescue = page.getByRole('textbox', { name: 'rescue_backend', exact: true });
    expect(await rescue.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await rescue.inputValue()).toBe('/srv/rescue');

    const expected = '[api]\nrescue_backend = /srv/rescue\n\n[database]\nflavor_delay = 5\ncell_timeout = 45\n';
    await expect.poll(() => page.getByLabel('Export preview').textContent()).toBe(expected);
    const text = await download('synthetic-1000.conf');
    expect(text).toBe(expected);
    const oslo = await readBack(text);
    expect(oslo.values.api).toMatchObject({ rescue_backend: '/srv/rescue' });
    expect(oslo.values.database).toMatchObject({ cell_timeout: 45, flavor_delay: 5 });
  });

  it('exports the annotated file of every group, thousands of lines, and one group alone', async () => {
    await showGroup('cinder');
    await page.getByRole('spinbutton', { name: 'network_batch_size', exact: true }).fill('64');
    await page.getByRole('radio', { name: /Annotated/ }).check();
    await page.getByText(/lines: the preview shows the lines scrolled into view/).waitFor();
    const text = await download('synthetic-1000.conf');
    expect(text.split('\n').length).toBeGreaterThan(10_000);
    const oslo = await readBack(text);
    expect(oslo.values.cinder).toMatchObject({ network_batch_size: 64 });
    expect(Object.keys(oslo.values)).toHaveLength(59);

    await page.getByRole('radio', { name: 'Minimal (only what is set)' }).check();
    await page.getByRole('radio', { name: 'Only [cinder]' }).check();
    expect(await download('cinder.conf')).toBe('[cinder]\nnetwork_batch_size = 64\n');
  });
});
